import { FieldHelp, FieldIssues, describedBy } from './field-notes'
import { fieldDomId, shortFieldLabel } from './persona-field-path'
import { usePersonaFormContext } from './persona-form-context'

interface SelectFieldProps<Value extends string | number> {
  path: string
  value: Value
  options: ReadonlyArray<{ value: Value; label: string }>
  onChange: (value: Value) => void
  label?: string
}

/** A labelled drop-down of the persona form. */
export function SelectField<Value extends string | number>({ path, value, options, onChange, label }: SelectFieldProps<Value>) {
  const { issuesAt, readOnly } = usePersonaFormContext()
  const id = fieldDomId(path)
  const invalid = issuesAt(path).length > 0
  return (
    <div className="field persona-field" data-invalid={invalid || undefined}>
      <label className="field-label" htmlFor={id}>
        {label ?? shortFieldLabel(path)}
      </label>
      <FieldHelp path={path} />
      <select
        id={id}
        name={path}
        className="input"
        value={String(value)}
        disabled={readOnly}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(path, invalid)}
        onChange={(event) => {
          const chosen = options.find((option) => String(option.value) === event.target.value)
          if (chosen) onChange(chosen.value)
        }}
      >
        {options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldIssues path={path} />
    </div>
  )
}
