/** Numbers as people read them, shared by the CLI, the reports and error messages. */

/** 12,345 (and 1.25: at most two decimals). */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '0'
  const [int = '0', frac] = String(Math.round(n * 100) / 100).split('.')
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '')
}

/** `1 test`, `3 tests`, `1,024 records`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`
}

/** 512 B, 64 KiB, 1.5 MiB, 120 GiB. */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 1024) return `${formatCount(n)} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let v = n / 1024
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${v >= 100 ? Math.round(v) : Math.round(v * 10) / 10} ${units[i]}`
}
