/**
 * Grouping accuracy (GA; Zhu et al., ICSE-SEIP 2019): a line counts as correct when the set of lines that
 * share its predicted template equals the set of lines that share its true template. GA = correct / lines.
 * It judges the grouping only, not the template text, so labels can be any ids.
 */
export function groupingAccuracy(predicted: readonly unknown[], truth: readonly unknown[]): number {
  if (predicted.length !== truth.length) {
    throw new RangeError(`predicted has ${predicted.length} labels, truth has ${truth.length}`)
  }
  if (truth.length === 0) return 1
  const truthSize = new Map<unknown, number>()
  for (const t of truth) truthSize.set(t, (truthSize.get(t) ?? 0) + 1)
  // Per predicted group: its size and the one true label all its lines share (or a mark that they differ).
  const mixed = Symbol('mixed')
  const groups = new Map<unknown, { size: number; label: unknown }>()
  for (let i = 0; i < predicted.length; i++) {
    const g = groups.get(predicted[i])
    if (!g) groups.set(predicted[i], { size: 1, label: truth[i] })
    else {
      g.size++
      if (g.label !== truth[i]) g.label = mixed
    }
  }
  let correct = 0
  for (const g of groups.values()) {
    if (g.label !== mixed && truthSize.get(g.label) === g.size) correct += g.size
  }
  return correct / truth.length
}
