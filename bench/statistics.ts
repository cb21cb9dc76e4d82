/** Nearest-rank percentiles over a copy of the values; NaN for none. */
export function percentiles(values: number[], ranks: number[]): number[] {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b)
  return ranks.map((rank) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1))]!))
}

export interface Summary {
  count: number
  p50: number
  p95: number
  p99: number
  max: number
}

export function summarise(values: number[], digits = 2): Summary {
  const [p50, p95, p99, max] = percentiles(values, [50, 95, 99, 100])
  return {
    count: values.filter((value) => Number.isFinite(value)).length,
    p50: round(p50!, digits),
    p95: round(p95!, digits),
    p99: round(p99!, digits),
    max: round(max!, digits),
  }
}

export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
