import type { Cluster } from './cluster.js'
import { WILDCARD } from './mask.js'

/**
 * Drain's fixed-depth parse tree: the first layer is keyed by token count, the next `prefixTokens` layers
 * by the leading tokens, and a leaf holds the clusters to compare a line with. A token masked to `<*>` goes
 * down the `<*>` branch, as does any token once a node has `maxChildren` children, so a variable first
 * word cannot grow the tree without bound. Partly masked tokens (`[<*>]`, `user=<*>`) are routed as they
 * are: their constant part is what tells templates apart.
 */
export class TreeNode {
  readonly key: string
  readonly parent: TreeNode | undefined
  children: Map<string, TreeNode> | undefined = undefined
  clusters: Cluster[] | undefined = undefined

  constructor(key: string, parent: TreeNode | undefined) {
    this.key = key
    this.parent = parent
  }

  child(key: string): TreeNode | undefined {
    return this.children?.get(key)
  }

  addChild(key: string): TreeNode {
    const node = new TreeNode(key, this)
    ;(this.children ??= new Map()).set(key, node)
    return node
  }

  /** The keys from the root to this node: the token count, then the routing tokens. */
  path(): string[] {
    const keys: string[] = []
    if (!this.parent) return keys
    keys.push(this.key)
    for (let n = this.parent; n.parent; n = n.parent) keys.push(n.key)
    return keys.reverse()
  }
}

export class ParseTree {
  readonly root = new TreeNode('', undefined)
  private readonly byLength = new Map<number, TreeNode>()
  private readonly prefixTokens: number
  private readonly maxChildren: number

  constructor(prefixTokens: number, maxChildren: number) {
    this.prefixTokens = prefixTokens
    this.maxChildren = maxChildren
  }

  /**
   * The leaf a line is mined in (Drain's add path): the child for each leading token, or `<*>` for a
   * masked token or once a node is full. With `create`, missing nodes are made on the way; without,
   * returns undefined where a node would have to be made.
   */
  leafFor(tokens: readonly string[], create: true): TreeNode
  leafFor(tokens: readonly string[], create: boolean): TreeNode | undefined
  leafFor(tokens: readonly string[], create: boolean): TreeNode | undefined {
    const n = tokens.length
    let node: TreeNode | undefined = this.byLength.get(n)
    if (!node) {
      if (!create) return undefined
      node = this.root.addChild(String(n))
      this.byLength.set(n, node)
    }
    const depth = n < this.prefixTokens ? n : this.prefixTokens
    for (let d = 0; d < depth; d++) {
      const key = tokens[d]!
      let next: TreeNode | undefined = node.child(key)
      if (!next) {
        const size = node.children?.size ?? 0
        const wild = node.child(WILDCARD)
        if (key !== WILDCARD && (wild ? size < this.maxChildren : size + 1 < this.maxChildren)) {
          if (!create) return undefined
          next = node.addChild(key)
        } else if (wild) next = wild
        else if (!create) return undefined
        else next = node.addChild(WILDCARD)
      }
      node = next
    }
    return node
  }

  /** How many leading tokens route a line of `n` tokens. */
  routed(n: number): number {
    return n < this.prefixTokens ? n : this.prefixTokens
  }

  /**
   * Clusters in the leaves of lines that equal `tokens` except at routed position `d`: the siblings a
   * variable leading word scatters one event over. Calls `visit` for each leaf found.
   */
  siblingLeaves(tokens: readonly string[], d: number, visit: (leaf: TreeNode) => void): void {
    let node = this.byLength.get(tokens.length)
    for (let i = 0; node && i < d; i++) node = node.child(tokens[i]!)
    if (!node?.children) return
    const depth = this.routed(tokens.length)
    for (const [key, sibling] of node.children) {
      if (key === tokens[d] || key === WILDCARD) continue
      let leaf: TreeNode | undefined = sibling
      for (let i = d + 1; leaf && i < depth; i++) leaf = leaf.child(tokens[i]!)
      if (leaf?.clusters?.length) visit(leaf)
    }
  }

  /**
   * Leaves a line may match in without changing the tree: its own path first, then paths that take the
   * `<*>` branch instead of a token, which hold the clusters whose leading tokens became wildcards.
   */
  leavesFor(tokens: readonly string[], out: TreeNode[]): TreeNode[] {
    const node = this.byLength.get(tokens.length)
    if (node) this.collect(node, tokens, 0, Math.min(this.prefixTokens, tokens.length), out)
    return out
  }

  private collect(
    node: TreeNode,
    tokens: readonly string[],
    d: number,
    depth: number,
    out: TreeNode[],
  ): void {
    if (d === depth) {
      if (node.clusters?.length) out.push(node)
      return
    }
    const key = tokens[d]!
    const exact = node.child(key)
    if (exact) this.collect(exact, tokens, d + 1, depth, out)
    if (key !== WILDCARD) {
      const wild = node.child(WILDCARD)
      if (wild) this.collect(wild, tokens, d + 1, depth, out)
    }
  }

  /** The node at a saved path, created whatever the child cap: loading must rebuild the tree as saved. */
  leafAt(path: readonly string[]): TreeNode {
    const n = Number(path[0])
    let node = this.byLength.get(n)
    if (!node) {
      node = this.root.addChild(String(n))
      this.byLength.set(n, node)
    }
    for (let i = 1; i < path.length; i++) node = node.child(path[i]!) ?? node.addChild(path[i]!)
    return node
  }

  /** Remove a leaf that lost its last cluster, and every ancestor left empty, so evictions free memory. */
  prune(leaf: TreeNode): void {
    let node: TreeNode | undefined = leaf
    while (node?.parent && !node.clusters?.length && !node.children?.size) {
      const parent: TreeNode = node.parent
      parent.children?.delete(node.key)
      if (parent === this.root) this.byLength.delete(Number(node.key))
      node = parent
    }
  }
}
