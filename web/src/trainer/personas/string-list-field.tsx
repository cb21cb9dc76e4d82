import { type ReactNode, useEffect, useRef, useState } from 'react'
import { FieldHelp, FieldIssues, describedBy } from './field-notes'
import { fieldDomId, fieldLabel, shortFieldLabel } from './persona-field-path'
import { usePersonaFormContext } from './persona-form-context'

interface StringListFieldProps {
  path: string
  values: string[]
  onChange: (values: string[]) => void
  addLabel: string
  /** What one entry is called, e.g. "Line"; defaults to the spec's name for an entry ("Acceptable resolution"). */
  itemLabel?: string
  multiline?: boolean
  maxLength?: number
  label?: string
  /** Shown instead of the spec's help text; "" for none (a list's later entries). */
  help?: string
  /** Shown when the list is empty. */
  emptyText?: string
  /** Extra controls beside the add button (e.g. "use the default lines"). */
  actions?: ReactNode
  /** Short entries (keywords) side by side instead of one per line. */
  compact?: boolean
}

/** A list field as rows: one input per entry, each removable, and a button to add one. */
export function StringListField({ path, values, onChange, addLabel, itemLabel, multiline, maxLength, label, help, emptyText, actions, compact }: StringListFieldProps) {
  const { issuesAt, readOnly } = usePersonaFormContext()
  const inputs = useRef<Array<HTMLInputElement | HTMLTextAreaElement | null>>([])
  const addButton = useRef<HTMLButtonElement>(null)
  const [focusIndex, setFocusIndex] = useState<number | null>(null)
  const listInvalid = issuesAt(path).length > 0

  useEffect(() => {
    if (focusIndex === null) return
    if (focusIndex < 0) addButton.current?.focus()
    else inputs.current[focusIndex]?.focus()
    setFocusIndex(null)
  }, [focusIndex])

  const entryName = (index: number) => (itemLabel ? `${itemLabel} ${index + 1}` : (fieldLabel(`${path}.${index}`).split(' › ').at(-1) ?? `${index + 1}`))

  function change(index: number, value: string) {
    onChange(values.map((current, position) => (position === index ? value : current)))
  }

  function remove(index: number) {
    onChange(values.filter((_value, position) => position !== index))
    setFocusIndex(values.length - 1 === 0 ? -1 : Math.min(index, values.length - 2))
  }

  function add() {
    onChange([...values, ''])
    setFocusIndex(values.length)
  }

  return (
    <fieldset className="persona-list-field" id={fieldDomId(path)} data-invalid={listInvalid || undefined} aria-describedby={describedBy(path, listInvalid, help !== '')}>
      <legend className="field-label">{label ?? shortFieldLabel(path)}</legend>
      <FieldHelp path={path} text={help} />
      <FieldIssues path={path} />
      {values.length === 0 && emptyText && <p className="persona-list-empty">{emptyText}</p>}
      {values.length > 0 && (
        <ol className="persona-list-rows" data-compact={compact || undefined}>
          {values.map((value, index) => {
            const itemPath = `${path}.${index}`
            const invalid = issuesAt(itemPath).length > 0
            const common = {
              id: fieldDomId(itemPath),
              name: itemPath,
              className: 'input',
              value,
              maxLength,
              readOnly,
              'aria-label': entryName(index),
              'aria-invalid': invalid || undefined,
              'aria-describedby': describedBy(itemPath, invalid, false),
            }
            return (
              <li key={index} className="persona-list-row" data-invalid={invalid || undefined}>
                <div className="persona-list-row-body">
                  <div className="persona-list-row-input">
                    {multiline ? (
                      <textarea
                        {...common}
                        ref={(element) => {
                          inputs.current[index] = element
                        }}
                        rows={2}
                        onChange={(event) => change(index, event.target.value)}
                      />
                    ) : (
                      <input
                        {...common}
                        ref={(element) => {
                          inputs.current[index] = element
                        }}
                        onChange={(event) => change(index, event.target.value)}
                      />
                    )}
                    <FieldIssues path={itemPath} />
                  </div>
                  {!readOnly && (
                    <button type="button" className="button button-quiet button-small persona-remove" onClick={() => remove(index)}>
                      {compact ? (
                        <>
                          <span aria-hidden="true">×</span>
                          <span className="visually-hidden">Remove {entryName(index)}</span>
                        </>
                      ) : (
                        <>
                          Remove<span className="visually-hidden"> {entryName(index)}</span>
                        </>
                      )}
                    </button>
                  )}
                </div>
              </li>
            )
          })}
        </ol>
      )}
      {(!readOnly || actions) && (
        <div className="persona-list-actions">
          {!readOnly && (
            <button type="button" ref={addButton} className="button button-small" onClick={add}>
              + {addLabel}
            </button>
          )}
          {actions}
        </div>
      )}
    </fieldset>
  )
}
