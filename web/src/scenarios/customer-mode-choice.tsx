import type { CallMode } from '../api/api-types'
import { callModeLabel } from '../labels/call-mode-label'

const modes: Array<{ mode: CallMode; hint: string }> = [
  { mode: 'model', hint: 'An AI model plays the customer: every call goes its own way.' },
  { mode: 'scripted', hint: 'A script plays the customer: predictable replies, no AI model needed.' },
]

/** Who plays the customer on the calls started from this screen: a segmented pair of radio buttons. */
export function CustomerModeChoice({ mode, onChange }: { mode: CallMode; onChange: (mode: CallMode) => void }) {
  const hint = modes.find((entry) => entry.mode === mode)?.hint
  return (
    <fieldset className="mode-choice" aria-describedby="mode-choice-hint">
      <legend className="mode-choice-legend">Customer for new calls</legend>
      <div className="segmented">
        {modes.map((entry) => (
          <label key={entry.mode} className="segmented-option">
            <input type="radio" name="customer-mode" value={entry.mode} checked={mode === entry.mode} onChange={() => onChange(entry.mode)} />
            <span>{callModeLabel(entry.mode)}</span>
          </label>
        ))}
      </div>
      <p className="mode-choice-hint" id="mode-choice-hint">
        {hint}
      </p>
    </fieldset>
  )
}
