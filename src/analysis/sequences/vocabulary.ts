/**
 * Event keys as the model sees them. Keys are opaque strings (HDFS log-key ids today, template ids mapped
 * from real CI logs later), so the vocabulary is learned from the training sessions and saved with the model.
 * Three ids are reserved: PAD fills the window before a session starts, UNK stands for any key not seen in
 * training (itself strong evidence of an anomaly), and END marks the end of a session so that the next-key
 * model can also judge where a session stops: an abrupt end is a classic HDFS anomaly.
 */
export const PAD = 0
export const UNK = 1
export const END = 2
const RESERVED = 3

export interface VocabularyJSON {
  keys: string[]
}

export class Vocabulary {
  private readonly ids = new Map<string, number>()
  private constructor(readonly keys: readonly string[]) {
    keys.forEach((k, i) => this.ids.set(k, i + RESERVED))
  }

  /** Keys in order of first appearance, so the same training file always gives the same ids. */
  static fromSessions(sessions: readonly (readonly string[])[]): Vocabulary {
    const seen = new Set<string>()
    for (const s of sessions) for (const k of s) seen.add(k)
    return new Vocabulary([...seen])
  }

  static fromJSON(json: VocabularyJSON): Vocabulary {
    return new Vocabulary(json.keys)
  }

  /** Number of ids, reserved ones included: the width of the model's one-hot input and output. */
  get size(): number {
    return this.keys.length + RESERVED
  }

  has(key: string): boolean {
    return this.ids.has(key)
  }

  id(key: string): number {
    return this.ids.get(key) ?? UNK
  }

  encode(session: readonly string[]): number[] {
    return session.map((k) => this.id(k))
  }

  toJSON(): VocabularyJSON {
    return { keys: [...this.keys] }
  }
}
