/**
 * A small seeded PRNG (mulberry32). Training must give the same weights for the same seed on every run,
 * so nothing in the sequence model may draw from Math.random().
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fisher–Yates shuffle in place, driven by `random`. */
export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const a = items[i] as T
    items[i] = items[j] as T
    items[j] = a
  }
  return items
}

/** Derives independent sub-seeds (one per layer, per epoch…) from one user seed. */
export function subSeed(seed: number, salt: number): number {
  return mulberry32((seed * 1000003 + salt * 7919) >>> 0)() * 2 ** 31
}
