interface MoodScaleProps {
  start: number | undefined
  calmThreshold: number | undefined
  hangUpThreshold: number | undefined
}

const width = 600
const height = 56
const top = 10
const barHeight = 16
const x = (level: number) => (Math.min(100, Math.max(0, level)) / 100) * width

const isLevel = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value)

/** The mood numbers on one 0–100 scale: the calm zone, the hang-up zone and where the call starts. */
export function MoodScale({ start, calmThreshold, hangUpThreshold }: MoodScaleProps) {
  if (!isLevel(start) || !isLevel(calmThreshold) || !isLevel(hangUpThreshold)) return null
  const description = `Frustration scale from 0 to 100: calm at ${calmThreshold} or below, on the verge of hanging up at ${hangUpThreshold} or above; the call starts at ${start}.`
  return (
    <figure className="persona-mood-scale">
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={description}>
        <rect className="persona-scale-track" x={0} y={top} width={width} height={barHeight} rx={4} />
        <rect className="persona-scale-calm" x={0} y={top} width={x(calmThreshold)} height={barHeight} rx={4} />
        {hangUpThreshold < 100 && <rect className="persona-scale-hang-up" x={x(hangUpThreshold)} y={top} width={width - x(hangUpThreshold)} height={barHeight} rx={4} />}
        <line className="persona-scale-start" x1={x(start)} x2={x(start)} y1={top - 6} y2={top + barHeight + 6} />
      </svg>
      <figcaption className="persona-scale-legend">
        <span data-zone="calm">Calm ≤ {calmThreshold}</span>
        <span data-zone="start">Starts at {start}</span>
        <span data-zone="hang-up">Hang-up zone ≥ {hangUpThreshold}</span>
      </figcaption>
    </figure>
  )
}
