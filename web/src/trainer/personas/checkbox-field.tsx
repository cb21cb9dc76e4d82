import { FieldHelp, FieldIssues, describedBy } from './field-notes'
import { fieldDomId, shortFieldLabel } from './persona-field-path'
import { usePersonaFormContext } from './persona-form-context'

/** A labelled on/off switch of the persona form. */
export function CheckboxField({ path, checked, onChange, label, help }: { path: string; checked: boolean; onChange: (checked: boolean) => void; label?: string; help?: string }) {
  const { issuesAt, readOnly } = usePersonaFormContext()
  const id = fieldDomId(path)
  const invalid = issuesAt(path).length > 0
  return (
    <div className="field persona-field persona-checkbox-field">
      <label className="persona-checkbox" htmlFor={id}>
        <input
          id={id}
          name={path}
          type="checkbox"
          checked={checked}
          disabled={readOnly}
          aria-describedby={describedBy(path, invalid, help !== '')}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span className="field-label">{label ?? shortFieldLabel(path)}</span>
      </label>
      <FieldHelp path={path} text={help} />
      <FieldIssues path={path} />
    </div>
  )
}
