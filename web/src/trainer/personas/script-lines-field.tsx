import { FieldHelp, FieldIssues } from './field-notes'
import { fieldDomId, shortFieldLabel } from './persona-field-path'
import type { ScriptLines } from './persona-form'
import { usePersonaFormContext } from './persona-form-context'
import { StringListField } from './string-list-field'

interface ScriptLinesFieldProps {
  path: string
  value: ScriptLines
  /** The archetype's default lines, said when the persona has none of its own here. */
  defaults: readonly string[]
  /** Whether an empty list is allowed (it means "never say these"). */
  mayBeEmpty: boolean
  onChange: (value: ScriptLines) => void
}

/** One list of scripted lines: the persona's own, or the archetype's defaults (shown, and copyable to edit). */
export function ScriptLinesField({ path, value, defaults, mayBeEmpty, onChange }: ScriptLinesFieldProps) {
  const { readOnly } = usePersonaFormContext()
  if (value !== null) {
    return (
      <StringListField
        path={path}
        values={value}
        onChange={onChange}
        itemLabel="Line"
        addLabel="Add a line"
        maxLength={600}
        multiline
        emptyText={mayBeEmpty ? 'No lines: the customer never says these.' : undefined}
        actions={
          !readOnly && (
            <button type="button" className="button button-quiet button-small" onClick={() => onChange(null)}>
              Use the default lines instead
            </button>
          )
        }
      />
    )
  }
  return (
    <fieldset className="persona-list-field" id={fieldDomId(path)}>
      <legend className="field-label">{shortFieldLabel(path)}</legend>
      <FieldHelp path={path} />
      <FieldIssues path={path} />
      <details className="persona-defaults">
        <summary>
          {defaults.length === 0 ? 'Uses the archetype’s default: no lines' : `Uses the archetype’s ${defaults.length} default ${defaults.length === 1 ? 'line' : 'lines'}`}
        </summary>
        {defaults.length > 0 && (
          <ul className="persona-defaults-list">
            {defaults.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </details>
      {!readOnly && (
        <div className="persona-list-actions">
          <button type="button" className="button button-small" onClick={() => onChange(defaults.length > 0 ? [...defaults] : [''])}>
            {defaults.length > 0 ? 'Edit a copy of these lines' : 'Write own lines'}
          </button>
        </div>
      )}
    </fieldset>
  )
}
