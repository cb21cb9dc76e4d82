import { useRef, useState } from 'react'
import { type MoodBand, moodBand } from '../../../src/personas/mood'
import { bandName, moodLabel } from '../labels/mood-label'
import { useElementWidth } from './use-element-width'

interface MoodChartProps {
  /** Frustration at the start, then after each trainee turn. */
  levels: number[]
  /** The trainee's words for each turn, aligned with `levels[1…]`. */
  turnTexts: string[]
  /** Who said those words, as the points' labels put it: "You" for the trainee's own view, a name for a trainer's. */
  speaker?: string
}

const height = 220
const padding = { top: 12, right: 16, bottom: 30, left: 76 }
const bands: Array<[MoodBand, number, number]> = [
  ['furious', 80, 100],
  ['angry', 60, 80],
  ['frustrated', 40, 60],
  ['calming', 20, 40],
  ['satisfied', 0, 20],
]

/** The customer's frustration turn by turn; each point can be hovered or focused to see the turn. */
export function MoodChart({ levels, turnTexts, speaker = 'You' }: MoodChartProps) {
  const frame = useRef<HTMLDivElement>(null)
  const width = useElementWidth(frame, 640)
  const [active, setActive] = useState<number | null>(null)
  if (levels.length === 0) return null

  const plotWidth = width - padding.left - padding.right
  const plotHeight = height - padding.top - padding.bottom
  const steps = Math.max(1, levels.length - 1)
  const x = (index: number) => padding.left + (levels.length === 1 ? plotWidth / 2 : (index / steps) * plotWidth)
  const y = (level: number) => padding.top + ((100 - level) / 100) * plotHeight
  const path = levels.map((level, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(level).toFixed(1)}`).join(' ')
  const first = levels[0] as number
  const last = levels.at(-1) as number

  return (
    <figure className="mood-chart">
      <div ref={frame} className="mood-chart-frame">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label="Customer mood over the call, one point per turn">
          {bands.map(([band, low, high]) => (
            <g key={band} aria-hidden="true">
              <rect className="mood-chart-band" data-band={band} x={padding.left} y={y(high)} width={plotWidth} height={y(low) - y(high)} />
              <text className="mood-chart-band-label" x={padding.left - 8} y={(y(high) + y(low)) / 2} dominantBaseline="middle" textAnchor="end">
                {bandName(band)}
              </text>
            </g>
          ))}
          <path className="mood-chart-line" d={path} aria-hidden="true" />
          {levels.map((level, index) => (
            <g
              key={index}
              className="mood-chart-point"
              data-active={active === index || undefined}
              tabIndex={0}
              role="img"
              aria-label={pointLabel(index, levels, turnTexts, speaker)}
              onMouseEnter={() => setActive(index)}
              onFocus={() => setActive(index)}
              onBlur={() => setActive((current) => (current === index ? null : current))}
            >
              <circle className="mood-chart-hit" cx={x(index)} cy={y(level)} r={14} />
              <circle className="mood-chart-dot" data-band={moodBand(level)} cx={x(index)} cy={y(level)} r={active === index ? 7 : 5} />
              <text className="mood-chart-turn" x={x(index)} y={height - 10} textAnchor="middle" aria-hidden="true">
                {index === 0 ? 'Start' : index}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="mood-chart-caption" aria-live="polite">
        {active === null ? (
          <>
            From {moodLabel(first)} to {moodLabel(last)} over {levels.length - 1} {levels.length === 2 ? 'turn' : 'turns'}. Hover or focus a point to see the turn.
          </>
        ) : (
          pointLabel(active, levels, turnTexts, speaker)
        )}
      </figcaption>
    </figure>
  )
}

function pointLabel(index: number, levels: number[], turnTexts: string[], speaker: string): string {
  const level = levels[index] as number
  if (index === 0) return `Start of the call: ${moodLabel(level)}.`
  const change = level - (levels[index - 1] as number)
  const movement = change === 0 ? 'no change' : change < 0 ? `${-change} calmer` : `${change} angrier`
  const text = turnTexts[index - 1] ?? ''
  const quoted = text.length > 180 ? `${text.slice(0, 177)}…` : text
  return `Turn ${index}: ${moodLabel(level)} (${movement}). ${speaker} said: “${quoted}”`
}
