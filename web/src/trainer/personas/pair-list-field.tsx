import { useEffect, useRef, useState } from 'react'
import { FieldHelp, FieldIssues, describedBy } from './field-notes'
import { fieldDomId, fieldLabel, shortFieldLabel } from './persona-field-path'
import { usePersonaFormContext } from './persona-form-context'

/** One column of a pair list: the key of the entry it edits, its heading, and whether it may be left blank. */
interface PairColumn<Key extends string> {
  key: Key
  /** Shown above the column and read out with each input ("Account row 2: Value"). */
  heading: string
  placeholder?: string
  maxLength?: number
  /** A longer text (an option's limits): a two-line box that can grow. */
  multiline?: boolean
}

interface PairListFieldProps<Key extends string> {
  path: string
  rows: Array<Record<Key, string>>
  columns: readonly [PairColumn<Key>, PairColumn<Key>]
  onChange: (rows: Array<Record<Key, string>>) => void
  addLabel: string
  /** Shown when the list is empty. */
  emptyText?: string
}

/**
 * A list of two-part entries (label and value, an option and its limits) as rows of two inputs, each row removable,
 * with a button to add one. Each input is named by its spec path, so problems from the schema or the server land on it.
 */
export function PairListField<Key extends string>({ path, rows, columns, onChange, addLabel, emptyText }: PairListFieldProps<Key>) {
  const { issuesAt, readOnly } = usePersonaFormContext()
  const firstInputs = useRef<Array<HTMLInputElement | HTMLTextAreaElement | null>>([])
  const addButton = useRef<HTMLButtonElement>(null)
  const [focusIndex, setFocusIndex] = useState<number | null>(null)
  const listInvalid = issuesAt(path).length > 0

  useEffect(() => {
    if (focusIndex === null) return
    if (focusIndex < 0) addButton.current?.focus()
    else firstInputs.current[focusIndex]?.focus()
    setFocusIndex(null)
  }, [focusIndex])

  const entryName = (index: number) => fieldLabel(`${path}.${index}`).split(' › ').at(-1) ?? `${index + 1}`
  const blank = () => Object.fromEntries(columns.map((column) => [column.key, ''])) as Record<Key, string>

  function change(index: number, key: Key, value: string) {
    onChange(rows.map((row, position) => (position === index ? { ...row, [key]: value } : row)))
  }

  function remove(index: number) {
    onChange(rows.filter((_row, position) => position !== index))
    setFocusIndex(rows.length - 1 === 0 ? -1 : Math.min(index, rows.length - 2))
  }

  function add() {
    onChange([...rows, blank()])
    setFocusIndex(rows.length)
  }

  return (
    <fieldset className="persona-list-field" id={fieldDomId(path)} data-invalid={listInvalid || undefined} aria-describedby={describedBy(path, listInvalid)}>
      <legend className="field-label">{shortFieldLabel(path)}</legend>
      <FieldHelp path={path} />
      <FieldIssues path={path} />
      {rows.length === 0 && emptyText && <p className="persona-list-empty">{emptyText}</p>}
      {rows.length > 0 && (
        <div className="persona-pair-list">
          <div className="persona-pair-head" aria-hidden="true">
            {columns.map((column) => (
              <span key={column.key}>{column.heading}</span>
            ))}
          </div>
          <ol className="persona-pair-rows">
            {rows.map((row, index) => {
              const rowPath = `${path}.${index}`
              const rowInvalid = issuesAt(rowPath).length > 0
              return (
                <li key={index} className="persona-pair-row" data-invalid={rowInvalid || undefined}>
                  {columns.map((column, columnIndex) => {
                    const itemPath = `${rowPath}.${column.key}`
                    const invalid = issuesAt(itemPath).length > 0
                    const common = {
                      id: fieldDomId(itemPath),
                      name: itemPath,
                      className: 'input',
                      value: row[column.key],
                      placeholder: column.placeholder,
                      maxLength: column.maxLength,
                      readOnly,
                      'aria-label': `${entryName(index)}: ${column.heading}`,
                      'aria-invalid': invalid || undefined,
                      'aria-describedby': describedBy(itemPath, invalid, false),
                    }
                    const keepFirst = (element: HTMLInputElement | HTMLTextAreaElement | null) => {
                      if (columnIndex === 0) firstInputs.current[index] = element
                    }
                    return column.multiline ? (
                      <textarea key={column.key} {...common} ref={keepFirst} rows={2} onChange={(event) => change(index, column.key, event.target.value)} />
                    ) : (
                      <input key={column.key} {...common} ref={keepFirst} onChange={(event) => change(index, column.key, event.target.value)} />
                    )
                  })}
                  {!readOnly && (
                    <button type="button" className="button button-quiet button-small persona-remove" onClick={() => remove(index)}>
                      Remove<span className="visually-hidden"> {entryName(index)}</span>
                    </button>
                  )}
                  <div className="persona-pair-issues">
                    <FieldIssues path={rowPath} />
                    {columns.map((column) => (
                      <FieldIssues key={column.key} path={`${rowPath}.${column.key}`} label={column.heading} />
                    ))}
                  </div>
                </li>
              )
            })}
          </ol>
        </div>
      )}
      {!readOnly && (
        <div className="persona-list-actions">
          <button type="button" ref={addButton} className="button button-small" onClick={add}>
            + {addLabel}
          </button>
        </div>
      )}
    </fieldset>
  )
}
