import type { Command } from 'commander'
import { createProgram } from '../base-program.js'

type Register = (program: Command) => void

/**
 * Each command's module, loaded on demand, in the order `--help` lists them. The CLI bundle keeps these
 * as chunks, so `logward ship` does not load the Elasticsearch, Jira, Slack, GitHub or TensorFlow.js
 * libraries other commands use (about 120 MB of memory and a second of start-up for all of them).
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  analyze: async () => (await import('./analyze.js')).registerAnalyzeCommand,
  gate: async () => (await import('./gate.js')).registerGateCommand,
  baseline: async () => (await import('./baseline.js')).registerBaselineCommand,
  parse: async () => (await import('./parse.js')).registerParseCommand,
  junit: async () => (await import('./junit.js')).registerJunitCommand,
  mine: async () => (await import('./mine.js')).registerMineCommand,
  search: async () => (await import('./search.js')).registerSearchCommand,
  ship: async () => (await import('./ship.js')).registerShipCommand,
  consume: async () => (await import('./consume.js')).registerConsumeCommand,
  backfill: async () => (await import('./backfill.js')).registerBackfillCommand,
  sequences: async () => (await import('./sequences.js')).registerSequencesCommand,
  notify: async () => (await import('./notify.js')).registerNotifyCommand,
  kibana: async () => (await import('./kibana.js')).registerKibanaCommand,
  grafana: async () => (await import('./grafana.js')).registerGrafanaCommand,
}

export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS)

/**
 * The command line for `argv`: only the command named by the first non-option argument is loaded; with
 * none (or `help`, or a name that is not a command) all of them are, so help and errors list every command.
 */
export async function programFor(argv: readonly string[]): Promise<Command> {
  const program = createProgram()
  const name = argv.slice(2).find((a) => !a.startsWith('-'))
  const names = name !== undefined && name in COMMANDS ? [name] : COMMAND_NAMES
  for (const register of await Promise.all(names.map((n) => COMMANDS[n]!()))) register(program)
  return program
}
