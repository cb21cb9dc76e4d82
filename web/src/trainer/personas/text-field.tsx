import { FieldHelp, FieldIssues, describedBy } from './field-notes'
import { fieldDomId, shortFieldLabel } from './persona-field-path'
import { usePersonaFormContext } from './persona-form-context'

interface TextFieldProps {
  path: string
  value: string
  onChange: (value: string) => void
  /** Defaults to the field's name from the spec's labels. */
  label?: string
  multiline?: boolean
  rows?: number
  maxLength?: number
  placeholder?: string
  /** Shown instead of the spec's help text, e.g. why the field cannot change; "" for none (a list's later entries). */
  help?: string
  /** Locked even where the rest of the form can be edited (a saved persona's id). */
  locked?: boolean
  type?: 'text' | 'number'
  min?: number
  max?: number
}

/** One labelled text (or number) input of the persona form, with its help text and its problems. */
export function TextField({ path, value, onChange, label, multiline, rows = 3, maxLength, placeholder, help, locked, type = 'text', min, max }: TextFieldProps) {
  const { issuesAt, readOnly } = usePersonaFormContext()
  const id = fieldDomId(path)
  const invalid = issuesAt(path).length > 0
  const common = {
    id,
    name: path,
    className: 'input',
    value,
    maxLength,
    placeholder,
    readOnly: readOnly || locked,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(path, invalid, help !== ''),
  }
  return (
    <div className="field persona-field" data-invalid={invalid || undefined}>
      <label className="field-label" htmlFor={id}>
        {label ?? shortFieldLabel(path)}
      </label>
      <FieldHelp path={path} text={help} />
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} min={min} max={max} step={type === 'number' ? 1 : undefined} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldIssues path={path} />
    </div>
  )
}
