import { ConfigError } from '../../core/errors.js'
import { gateFromThresholds, loadGateFile, parseThreshold } from './gate-file.js'
import type { GateSpec } from './model.js'

/** The gate's own options, as flags (`--max-error-rate`) or action inputs (`max-error-rate`): text. */
export interface GateOptionsText {
  gate?: string | undefined
  'max-error-rate'?: string | undefined
  'max-new-error-templates'?: string | undefined
  'max-failed-tests'?: string | undefined
}

export const THRESHOLD_OPTIONS = ['max-error-rate', 'max-new-error-templates', 'max-failed-tests'] as const

/**
 * A gate file, or thresholds, or the defaults: never a mix, because a threshold beside a gate file would
 * leave the reader guessing which wins. `source` names where the options came from in errors.
 */
export function resolveGate(o: GateOptionsText, source: string): GateSpec {
  const t = {
    maxErrorRate: parseThreshold('max-error-rate', o['max-error-rate'], 'rate', source),
    maxNewErrorTemplates: parseThreshold(
      'max-new-error-templates',
      o['max-new-error-templates'],
      'count',
      source,
    ),
    maxFailedTests: parseThreshold('max-failed-tests', o['max-failed-tests'], 'count', source),
  }
  const gate = o.gate?.trim()
  if (gate) {
    const given = THRESHOLD_OPTIONS.filter((k) => o[k] !== undefined && o[k]!.trim() !== '')
    if (given.length > 0) {
      throw new ConfigError(
        `${source}: give a gate file or thresholds, not both (${given.join(', ')} with gate)`,
        {
          hint: 'put the thresholds in the gate file as objectives',
        },
      )
    }
    return loadGateFile(gate)
  }
  return gateFromThresholds(t)
}
