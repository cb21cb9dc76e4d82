import { type SignalId, signalIds } from '../../../../src/grader/signal-types'
import { archetypeDefaultSensitivities, defaultInstructionEscalation } from '../../../../src/personas/mood'
import type { Archetype } from '../../../../src/personas/persona-spec'
import { signalLabels } from '../../labels/signal-labels'
import { FieldHelp, FieldIssues, describedBy } from './field-notes'
import { fieldDomId } from './persona-field-path'
import { type MoodForm, numberFromText } from './persona-form'
import { usePersonaFormContext } from './persona-form-context'

interface SensitivityTableProps {
  sensitivities: MoodForm['sensitivities']
  /** Blank entries of the newer signals (sarcasm, stalling, offers…) take the archetype's default. */
  archetype: Archetype
  onChange: (signal: SignalId, value: string) => void
}

/**
 * What a blank entry means, as the mood function reads it: the archetype's default for the newer signals (sarcasm,
 * dismissal, exasperation, stalling, offers), escalation for talk aimed at the AI, and nothing for the rest.
 */
function blankWeight(signal: SignalId, archetype: Archetype): number {
  return archetypeDefaultSensitivities[archetype][signal] ?? (signal === 'instruction_to_ai' ? defaultInstructionEscalation : 0)
}

function effectText(signal: SignalId, text: string | undefined, archetype: Archetype): string {
  const typed = numberFromText(text ?? '')
  const weight = typed === undefined ? blankWeight(signal, archetype) : typed
  if (!Number.isInteger(weight)) return ''
  const effect = weight === 0 ? 'No effect' : weight < 0 ? `Calms by ${-weight}` : `Escalates by ${weight}`
  return typed === undefined && weight !== 0 ? `${effect} (archetype default)` : effect
}

const groups: ReadonlyArray<{ title: string; signals: SignalId[] }> = [
  { title: 'Usually calms', signals: signalIds.filter((signal) => signalLabels[signal].tone === 'good') },
  { title: 'Usually escalates', signals: signalIds.filter((signal) => signalLabels[signal].tone !== 'good') },
]

/** How strongly each thing the trainee does moves the customer's frustration, one row per signal. */
export function SensitivityTable({ sensitivities, archetype, onChange }: SensitivityTableProps) {
  const { issuesAt, readOnly } = usePersonaFormContext()
  return (
    <div className="persona-sensitivities" id={fieldDomId('mood.sensitivities')}>
      <h3 className="persona-subtitle">Sensitivities</h3>
      <FieldHelp path="mood.sensitivities" />
      <FieldIssues path="mood.sensitivities" />
      <div className="persona-sensitivity-groups">
        {groups.map((group) => (
          <div key={group.title} className="persona-table-frame">
            <table className="data-table persona-table persona-sensitivity-table">
              <caption>{group.title}</caption>
              <thead>
                <tr>
                  <th scope="col">When the trainee…</th>
                  <th scope="col">Change per turn</th>
                </tr>
              </thead>
              <tbody>
                {group.signals.map((signal) => {
                  const path = `mood.sensitivities.${signal}`
                  const invalid = issuesAt(path).length > 0
                  const { label, tone } = signalLabels[signal]
                  return (
                    <tr key={signal} data-invalid={invalid || undefined}>
                      <th scope="row">
                        <span className="persona-signal-dot" data-tone={tone} aria-hidden="true" />
                        <label htmlFor={fieldDomId(path)}>{label}</label>
                        <code className="persona-signal-id">{signal}</code>
                      </th>
                      <td>
                        <input
                          id={fieldDomId(path)}
                          name={path}
                          className="input persona-number"
                          type="number"
                          min={-30}
                          max={30}
                          step={1}
                          placeholder={String(blankWeight(signal, archetype))}
                          value={sensitivities[signal] ?? ''}
                          readOnly={readOnly}
                          aria-invalid={invalid || undefined}
                          aria-describedby={[`${fieldDomId(path)}-effect`, describedBy(path, invalid, false)].filter(Boolean).join(' ')}
                          onChange={(event) => onChange(signal, event.target.value)}
                        />
                        <span className="persona-effect" id={`${fieldDomId(path)}-effect`}>
                          {effectText(signal, sensitivities[signal], archetype)}
                        </span>
                        <FieldIssues path={path} />
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </div>
  )
}
