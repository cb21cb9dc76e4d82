import { moodBand } from '../../../src/personas/mood'
import { moodLabel } from '../labels/mood-label'

/** The customer's frustration, 0 (calm) to 100 (furious), as a bar with its words and number. */
export function MoodMeter({ level, previous }: { level: number; previous: number | null }) {
  const label = moodLabel(level)
  const delta = previous === null ? 0 : level - previous
  return (
    <div className="mood-meter" data-band={moodBand(level)}>
      <div className="mood-meter-heading">
        <span className="mood-meter-title" id="mood-meter-title">
          Customer mood
        </span>
        <span className="mood-meter-value" data-testid="mood-label">
          {label}
        </span>
        {delta !== 0 && (
          <span className="mood-meter-delta" data-direction={delta < 0 ? 'calmer' : 'angrier'}>
            {delta < 0 ? `▼ ${-delta} calmer` : `▲ ${delta} angrier`}
          </span>
        )}
      </div>
      <div
        className="mood-meter-track"
        role="meter"
        aria-labelledby="mood-meter-title"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={level}
        aria-valuetext={label}
      >
        <div className="mood-meter-fill" style={{ transform: `scaleX(${level / 100})` }} />
      </div>
    </div>
  )
}
