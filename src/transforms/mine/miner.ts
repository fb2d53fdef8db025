import { Cluster, RecencyList } from './cluster.js'
import { WILDCARD } from './mask.js'
import { MessageCache } from './message-cache.js'
import { ParseTree, type TreeNode } from './parse-tree.js'
import { covers, differenceKey, generalise, similarityScore } from './similarity.js'
import { MINER_STATE_FORMAT, MINER_STATE_VERSION, parseMinerState, type MinerState } from './state.js'
import { ID_SCHEME } from './template-id.js'
import { tokenize } from './tokenize.js'

export interface MinerOptions {
  /**
   * A line joins the most similar template of its leaf when its similarity reaches this: the share of
   * positions with an equal token, a template wildcard counting half. Default 0.7. Masking has already
   * turned most values into `<*>`, so the tokens left to compare are mostly words, and two messages that
   * differ in a word or two are more often two events than one (Drain's 0.4 predates masking).
   */
  similarityThreshold?: number
  /** Drain's depth: the token-count layer, `depth - 2` leading-token layers, and the leaves. Default 4. */
  depth?: number
  /** Children per tree node before further tokens share its `<*>` branch. Default 100. */
  maxChildren?: number
  /** Templates kept; past it the least recently matched one is evicted. Default 10,000. */
  maxTemplates?: number
  /**
   * Templates of one shape that may differ from a new line at the same positions (at most half its
   * tokens), the rest equal. One more, and those positions are taken for variables that masking missed
   * (user names, hosts, packages): they merge into one template with `<*>` there. Fewer stay apart:
   * they are usually distinct events (`Connection reset` / `Connection refused`, a state machine's
   * states). Default 8.
   */
  maxVariants?: number
}

export const DEFAULT_MINER_OPTIONS: Readonly<Required<MinerOptions>> = Object.freeze({
  similarityThreshold: 0.7,
  depth: 4,
  maxChildren: 100,
  maxTemplates: 10_000,
  maxVariants: 8,
})

export interface MineResult {
  templateId: string
  /** The template, wildcards as `<*>`. */
  template: string
  /** This line created the template. */
  isNew: boolean
  /** This line generalised the template (and so changed its id). */
  changed: boolean
  /** The id the template had before this line changed it. */
  previousId?: string
}

export interface Template {
  id: string
  template: string
  /** Lines mined into this template (including those of templates merged into it). */
  count: number
  /** Earliest and latest `at` given to `add` for its lines (ms since the epoch), when times were given. */
  firstSeen?: number
  lastSeen?: number
}

/**
 * A Drain-style template miner: mask and tokenise a message, route it through a fixed-depth tree to a
 * leaf, and join the most similar template there (turning the differing positions into `<*>`) or start
 * a new one. Template ids are derived from the template text (template-id.ts), so they do not depend on
 * the order lines arrive in. Memory is bounded: at most `maxTemplates` templates, tree nodes only on
 * their paths, and two bounded caches.
 */
export class TemplateMiner {
  readonly options: Readonly<Required<MinerOptions>>
  private readonly tree: ParseTree
  private readonly byId = new Map<string, Cluster>()
  private readonly recency = new RecencyList()
  /** Message → the cluster `add` put it in. Valid while that cluster lives (or through `mergedInto`). */
  private readonly addCache = new MessageCache<Cluster>()
  /** Message → what `match` found; cleared whenever a template is created, changed or dropped. */
  private readonly matchCache = new MessageCache<Cluster | null>()
  private readonly leafScratch: TreeNode[] = []

  constructor(options: MinerOptions = {}) {
    this.options = Object.freeze(validateOptions({ ...DEFAULT_MINER_OPTIONS, ...definedOnly(options) }))
    this.tree = new ParseTree(this.options.depth - 2, this.options.maxChildren)
  }

  /** Number of templates. */
  get size(): number {
    return this.recency.size
  }

  /** Mine one message (the log line without its header). `at` is the line's time, if known. */
  add(message: string, at?: number): MineResult {
    let cached = this.addCache.get(message)
    while (cached?.mergedInto) cached = cached.mergedInto
    if (cached && !cached.evicted) return this.join(cached, at)

    const tokens = tokenize(message)
    const leaf = this.tree.leafFor(tokens, false)
    let target = leaf?.clusters && this.mostSimilar(leaf.clusters, tokens)
    target ??= this.bestFit(tokens, leaf) ?? (leaf?.clusters && this.manyVariants(leaf.clusters, tokens))
    target ??= this.manyRoutedVariants(tokens)
    const result = target ? this.update(target, tokens, at) : this.create(tokens, at)
    this.addCache.set(message, this.byId.get(result.templateId)!)
    return result
  }

  /**
   * Match without learning: the most specific template that fits the message (every constant token
   * equal, and similar enough that `add` would have taken it), or undefined. Never creates, changes or reorders templates, so it can score new lines
   * against a baseline.
   */
  match(message: string): MineResult | undefined {
    let found = this.matchCache.get(message)
    if (found === undefined) {
      found = this.bestFit(tokenize(message)) ?? null
      this.matchCache.set(message, found)
    }
    return found ? { templateId: found.id, template: found.text, isNew: false, changed: false } : undefined
  }

  /** All templates, most lines first (ties by id, so the order is stable). */
  templates(): Template[] {
    const out: Template[] = []
    for (const c of this.recency.oldestFirst()) out.push(describe(c))
    return out.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }

  template(id: string): Template | undefined {
    const c = this.byId.get(id)
    return c && describe(c)
  }

  /** The state as plain JSON (JSON.stringify calls this): options and templates, least recent first. */
  toJSON(): MinerState {
    const templates: MinerState['templates'] = []
    for (const c of this.recency.oldestFirst()) {
      templates.push({ ...describe(c), tokens: c.tokens, path: c.leaf.path() })
    }
    return {
      format: MINER_STATE_FORMAT,
      version: MINER_STATE_VERSION,
      idScheme: ID_SCHEME,
      options: { ...this.options },
      templates,
    }
  }

  /**
   * A miner from saved state (the object `toJSON` returned, or its JSON text parsed). The saved options
   * apply unless overridden. Throws a LogwardError on a state of another format, version or id scheme.
   */
  static fromJSON(state: unknown, options: MinerOptions = {}): TemplateMiner {
    const parsed = parseMinerState(state)
    const miner = new TemplateMiner({ ...parsed.options, ...definedOnly(options) })
    for (const t of parsed.templates) miner.restore(t)
    return miner
  }

  private restore(t: MinerState['templates'][number]): void {
    const leaf = this.tree.leafAt(t.path)
    const cluster = new Cluster(t.tokens, leaf, t.count)
    cluster.firstSeen = t.firstSeen
    cluster.lastSeen = t.lastSeen
    if (this.byId.has(cluster.id)) {
      if (!leaf.clusters?.length) this.tree.prune(leaf)
      return
    }
    ;(leaf.clusters ??= []).push(cluster)
    this.byId.set(cluster.id, cluster)
    this.recency.pushNewest(cluster)
    this.evictOverCap()
  }

  private join(c: Cluster, at: number | undefined): MineResult {
    c.seen(at)
    this.recency.touch(c)
    return { templateId: c.id, template: c.text, isNew: false, changed: false }
  }

  /** Join `target`, generalising its template if the line differs from it. */
  private update(target: Cluster, tokens: string[], at: number | undefined): MineResult {
    const merged = generalise(target.tokens, tokens)
    if (merged === target.tokens) return this.join(target, at)
    const previousId = target.retemplate(merged)
    this.byId.delete(previousId)
    const kept = this.settle(target)
    this.absorbCovered(kept)
    this.matchCache.clear()
    kept.seen(at)
    this.recency.touch(kept)
    return { templateId: kept.id, template: kept.text, isNew: false, changed: true, previousId }
  }

  private create(tokens: string[], at: number | undefined): MineResult {
    const leaf = this.tree.leafFor(tokens, true)
    const cluster = new Cluster(tokens, leaf)
    const twin = this.byId.get(cluster.id)
    if (twin) {
      // The same template already lives elsewhere in the tree (reached through another branch).
      if (!leaf.clusters?.length) this.tree.prune(leaf)
      return this.join(twin, at)
    }
    const siblings = (leaf.clusters ??= [])
    if (siblings.length >= LEAF_CAP) this.evict(leastRecent(siblings))
    siblings.push(cluster)
    this.byId.set(cluster.id, cluster)
    this.recency.pushNewest(cluster)
    // A line born with wildcards (masked values) may cover templates of earlier lines whose values
    // masking did not recognise.
    this.absorbCovered(cluster)
    this.matchCache.clear()
    cluster.seen(at)
    this.evictOverCap()
    return { templateId: cluster.id, template: cluster.text, isNew: true, changed: false }
  }

  /**
   * Drain's fast match: the most similar template in the leaf, if similar enough. A template that already
   * covers the line (all its constants equal) wins over any that would have to change, so that `add`
   * lands where `match` would.
   */
  private mostSimilar(clusters: Cluster[], tokens: string[]): Cluster | undefined {
    const n = tokens.length
    if (n === 0) return clusters[0]
    const needed = this.options.similarityThreshold * n * 2
    let best: Cluster | undefined
    let bestScore = -1
    let bestWild = -1
    let cover: Cluster | undefined
    for (let k = 0; k < clusters.length; k++) {
      const c = clusters[k]!
      const t = c.tokens
      // similarityScore (similarity.ts) inlined, counting wildcards and differences on the way.
      let score = 0
      let wild = 0
      let differ = 0
      for (let i = 0; i < n; i++) {
        const a = t[i]!
        if (a === tokens[i]) score += 2
        else if (a === WILDCARD) {
          score += 1
          wild++
        } else differ++
      }
      // Ties go to the smaller id, not to the older template, so the choice does not depend on order.
      if (differ === 0 && score >= needed) {
        if (moreSpecific(c, cover)) cover = c
      } else if (
        score > bestScore ||
        (score === bestScore &&
          (wild > bestWild || (wild === bestWild && best !== undefined && c.id < best.id)))
      ) {
        best = c
        bestScore = score
        bestWild = wild
      }
    }
    if (cover) return cover
    return bestScore >= needed ? best : undefined
  }

  /**
   * The most specific template that fits the line, among the leaves it may match in: its own and those
   * that took `<*>` for a leading token (skipping `skip`, a leaf already searched).
   */
  private bestFit(tokens: string[], skip?: TreeNode): Cluster | undefined {
    const leaves = this.tree.leavesFor(tokens, this.leafScratch)
    let best: Cluster | undefined
    for (const leaf of leaves) {
      if (leaf === skip) continue
      for (const c of leaf.clusters!) if (this.fits(c, tokens) && moreSpecific(c, best)) best = c
    }
    leaves.length = 0
    return best
  }

  /**
   * A template fits a line when it covers it and is as similar as a line must be to join it: `<*>` alone
   * covers every one-token line, but says nothing about `nodeBlacklistingEnabled:true`.
   */
  private fits(c: Cluster, tokens: string[]): boolean {
    if (!covers(c.tokens, tokens)) return false
    const n = tokens.length
    return n === 0 || similarityScore(c.tokens, tokens) >= this.options.similarityThreshold * n * 2
  }

  /**
   * The second merge rule, within a leaf: when the line would start a template that differs from
   * `maxVariants` others at the same positions, and those are at most half its tokens, they are
   * variables that masking did not recognise (user names, hosts, packages). Returns one of those
   * templates for the line to join; `absorbCovered` then folds in the rest once it has generalised.
   * Without the rule, lines with two variable words in six never reach the similarity threshold and
   * each would become a template of its own.
   */
  private manyVariants(clusters: Cluster[], tokens: string[]): Cluster | undefined {
    const limit = this.options.maxVariants
    if (clusters.length < limit) return undefined
    const half = tokens.length >> 1
    const counts = new Map<string, number>()
    for (const c of clusters) {
      const key = differenceKey(c.tokens, tokens, half)
      if (key === undefined) continue
      const count = (counts.get(key) ?? 0) + 1
      if (count >= limit) return c
      counts.set(key, count)
    }
    return undefined
  }

  /**
   * The same rule across leaves: variants of one event that differ in their second word (`Compiling
   * serde v1`, `Compiling tokio v1`), which the tree routes on, sit in sibling leaves and never meet in
   * one. When `maxVariants` siblings differ from the line at the same positions (that one among them, at
   * most half the tokens in all), they merge into one template with `<*>` there, under the `<*>` branch,
   * where the next variant finds it through `bestFit`. Not for the first token: there a
   * different word is nearly always a different event (`getFoo <*>`, `setBar <*>`).
   */
  private manyRoutedVariants(tokens: string[]): Cluster | undefined {
    const limit = this.options.maxVariants
    const routed = this.tree.routed(tokens.length)
    const half = tokens.length >> 1
    for (let d = 1; d < routed; d++) {
      if (tokens[d] === WILDCARD) continue
      const groups = new Map<string, Cluster[]>()
      let found: Cluster[] | undefined
      this.tree.siblingLeaves(tokens, d, (leaf) => {
        for (const c of leaf.clusters!) {
          const key = differenceKey(c.tokens, tokens, half)
          if (key === undefined) continue
          let group = groups.get(key)
          if (!group) groups.set(key, (group = []))
          group.push(c)
          if (group.length >= limit) found ??= group
        }
      })
      if (!found) continue
      let template = tokens.slice()
      for (const c of found) template = generalise(template, c.tokens)
      const merged = new Cluster(template, this.tree.leafFor(template, true))
      const twin = this.byId.get(merged.id)
      const into = twin ?? merged
      if (!twin) {
        ;(merged.leaf.clusters ??= []).push(merged)
        this.byId.set(merged.id, merged)
        this.recency.pushNewest(merged)
      }
      for (const c of found) {
        if (c === into) continue
        this.byId.delete(c.id)
        this.fold(c, into)
      }
      this.matchCache.clear()
      return into
    }
    return undefined
  }

  /**
   * After a template changed: if another cluster already has the new template, fold this one into it,
   * so that one template text has one cluster and one id.
   */
  private settle(c: Cluster): Cluster {
    const twin = this.byId.get(c.id)
    if (!twin || twin === c) {
      this.byId.set(c.id, c)
      return c
    }
    this.fold(c, twin)
    return twin
  }

  /** Fold into `c` the other templates of its leaf that its template covers. */
  private absorbCovered(c: Cluster): void {
    const list = c.leaf.clusters!
    let covered: Cluster[] | undefined
    for (const d of list) if (d !== c && covers(c.tokens, d.tokens)) (covered ??= []).push(d)
    if (!covered) return
    for (const d of covered) {
      this.byId.delete(d.id)
      this.fold(d, c)
    }
  }

  /** Move `from`'s lines into `into`, and drop `from` from the tree and the recency list. */
  private fold(from: Cluster, into: Cluster): void {
    into.count += from.count
    if (from.firstSeen !== undefined && (into.firstSeen === undefined || from.firstSeen < into.firstSeen)) {
      into.firstSeen = from.firstSeen
    }
    if (from.lastSeen !== undefined && (into.lastSeen === undefined || from.lastSeen > into.lastSeen)) {
      into.lastSeen = from.lastSeen
    }
    from.mergedInto = into
    this.detach(from)
  }

  private evictOverCap(): void {
    while (this.recency.size > this.options.maxTemplates) this.evict(this.recency.tail!)
  }

  private evict(c: Cluster): void {
    this.byId.delete(c.id)
    c.evicted = true
    this.detach(c)
    this.matchCache.clear()
  }

  private detach(c: Cluster): void {
    this.recency.remove(c)
    const list = c.leaf.clusters!
    const i = list.indexOf(c)
    if (i >= 0) list.splice(i, 1)
    if (list.length === 0) this.tree.prune(c.leaf)
  }
}

/**
 * Templates per leaf. Every line is compared with each template of its leaf, so a leaf that fills up with
 * lines that share no structure (free text of one length) would make each line cost thousands of
 * comparisons. Past the cap the leaf's least recently matched template is evicted; ids are derived from
 * template text, so one that comes back gets its old id.
 */
const LEAF_CAP = 1000

/** True when `c` has more constants than `best` (ties to the smaller id, so the choice is order-free). */
function moreSpecific(c: Cluster, best: Cluster | undefined): boolean {
  return !best || c.constants > best.constants || (c.constants === best.constants && c.id < best.id)
}

function leastRecent(clusters: readonly Cluster[]): Cluster {
  let oldest = clusters[0]!
  for (const c of clusters) if (c.touched < oldest.touched) oldest = c
  return oldest
}

function describe(c: Cluster): Template {
  const t: Template = { id: c.id, template: c.text, count: c.count }
  if (c.firstSeen !== undefined) t.firstSeen = c.firstSeen
  if (c.lastSeen !== undefined) t.lastSeen = c.lastSeen
  return t
}

function definedOnly(options: MinerOptions): MinerOptions {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(options)) if (v !== undefined) out[k] = v
  return out as MinerOptions
}

function validateOptions(o: Required<MinerOptions>): Required<MinerOptions> {
  if (!(o.similarityThreshold >= 0 && o.similarityThreshold <= 1)) {
    throw new RangeError(`similarityThreshold must be within 0..1, got ${o.similarityThreshold}`)
  }
  const integers: [keyof MinerOptions, number][] = [
    ['depth', 3],
    ['maxChildren', 2],
    ['maxTemplates', 1],
    ['maxVariants', 1],
  ]
  for (const [name, min] of integers) {
    const v = o[name]
    if (!Number.isInteger(v) || v < min) throw new RangeError(`${name} must be an integer ≥ ${min}, got ${v}`)
  }
  return o
}
