import { CheckboxField } from './checkbox-field'
import { FieldHelp, FieldIssues } from './field-notes'
import { fieldDomId, shortFieldLabel } from './persona-field-path'
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

/** One hidden fact: what it is, what question it answers, and optional hints for the rules. */
export function HiddenFactFields({ index, fact, onChange, onRemove }: HiddenFactFieldsProps) {
  const { readOnly } = usePersonaFormContext()
  const path = `hiddenFacts.${index}`
  const headingId = `persona-fact-${index}-title`
  // The fields' help is the same for every fact: shown on the first, not repeated.
  const help = index === 0 ? undefined : ''
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
      <TextField path={`${path}.fact`} value={fact.fact} help={help} multiline onChange={(text) => onChange({ ...fact, fact: text })} />
      <TextField path={`${path}.answers`} value={fact.answers} help={help} multiline rows={2} maxLength={200} onChange={(answers) => onChange({ ...fact, answers })} />
      <StringListField
        path={`${path}.exampleQuestions`}
        values={fact.exampleQuestions}
        itemLabel={`Hidden fact ${index + 1} example question`}
        help={help}
        addLabel="Add an example question"
        maxLength={300}
        emptyText="No example questions yet: the rules go by what the fact answers."
        onChange={(exampleQuestions) => onChange({ ...fact, exampleQuestions })}
      />
      <TextField path={`${path}.id`} value={fact.id} help={help} maxLength={60} onChange={(id) => onChange({ ...fact, id })} />
      <div className="persona-fact-hints" id={fieldDomId(`${path}.earnedBy`)}>
        <h4 className="persona-fact-hints-title">{shortFieldLabel(`${path}.earnedBy`)} (optional)</h4>
        <FieldHelp path={`${path}.earnedBy`} text={help} />
        <FieldIssues path={`${path}.earnedBy`} />
        <StringListField
          path={`${path}.earnedBy.keywords`}
          values={fact.keywords}
          itemLabel={`Hidden fact ${index + 1} hint word`}
          help={help}
          addLabel="Add a hint word"
          emptyText="No hint words."
          compact
          onChange={(keywords) => onChange({ ...fact, keywords })}
        />
        <CheckboxField
          path={`${path}.earnedBy.requiresDirectedQuestion`}
          checked={fact.requiresDirectedQuestion}
          help={help}
          onChange={(requiresDirectedQuestion) => onChange({ ...fact, requiresDirectedQuestion })}
        />
      </div>
    </li>
  )
}
