import type { RunAnalysis } from '../../analysis/model.js'
import { clip, cleanText, testTitle } from '../report/html/report-text.js'

/** One check-run annotation, as the REST API takes it. */
export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
  raw_details?: string
}

/** GitHub takes at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50
/** GitHub's limit for `message` and `raw_details` is 64 KB; a test message needs far less. */
const MESSAGE_BYTES = 4096
const DETAILS_BYTES = 16_384
const TITLE_CHARS = 255

/**
 * One `failure` annotation per failing test whose report says where it is, on its file and line (the
 * first line when only the file is known). Paths must be relative to the repository root: a path under
 * `workspace` (the checkout, GITHUB_WORKSPACE) is made relative; other absolute paths and paths leaving
 * the repository cannot be placed and are left out, as are tests without a file.
 */
export function testAnnotations(
  a: RunAnalysis,
  options: { workspace?: string | undefined } = {},
): CheckAnnotation[] {
  const out: CheckAnnotation[] = []
  for (const f of a.tests.failing) {
    const path = f.file ? repoPath(f.file, options.workspace) : undefined
    if (!path) continue
    const line = f.line && f.line > 0 ? f.line : 1
    const annotation: CheckAnnotation = {
      path,
      start_line: line,
      end_line: line,
      annotation_level: 'failure',
      title: clip(oneLine(`${f.status === 'errored' ? 'Errored' : 'Failed'}: ${testTitle(f)}`), TITLE_CHARS),
      message: clipBytes(
        cleanText(f.message ?? f.stackTrace ?? `${testTitle(f)} ${f.status}`),
        MESSAGE_BYTES,
      ),
    }
    if (f.stackTrace) annotation.raw_details = clipBytes(cleanText(f.stackTrace), DETAILS_BYTES)
    out.push(annotation)
  }
  return out
}

/** `file` relative to the repository root, or undefined when it is not inside it. */
export function repoPath(file: string, workspace?: string): string | undefined {
  let p = file.replace(/\\/g, '/')
  if (p.startsWith('file://')) p = p.slice('file://'.length)
  const ws = workspace?.replace(/\\/g, '/').replace(/\/+$/, '')
  if (ws && p.startsWith(`${ws}/`)) p = p.slice(ws.length + 1)
  p = p.replace(/^(?:\.\/)+/, '')
  if (p === '' || p.startsWith('/') || /^[A-Za-z]:/.test(p)) return undefined
  if (p.split('/').some((s) => s === '..')) return undefined
  return p
}

export function batches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim()
}

/** At most `max` UTF-8 bytes, cut on a character boundary, ending with `…` when cut. */
export function clipBytes(text: string, max: number): string {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= max) return text
  let end = max - 3
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--
  return bytes.subarray(0, end).toString('utf8') + '…'
}
