/**
 * A file name for a job's log: `<job name>.log`, made safe on every OS. Job names are the user's text
 * (`build / test (ubuntu-latest, 22)`): path separators, characters Windows refuses, control characters
 * and a leading dot (a hidden file, skipped by the lake's readers) are replaced with `_`; Windows device
 * names get a `_` prefix; the name is cut to 120 UTF-8 bytes. Two jobs whose names end up equal (ignoring
 * case, for macOS and Windows) are told apart by the job id: `test (1234).log`.
 */
export function jobLogFileName(jobName: string, jobId: number, taken: Set<string>): string {
  let base = jobName
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f/\\:*?"<>|\u2028\u2029]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
  if (base.startsWith('.')) base = `_${base.slice(1)}`
  if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i.test(base)) base = `_${base}`
  base = cutUtf8(base, 120)
  if (base === '') base = `job-${jobId}`
  let name = `${base}.log`
  if (taken.has(name.toLowerCase())) name = `${base} (${jobId}).log`
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${jobId}-${n}).log`
  taken.add(name.toLowerCase())
  return name
}

function cutUtf8(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= maxBytes) return text
  let end = maxBytes
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--
  return bytes.subarray(0, end).toString('utf8').trim()
}
