import { useRef } from 'react'
import type { MoodBand } from '../../../../src/personas/mood'
import { bandName } from '../../labels/mood-label'
import { useElementWidth } from '../../scorecard/use-element-width'

interface DynamicsChartProps {
  good: readonly number[]
  bad: readonly number[]
  calmThreshold: number
  /** The chart's text alternative, also shown under it. */
  descriptionId: string
}

const height = 240
const padding = { top: 12, right: 16, bottom: 34, left: 76 }
const bands: Array<[MoodBand, number, number]> = [
  ['furious', 80, 100],
  ['angry', 60, 80],
  ['frustrated', 40, 60],
  ['calming', 20, 40],
  ['satisfied', 0, 20],
]

/** Two scripted calls on one chart: frustration per turn with a good agent and with a bad one, and the calm line. */
export function DynamicsChart({ good, bad, calmThreshold, descriptionId }: DynamicsChartProps) {
  const frame = useRef<HTMLDivElement>(null)
  const width = useElementWidth(frame, 640)
  const turns = Math.max(1, good.length - 1, bad.length - 1)
  const plotWidth = width - padding.left - padding.right
  const plotHeight = height - padding.top - padding.bottom
  const x = (turn: number) => padding.left + (turn / turns) * plotWidth
  const y = (level: number) => padding.top + ((100 - level) / 100) * plotHeight
  const path = (levels: readonly number[]) => levels.map((level, turn) => `${turn === 0 ? 'M' : 'L'}${x(turn).toFixed(1)},${y(level).toFixed(1)}`).join(' ')
  const tickEvery = Math.max(1, Math.ceil(turns / Math.max(1, Math.floor(plotWidth / 36))))
  const ticks = Array.from({ length: turns + 1 }, (_value, turn) => turn).filter((turn) => turn % tickEvery === 0)

  return (
    <figure className="persona-dynamics-chart">
      <div className="persona-dynamics-legend" aria-hidden="true">
        <span data-agent="good">Good agent</span>
        <span data-agent="bad">Bad agent</span>
        <span data-agent="calm">Calm threshold ({calmThreshold})</span>
      </div>
      <div ref={frame} className="mood-chart-frame">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label="Customer frustration per turn with a scripted good agent and a scripted bad agent" aria-describedby={descriptionId}>
          {bands.map(([band, low, high]) => (
            <g key={band}>
              <rect className="mood-chart-band" data-band={band} x={padding.left} y={y(high)} width={plotWidth} height={y(low) - y(high)} />
              <text className="mood-chart-band-label" x={padding.left - 8} y={(y(high) + y(low)) / 2} dominantBaseline="middle" textAnchor="end">
                {bandName(band)}
              </text>
            </g>
          ))}
          <line className="persona-calm-line" x1={padding.left} x2={padding.left + plotWidth} y1={y(calmThreshold)} y2={y(calmThreshold)} />
          {ticks.map((turn) => (
            <text key={turn} className="mood-chart-turn" x={x(turn)} y={height - 14} textAnchor="middle">
              {turn === 0 ? 'Start' : turn}
            </text>
          ))}
          <text className="mood-chart-turn" x={padding.left + plotWidth / 2} y={height - 1} textAnchor="middle">
            Trainee turn
          </text>
          <path className="persona-curve" data-agent="bad" d={path(bad)} />
          <path className="persona-curve" data-agent="good" d={path(good)} />
          {bad.map((level, turn) => (
            <rect key={`bad-${turn}`} className="persona-curve-point" data-agent="bad" x={x(turn) - 4} y={y(level) - 4} width={8} height={8} />
          ))}
          {good.map((level, turn) => (
            <circle key={`good-${turn}`} className="persona-curve-point" data-agent="good" cx={x(turn)} cy={y(level)} r={4.5} />
          ))}
        </svg>
      </div>
    </figure>
  )
}
