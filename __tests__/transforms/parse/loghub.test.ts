import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { createParser, detectFormat } from '../../../src/transforms/parse/index.js'
import { noticeIfNoSharedData, sharedData, sharedPath } from '../../helpers/shared-data.js'
import { frame } from './helpers.js'

noticeIfNoSharedData('the Loghub parse tests')

/** RFC 4180 CSV: quoted fields with doubled quotes, commas and newlines inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') field += text[++i]
      else quoted = false
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else if (c !== '\r') field += c
  }
  if (field.length > 0 || row.length > 0) rows.push([...row, field])
  return rows
}

/** Each Loghub system, the format it should be detected as, and the share of lines whose Content must match. */
const SYSTEMS: [system: string, format: string][] = [
  ['HDFS', 'header'],
  ['Hadoop', 'header'],
  ['Spark', 'header'],
  ['Zookeeper', 'header'],
  ['BGL', 'bgl'],
  ['Apache', 'header'],
  ['OpenSSH', 'syslog-3164'],
  ['HealthApp', 'delimited'],
]

describe.skipIf(!sharedData)('Loghub 2k samples', () => {
  describe.each(SYSTEMS)('%s', (system, formatName) => {
    const load = () => {
      const dir = sharedPath('loghub-2k', system)
      const lines = readFileSync(`${dir}/${system}_2k.log`, 'utf8')
        .split('\n')
        .filter((l) => l.length > 0)
      const [header, ...rows] = parseCsv(readFileSync(`${dir}/${system}_2k.log_structured.csv`, 'utf8'))
      return { lines, header: header!, rows }
    }

    it(`is detected as ${formatName}`, () => {
      const { lines } = load()
      expect(detectFormat(lines.slice(0, 100)).name).toBe(formatName)
    })

    it('gives ≥ 99% of lines the Content column as message, and the Level column as level', () => {
      const { lines, header, rows } = load()
      expect(rows.length).toBe(lines.length)
      const parser = createParser(detectFormat(lines.slice(0, 100)))
      const content = header.indexOf('Content')
      const level = header.indexOf('Level')
      let sameMessage = 0
      let sameLevel = 0
      let timestamps = 0
      rows.forEach((row, i) => {
        const record = parser.parse(frame(lines[i]!, i + 1))
        if (record.message === row[content]) sameMessage++
        if (
          level >= 0 &&
          record.log?.level &&
          record.log.original_level?.toUpperCase() === row[level]!.toUpperCase()
        ) {
          sameLevel++
        }
        if (record['@timestamp'] !== undefined) timestamps++
      })
      expect(sameMessage / rows.length).toBeGreaterThanOrEqual(0.99)
      if (level >= 0) expect(sameLevel / rows.length).toBeGreaterThanOrEqual(0.99)
      expect(timestamps).toBe(rows.length)
    })
  })
})
