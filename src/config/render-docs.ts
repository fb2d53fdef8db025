import { ENV_VARS } from './schema.js'
import { SETTINGS } from './settings-table.js'

/** docs/configuration.md, generated from the schema (`npm run docs:config`); a test fails when it is stale. */
export function renderConfigDocs(): string {
  const lines = [
    '# Configuration reference',
    '',
    '<!-- Generated from src/config/schema.ts by `npm run docs:config`. Do not edit by hand. -->',
    '',
    'Every setting has one name, used alike in the config file (`logward.yml` in the working directory, or',
    '`--config FILE`), as a CLI flag (`--name value`) and as an action input (`name: value`). Flags and inputs',
    'win over the file; the file wins over the defaults. Unknown keys are rejected with the name of the key and',
    'the file or flag that has it. Lists take one value per line (inputs, YAML lists) or a repeated flag.',
    'Connection settings and tokens can also come from the environment variable named in the table; the',
    'environment wins over the file, flags and inputs win over the environment.',
    '',
    '| setting | type | default | environment | description |',
    '| --- | --- | --- | --- | --- |',
  ]
  for (const s of SETTINGS) {
    const type = s.kind === 'enum' ? s.values!.map((v) => `\`${v}\``).join(' \\| ') : s.kind
    const def =
      s.default === undefined
        ? '—'
        : Array.isArray(s.default)
          ? s.default.length === 0
            ? '(none)'
            : `\`${JSON.stringify(s.default)}\``
          : `\`${String(s.default)}\``
    const env = ENV_VARS[s.key] ? `\`${ENV_VARS[s.key]}\`` : ''
    lines.push(`| \`${s.key}\` | ${type} | ${def} | ${env} | ${s.description.replace(/\|/g, '\\|')} |`)
  }
  lines.push(
    '',
    '## Example `logward.yml`',
    '',
    '```yaml',
    'paths:',
    '  - logs/**/*.log',
    '  - deploy/*.log.gz',
    'reports:',
    '  - "**/junit*.xml"',
    'framing: multiline',
    'timezone: Europe/Berlin',
    'service: checkout',
    'redact-patterns:',
    '  - "customer-[0-9]{6}"',
    '```',
    '',
  )
  return lines.join('\n')
}
