import type { CallMode, PersonaCard } from '../api/api-types'
import { archetypeName } from '../labels/archetype-name'
import { callModeLabel } from '../labels/call-mode-label'
import { MoodMeter } from './mood-meter'

interface CallHeaderProps {
  persona: PersonaCard
  mode: CallMode
  mood: number
  previousMood: number | null
  active: boolean
  coaching: boolean
  onCoachingChange: (on: boolean) => void
  onHangUp: () => void
  hangUpDisabled: boolean
  /** Opens the agent's screen as a drawer; the button shows only where the screen is not beside the call (a phone). */
  onOpenScreen?: () => void
  screenOpen?: boolean
}

/** Who is on the line, how they feel, and the call's controls; stays in view while the transcript scrolls. */
export function CallHeader({ persona, mode, mood, previousMood, active, coaching, onCoachingChange, onHangUp, hangUpDisabled, onOpenScreen, screenOpen }: CallHeaderProps) {
  return (
    <header className="call-header">
      <div className="call-header-who">
        <div className="call-title-row">
          <h1 className="call-title" tabIndex={-1}>
            {persona.name}
          </h1>
          <span className="call-mode" data-testid="call-mode">
            {callModeLabel(mode)}
          </span>
        </div>
        <p className="call-subtitle">
          {archetypeName(persona.archetype)} · {persona.company}
        </p>
      </div>
      <MoodMeter level={mood} previous={previousMood} />
      {active && (
        <div className="call-controls">
          <label className="toggle">
            <input type="checkbox" checked={coaching} onChange={(event) => onCoachingChange(event.target.checked)} />
            <span className="toggle-track" aria-hidden="true" />
            <span>Coach me during the call</span>
          </label>
          {onOpenScreen && (
            <button type="button" className="button screen-button" onClick={onOpenScreen} aria-haspopup="dialog" aria-expanded={screenOpen ?? false}>
              Your screen
            </button>
          )}
          <button type="button" className="button button-danger hang-up-button" onClick={onHangUp} disabled={hangUpDisabled}>
            Hang up
          </button>
        </div>
      )}
    </header>
  )
}
