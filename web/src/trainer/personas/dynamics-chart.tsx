import { useRef } from 'react'
import type { AgentKind } from '../../../../src/personas/scripted-agents'
import type { MoodBand } from '../../../../src/personas/mood'
import { bandName } from '../../labels/mood-label'
import { useElementWidth } from '../../scorecard/use-element-width'
import { type DynamicsCurve, dynamicsAgentText } from './dynamics-agents'

interface DynamicsChartProps {
  curves: readonly DynamicsCurve[]
  calmThreshold: number
  /** The chart's text alternative, also shown under it. */
  descriptionId: string
}

const height = 280
const padding = { top: 12, right: 16, bottom: 34, left: 76 }
const bands: Array<[MoodBand, number, number]> = [
  ['furious', 80, 100],
  ['angry', 60, 80],
  ['frustrated', 40, 60],
  ['calming', 20, 40],
  ['satisfied', 0, 20],
]

/** Each agent's point marker, so the curves differ in shape as well as colour and dash. */
function Marker({ agent, x, y }: { agent: AgentKind; x: number; y: number }) {
  const common = { className: 'persona-curve-point', 'data-agent': agent }
  switch (agent) {
    case 'good':
      return <circle {...common} cx={x} cy={y} r={4.5} />
    case 'bad':
      return <rect {...common} x={x - 4} y={y - 4} width={8} height={8} />
    case 'stalling':
      return <path {...common} d={`M${x},${y - 5} L${x + 5},${y + 4} L${x - 5},${y + 4} Z`} />
    case 'filler':
      return <path {...common} d={`M${x},${y - 5} L${x + 5},${y} L${x},${y + 5} L${x - 5},${y} Z`} />
    case 'empathetic':
      return <path {...common} d={`M${x - 4},${y - 4} L${x + 4},${y + 4} M${x - 4},${y + 4} L${x + 4},${y - 4}`} />
  }
}

/** The scripted calls on one chart: frustration per turn with each agent, over the mood bands, and the calm line. */
export function DynamicsChart({ curves, calmThreshold, descriptionId }: DynamicsChartProps) {
  const frame = useRef<HTMLDivElement>(null)
  const width = useElementWidth(frame, 640)
  const turns = Math.max(1, ...curves.map((curve) => curve.levels.length - 1))
  const plotWidth = width - padding.left - padding.right
  const plotHeight = height - padding.top - padding.bottom
  const x = (turn: number) => padding.left + (turn / turns) * plotWidth
  const y = (level: number) => padding.top + ((100 - level) / 100) * plotHeight
  const path = (levels: readonly number[]) => levels.map((level, turn) => `${turn === 0 ? 'M' : 'L'}${x(turn).toFixed(1)},${y(level).toFixed(1)}`).join(' ')
  const tickEvery = Math.max(1, Math.ceil(turns / Math.max(1, Math.floor(plotWidth / 36))))
  const ticks = Array.from({ length: turns + 1 }, (_value, turn) => turn).filter((turn) => turn % tickEvery === 0)
  // The good agent's curve is drawn last, on top: it is the one the trainer most needs to read.
  const drawOrder = [...curves].reverse()

  return (
    <figure className="persona-dynamics-chart">
      <ul className="persona-dynamics-legend" aria-label="Legend">
        {curves.map((curve) => (
          <li key={curve.agent} data-agent={curve.agent}>
            <svg className="persona-legend-sample" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
              <line className="persona-curve" data-agent={curve.agent} x1="1" x2="33" y1="6" y2="6" />
              <Marker agent={curve.agent} x={17} y={6} />
            </svg>
            {dynamicsAgentText[curve.agent].name}
          </li>
        ))}
        <li data-agent="calm">
          <svg className="persona-legend-sample" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
            <line className="persona-calm-line" x1="1" x2="33" y1="6" y2="6" />
          </svg>
          Calm threshold ({calmThreshold})
        </li>
      </ul>
      <div ref={frame} className="mood-chart-frame">
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={`Customer frustration per turn with five scripted agents: ${curves.map((curve) => dynamicsAgentText[curve.agent].name.toLowerCase()).join(', ')}`}
          aria-describedby={descriptionId}
        >
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
          {drawOrder.map((curve) => (
            <g key={curve.agent} className="persona-curve-group" data-agent={curve.agent}>
              <path className="persona-curve" data-agent={curve.agent} d={path(curve.levels)} />
              {curve.levels.map((level, turn) => (
                <Marker key={turn} agent={curve.agent} x={x(turn)} y={y(level)} />
              ))}
            </g>
          ))}
        </svg>
      </div>
    </figure>
  )
}
