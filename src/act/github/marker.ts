/**
 * The hidden marker that names logward's comment for one workflow and job: `<!-- logward:CI:test -->`.
 * Names are the user's text, so the characters that would end the HTML comment early (`--`, `>`), split
 * the marker (`:`), span lines or hide in control characters are percent-encoded, and `%` itself so the encoding is unambiguous:
 * `CI:test` and `CI` + `test` get different markers.
 */
export function commentMarker(workflow: string, job: string): string {
  return `<!-- logward:${encodePart(workflow)}:${encodePart(job)} -->`
}

function encodePart(text: string): string {
  return text
    .replace(
      /[%:<>\x00-\x1f\x7f\u2028\u2029]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .replace(/-(?=-)/g, '%2D')
    .replace(/-$/, '%2D')
}

/** The name logward's check run gets: one per workflow and job, so a base-branch run can be found by it. */
export function checkRunName(workflow: string, job: string): string {
  return `logward (${workflow} / ${job})`.slice(0, 200)
}
