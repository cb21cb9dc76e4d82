import type { TrendPoint } from '../../../../src/server/results/team-dashboard'
import { sparklinePoints, sparklineY } from './sparkline-geometry'

const width = 128
const height = 32

/** A trainee's scores over time, oldest on the left; green dots passed, red did not. The numbers are there as text too. */
export function ScoreSparkline({ trend }: { trend: readonly TrendPoint[] }) {
  if (trend.length === 0) return <span className="results-muted">No scored calls</span>
  const passMark = trend.at(-1)?.passMark ?? null
  const points = sparklinePoints(trend, width, height)
  return (
    <span className="score-sparkline">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
        {passMark !== null && <line className="sparkline-pass-mark" x1={0} x2={width} y1={sparklineY(passMark, height)} y2={sparklineY(passMark, height)} />}
        {points.length > 1 && <polyline className="sparkline-line" points={points.map((point) => `${point.x},${point.y}`).join(' ')} />}
        {points.map((point, index) => (
          <circle key={index} className="sparkline-dot" data-passed={point.passed} cx={point.x} cy={point.y} r={2.75} />
        ))}
      </svg>
      <span className="visually-hidden">Scores, oldest first: {trend.map((point) => `${Math.round(point.score)}${point.passed ? ' (passed)' : ''}`).join(', ')}.</span>
    </span>
  )
}
