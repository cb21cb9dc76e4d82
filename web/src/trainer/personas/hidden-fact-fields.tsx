import { CheckboxField } from './checkbox-field'
import { FieldIssues } from './field-notes'
import type { HiddenFactForm } from './persona-form'
import { usePersonaFormContext } from './persona-form-context'
import { StringListField } from './string-list-field'
import { TextField } from './text-field'

interface HiddenFactFieldsProps {
  index: number
  fact: HiddenFactForm
  onChange: (fact: HiddenFactForm) => void
  onRemove: () => void
}

/** One hidden fact: what it is and what the trainee must say to earn it. */
export function HiddenFactFields({ index, fact, onChange, onRemove }: HiddenFactFieldsProps) {
  const { readOnly } = usePersonaFormContext()
  const path = `hiddenFacts.${index}`
  const headingId = `persona-fact-${index}-title`
  return (
    <li className="persona-fact" aria-labelledby={headingId}>
      <div className="persona-fact-top">
        <h3 className="persona-fact-title" id={headingId}>
          Hidden fact {index + 1}
          {fact.id.trim() && <code className="persona-fact-id">{fact.id.trim()}</code>}
        </h3>
        {!readOnly && (
          <button type="button" className="button button-quiet button-small persona-remove" onClick={onRemove}>
            Remove<span className="visually-hidden"> hidden fact {index + 1}</span>
          </button>
        )}
      </div>
      <FieldIssues path={path} />
      <TextField path={`${path}.id`} value={fact.id} maxLength={60} onChange={(id) => onChange({ ...fact, id })} />
      <TextField path={`${path}.fact`} value={fact.fact} multiline onChange={(text) => onChange({ ...fact, fact: text })} />
      <StringListField
        path={`${path}.earnedBy.keywords`}
        values={fact.keywords}
        itemLabel="Keyword"
        addLabel="Add a keyword"
        compact
        onChange={(keywords) => onChange({ ...fact, keywords })}
      />
      <CheckboxField
        path={`${path}.earnedBy.requiresDirectedQuestion`}
        checked={fact.requiresDirectedQuestion}
        onChange={(requiresDirectedQuestion) => onChange({ ...fact, requiresDirectedQuestion })}
      />
    </li>
  )
}
