import { WILDCARD } from './mask.js'
import { templateId, templateText } from './template-id.js'
import type { TreeNode } from './parse-tree.js'

/**
 * One template and the lines it has absorbed. The miner keeps clusters in two places: the leaf of the
 * parse tree that lines reach it through, and an intrusive doubly linked list in recency order (most
 * recently matched first) that the LRU cap evicts from, in O(1) per line without a Map reinsertion.
 */
export class Cluster {
  tokens: string[]
  text: string
  id: string
  /** How many tokens are not wildcards; a template with more constants is more specific. */
  constants: number
  count: number
  firstSeen: number | undefined
  lastSeen: number | undefined
  leaf: TreeNode
  newer: Cluster | undefined
  older: Cluster | undefined
  /** Set when this cluster was folded into another: where its lines went (for the miner's caches). */
  mergedInto: Cluster | undefined
  /** Set when the LRU cap dropped this cluster. */
  evicted: boolean
  /** When this cluster last took a line, on the miner's line counter (for the per-leaf cap). */
  touched: number

  constructor(tokens: string[], leaf: TreeNode, count = 0) {
    this.tokens = tokens
    this.text = templateText(tokens)
    this.id = templateId(this.text)
    this.constants = countConstants(tokens)
    this.count = count
    this.firstSeen = undefined
    this.lastSeen = undefined
    this.leaf = leaf
    this.newer = undefined
    this.older = undefined
    this.mergedInto = undefined
    this.evicted = false
    this.touched = 0
  }

  /** Replace the template; returns the id it had. */
  retemplate(tokens: string[]): string {
    const previous = this.id
    this.tokens = tokens
    this.text = templateText(tokens)
    this.id = templateId(this.text)
    this.constants = countConstants(tokens)
    return previous
  }

  seen(at: number | undefined): void {
    this.count++
    if (at === undefined) return
    if (this.firstSeen === undefined || at < this.firstSeen) this.firstSeen = at
    if (this.lastSeen === undefined || at > this.lastSeen) this.lastSeen = at
  }
}

function countConstants(tokens: readonly string[]): number {
  let n = 0
  for (const t of tokens) if (t !== WILDCARD) n++
  return n
}

/** Clusters in recency order, newest at the head. */
export class RecencyList {
  head: Cluster | undefined = undefined
  tail: Cluster | undefined = undefined
  size = 0
  /** Counts touches, so clusters can be ordered by recency without walking the list. */
  private clock = 0

  pushNewest(c: Cluster): void {
    c.touched = ++this.clock
    c.older = this.head
    c.newer = undefined
    if (this.head) this.head.newer = c
    this.head = c
    if (!this.tail) this.tail = c
    this.size++
  }

  touch(c: Cluster): void {
    if (this.head === c) {
      c.touched = ++this.clock
      return
    }
    this.remove(c)
    this.pushNewest(c)
  }

  remove(c: Cluster): void {
    if (c.newer) c.newer.older = c.older
    else this.head = c.older
    if (c.older) c.older.newer = c.newer
    else this.tail = c.newer
    c.newer = undefined
    c.older = undefined
    this.size--
  }

  /** Oldest first: the order a saved state lists clusters in, so loading rebuilds the same recency. */
  *oldestFirst(): IterableIterator<Cluster> {
    for (let c = this.tail; c; c = c.newer) yield c
  }
}
