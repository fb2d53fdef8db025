import { z } from 'zod'
import { LogwardError } from '../../core/errors.js'
import { ID_SCHEME, templateId, templateText } from './template-id.js'

/**
 * The miner's saved state: JSON, versioned. `version` changes when the shape changes; `idScheme` when
 * masking, tokenisation or the id hash change (template-id.ts), since templates and ids mined under
 * another scheme would not join with new ones. Either mismatch is refused, not guessed at.
 */
export const MINER_STATE_FORMAT = 'logward-miner-state'
export const MINER_STATE_VERSION = 1

const templateSchema = z.object({
  id: z.string(),
  template: z.string(),
  /** The template's tokens; `template` is their join, kept for people reading the file. */
  tokens: z.array(z.string()),
  count: z.number().int().nonnegative(),
  firstSeen: z.number().optional(),
  lastSeen: z.number().optional(),
  /** The parse-tree path (token count, then routing tokens) the template lived under. */
  path: z.array(z.string()).min(1),
})

const stateSchema = z.object({
  format: z.literal(MINER_STATE_FORMAT),
  version: z.number().int(),
  idScheme: z.number().int(),
  options: z.object({
    similarityThreshold: z.number(),
    depth: z.number().int(),
    maxChildren: z.number().int(),
    maxTemplates: z.number().int(),
    maxVariants: z.number().int(),
  }),
  /** Least recently matched first, so loading rebuilds the LRU order. */
  templates: z.array(templateSchema),
})

export type MinerState = z.infer<typeof stateSchema>

/** Validate saved state (an object or JSON text); throws a LogwardError saying what is wrong. */
export function parseMinerState(input: unknown): MinerState {
  let value = input
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input)
    } catch (cause) {
      throw new LogwardError('miner state is not valid JSON', { cause, hint: 'pass the output of toJSON()' })
    }
  }
  const result = stateSchema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue?.path.length ? issue.path.join('.') : 'state'
    throw new LogwardError(`miner state is invalid at ${where}: ${issue?.message ?? 'unknown problem'}`, {
      hint: 'the file must be a saved logward miner state',
    })
  }
  const state = result.data
  if (state.version !== MINER_STATE_VERSION) {
    throw new LogwardError(
      `miner state version ${state.version} is not supported (this is ${MINER_STATE_VERSION})`,
      {
        hint: 'mine the baseline again with this version of logward',
      },
    )
  }
  if (state.idScheme !== ID_SCHEME) {
    throw new LogwardError(
      `miner state uses template-id scheme ${state.idScheme}, this logward uses ${ID_SCHEME}`,
      {
        hint: 'template ids would not match: mine the baseline again with this version of logward',
      },
    )
  }
  state.templates.forEach((t, i) => {
    // The ids and the tree paths are derived data: a state whose ids do not follow from its templates
    // was written by other code or edited, and would break joins on id silently.
    const text = templateText(t.tokens)
    if (t.template !== text || t.id !== templateId(text) || t.path[0] !== String(t.tokens.length)) {
      throw new LogwardError(`miner state is invalid at templates.${i}: id, template and tokens disagree`, {
        hint: 'the file must be a saved logward miner state, unedited',
      })
    }
  })
  return state
}
