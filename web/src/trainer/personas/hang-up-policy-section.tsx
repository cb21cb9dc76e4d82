import type { HangUpPolicy } from '../../../../src/personas/persona-spec'
import { FieldHelp, FieldIssues } from './field-notes'
import { FormSection } from './form-section'
import { fieldDomId } from './persona-field-path'
import type { PersonaForm, PersonaFormUpdate } from './persona-form'
import { usePersonaFormContext } from './persona-form-context'
import { TextField } from './text-field'

const kinds: ReadonlyArray<{ kind: HangUpPolicy['kind']; label: string; hint: string }> = [
  { kind: 'never', label: 'Never', hint: 'The trainee must resolve the call or escalate it; hanging up is a failure.' },
  { kind: 'after_warnings', label: 'After warnings about abuse', hint: 'Only once the trainee has calmly warned the customer about their language enough times.' },
  { kind: 'last_resort', label: 'As a polite last resort', hint: 'Only after a warning, and when nothing more can be done.' },
]

/** When the trainee may end the call on this customer. */
export function HangUpPolicySection({ policy, update }: { policy: PersonaForm['hangUpPolicy']; update: PersonaFormUpdate }) {
  const { readOnly } = usePersonaFormContext()
  const setPolicy = (change: Partial<PersonaForm['hangUpPolicy']>) => update((current) => ({ ...current, hangUpPolicy: { ...current.hangUpPolicy, ...change } }))
  return (
    <FormSection id="persona-hang-up" title="Hang-up policy" helpPath="hangUpPolicy">
      <fieldset className="persona-choice-list" id={fieldDomId('hangUpPolicy.kind')} aria-describedby={`${fieldDomId('hangUpPolicy.kind')}-help`}>
        <legend className="field-label">When the trainee may end the call</legend>
        <FieldHelp path="hangUpPolicy.kind" />
        {kinds.map(({ kind, label, hint }) => (
          <label key={kind} className="reason">
            <input type="radio" name="hangUpPolicy.kind" value={kind} checked={policy.kind === kind} disabled={readOnly} onChange={() => setPolicy({ kind })} />
            <span>
              <span className="reason-label">{label}</span>
              <span className="reason-hint">{hint}</span>
            </span>
          </label>
        ))}
        <FieldIssues path="hangUpPolicy.kind" />
      </fieldset>
      {policy.kind === 'after_warnings' && (
        <div className="persona-number-grid">
          <TextField path="hangUpPolicy.warnings" type="number" min={1} max={5} value={policy.warnings} onChange={(warnings) => setPolicy({ warnings })} />
        </div>
      )}
      <FieldIssues path="hangUpPolicy" />
    </FormSection>
  )
}
