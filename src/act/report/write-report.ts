import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunAnalysis } from '../../analysis/model.js'
import { renderHtmlReport } from './html/render-html.js'
import { renderSummaryMarkdown } from './markdown/render-summary.js'

export interface WrittenReport {
  dir: string
  summary: string
  html: string
  json: string
}

/**
 * The three report files of `analyze`, written under temporary names and renamed, so a reader (an
 * upload-artifact step, a person refreshing the page) never sees half a file.
 */
export async function writeReport(analysis: RunAnalysis, dir: string): Promise<WrittenReport> {
  await mkdir(dir, { recursive: true })
  const files = {
    summary: join(dir, 'summary.md'),
    html: join(dir, 'report.html'),
    json: join(dir, 'report.json'),
  }
  await Promise.all([
    writeAtomically(files.summary, renderSummaryMarkdown(analysis)),
    writeAtomically(files.html, renderHtmlReport(analysis)),
    writeAtomically(files.json, JSON.stringify(analysis, null, 2) + '\n'),
  ])
  return { dir, ...files }
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, content)
  await rename(tmp, path)
}
