import type { ReactNode } from 'react'

interface RubricTextFieldProps {
  /** The input's DOM id (problem links jump here). */
  id: string
  label: string
  help?: string
  issues: readonly string[]
  value: string
  onChange: (value: string) => void
  multiline?: boolean
  rows?: number
  maxLength?: number
  type?: 'text' | 'number'
  min?: number
  max?: number
  step?: string
  readOnly?: boolean
  /** Shown after the input, e.g. a weight's share of the total. */
  after?: ReactNode
}

/** One labelled input of the rubric form, with its help text and its problems announced at the field. */
export function RubricTextField({ id, label, help, issues, value, onChange, multiline, rows = 2, maxLength, type = 'text', min, max, step, readOnly, after }: RubricTextFieldProps) {
  const invalid = issues.length > 0
  const describedBy = [help ? `${id}-help` : null, invalid ? `${id}-issues` : null].filter(Boolean).join(' ') || undefined
  const common = { id, className: 'input', value, maxLength, readOnly, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy }
  return (
    <div className="field rubric-field" data-invalid={invalid || undefined}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {help && (
        <p className="rubric-help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <div className="rubric-input-row">
        {multiline ? (
          <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input {...common} type={type} min={min} max={max} step={step} inputMode={type === 'number' ? 'decimal' : undefined} onChange={(event) => onChange(event.target.value)} />
        )}
        {after}
      </div>
      {invalid && (
        <ul className="rubric-issues" id={`${id}-issues`} role="alert">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
