import { averageTone } from '../labels/score-label'
import type { CriterionTrend } from './criterion-trends'

const width = 120
const height = 28

/** One criterion across the last calls: a sparkline, and the same numbers as text. */
export function CriterionTrendRow({ trend }: { trend: CriterionTrend }) {
  const points = trend.values.flatMap((value, index) => (value === null ? [] : [{ index, value }]))
  const steps = Math.max(1, trend.values.length - 1)
  const x = (index: number) => 4 + (trend.values.length === 1 ? (width - 8) / 2 : (index / steps) * (width - 8))
  const y = (value: number) => 4 + ((2 - value) / 2) * (height - 8)
  const latest = points.at(-1)?.value ?? null
  const earliest = points[0]?.value ?? null
  const spoken = trend.values.map((value) => (value === null ? 'not graded' : value.toFixed(1))).join(', ')
  return (
    <li className="trend-row">
      <span className="trend-title">{trend.title}</span>
      <svg className="trend-spark" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        <line className="trend-baseline" x1={4} x2={width - 4} y1={y(1)} y2={y(1)} />
        <polyline className="trend-line" points={points.map((point) => `${x(point.index)},${y(point.value)}`).join(' ')} />
        {points.map((point) => (
          <circle key={point.index} className="trend-dot" cx={x(point.index)} cy={y(point.value)} r={2.5} />
        ))}
      </svg>
      <span className="trend-value" data-tone={averageTone(latest)}>
        {latest === null ? '–' : latest.toFixed(1)}
        {earliest !== null && latest !== null && points.length > 1 && latest !== earliest && (
          <span className="trend-change">{latest > earliest ? ' ▲' : ' ▼'}</span>
        )}
      </span>
      <span className="visually-hidden">Averages out of 2, oldest call first: {spoken}.</span>
    </li>
  )
}
