import { FieldHelp, FieldIssues } from './field-notes'
import { fieldDomId, shortFieldLabel } from './persona-field-path'
import type { OutcomeForm } from './persona-form'
import { usePersonaFormContext } from './persona-form-context'
import { StringListField } from './string-list-field'
import { TextField } from './text-field'

type OutcomeList = 'resolutions' | 'refusedOutcomes'

interface OutcomeListFieldProps {
  path: OutcomeList
  outcomes: OutcomeForm[]
  onChange: (outcomes: OutcomeForm[]) => void
  /** What one entry is called: "Resolution", "Refused outcome". */
  itemLabel: string
  /** The id a new entry gets, numbered: "resolution" gives "resolution-3". */
  idPrefix: string
  addLabel: string
  emptyText: string
}

/** A fresh outcome with an id no other outcome in the list has yet. */
function newOutcome(outcomes: readonly OutcomeForm[], idPrefix: string): OutcomeForm {
  const taken = new Set(outcomes.map((outcome) => outcome.id.trim()))
  let number = outcomes.length + 1
  while (taken.has(`${idPrefix}-${number}`)) number++
  return { id: `${idPrefix}-${number}`, description: '', phrasings: [] }
}

/** The outcomes of the scenario, each with its id, its description and the ways an agent might say it. */
export function OutcomeListField({ path, outcomes, onChange, itemLabel, idPrefix, addLabel, emptyText }: OutcomeListFieldProps) {
  const { readOnly } = usePersonaFormContext()
  const headingId = `${fieldDomId(path)}-title`
  const set = (index: number, outcome: OutcomeForm) => onChange(outcomes.map((existing, position) => (position === index ? outcome : existing)))
  return (
    <div className="persona-outcomes" id={fieldDomId(path)} data-kind={path}>
      <h3 className="persona-subtitle" id={headingId}>
        {shortFieldLabel(path)}
      </h3>
      <FieldHelp path={path} />
      <FieldIssues path={path} />
      {outcomes.length === 0 ? (
        <p className="persona-list-empty">{emptyText}</p>
      ) : (
        <ol className="persona-facts" aria-labelledby={headingId}>
          {outcomes.map((outcome, index) => {
            const itemPath = `${path}.${index}`
            const titleId = `${fieldDomId(itemPath)}-title`
            // The fields' help is the same for every entry: shown on the first, not repeated.
            const help = index === 0 ? undefined : ''
            return (
              <li key={index} className="persona-fact persona-outcome" data-kind={path} aria-labelledby={titleId}>
                <div className="persona-fact-top">
                  <h4 className="persona-fact-title" id={titleId}>
                    {itemLabel} {index + 1}
                    {outcome.id.trim() && <code className="persona-fact-id">{outcome.id.trim()}</code>}
                  </h4>
                  {!readOnly && (
                    <button type="button" className="button button-quiet button-small persona-remove" onClick={() => onChange(outcomes.filter((_outcome, position) => position !== index))}>
                      Remove<span className="visually-hidden"> {itemLabel.toLowerCase()} {index + 1}</span>
                    </button>
                  )}
                </div>
                <FieldIssues path={itemPath} />
                <TextField
                  path={`${itemPath}.description`}
                  value={outcome.description}
                  help={help}
                  multiline
                  rows={2}
                  maxLength={400}
                  onChange={(description) => set(index, { ...outcome, description })}
                />
                <TextField path={`${itemPath}.id`} value={outcome.id} help={help} maxLength={60} onChange={(id) => set(index, { ...outcome, id })} />
                <StringListField
                  path={`${itemPath}.phrasings`}
                  values={outcome.phrasings}
                  itemLabel={`${itemLabel} ${index + 1} phrasing`}
                  addLabel="Add a phrasing"
                  help={help}
                  multiline
                  maxLength={300}
                  emptyText="No phrasings yet: the rules go by the description alone."
                  onChange={(phrasings) => set(index, { ...outcome, phrasings })}
                />
              </li>
            )
          })}
        </ol>
      )}
      {!readOnly && (
        <div>
          <button type="button" className="button button-small" onClick={() => onChange([...outcomes, newOutcome(outcomes, idPrefix)])}>
            + {addLabel}
          </button>
        </div>
      )}
    </div>
  )
}
