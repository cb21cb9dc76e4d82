export interface SparklinePoint {
  x: number
  y: number
  score: number
  passed: boolean
}

/**
 * Where each score (0–100) sits in a sparkline of the given size: evenly spaced from left (oldest)
 * to right, 100 at the top, with `inset` pixels kept clear at every edge for the dots. One score
 * sits in the middle.
 */
export function sparklinePoints(scores: readonly { score: number; passed: boolean }[], width: number, height: number, inset = 4): SparklinePoint[] {
  const steps = Math.max(1, scores.length - 1)
  const plotWidth = width - 2 * inset
  const plotHeight = height - 2 * inset
  return scores.map(({ score, passed }, index) => {
    const clamped = Math.min(100, Math.max(0, score))
    return {
      x: round(inset + (scores.length === 1 ? plotWidth / 2 : (index / steps) * plotWidth)),
      y: round(inset + ((100 - clamped) / 100) * plotHeight),
      score,
      passed,
    }
  })
}

/** The y of a score on the same scale, e.g. for the pass-mark line. */
export function sparklineY(score: number, height: number, inset = 4): number {
  return round(inset + ((100 - Math.min(100, Math.max(0, score))) / 100) * (height - 2 * inset))
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
