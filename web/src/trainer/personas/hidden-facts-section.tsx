import { FieldIssues } from './field-notes'
import { FormSection } from './form-section'
import { HiddenFactFields } from './hidden-fact-fields'
import type { HiddenFactForm, PersonaFormUpdate } from './persona-form'
import { usePersonaFormContext } from './persona-form-context'

/** A fresh fact with an id no other fact has yet. */
function newFact(facts: readonly HiddenFactForm[]): HiddenFactForm {
  const taken = new Set(facts.map((fact) => fact.id.trim()))
  let number = facts.length + 1
  while (taken.has(`fact-${number}`)) number++
  return { id: `fact-${number}`, fact: '', answers: '', exampleQuestions: [''], keywords: [], requiresDirectedQuestion: true, revealLine: '' }
}

/** The facts the trainee has to earn with the right question. */
export function HiddenFactsSection({ facts, update }: { facts: HiddenFactForm[]; update: PersonaFormUpdate }) {
  const { readOnly } = usePersonaFormContext()
  const setFacts = (change: (facts: HiddenFactForm[]) => HiddenFactForm[]) => update((current) => ({ ...current, hiddenFacts: change(current.hiddenFacts) }))
  return (
    <FormSection id="persona-hidden-facts" title="Hidden facts" helpPath="hiddenFacts">
      <FieldIssues path="hiddenFacts" />
      {facts.length === 0 ? (
        <p className="persona-list-empty">No hidden facts yet. Add the details a good agent should find out by asking the right question.</p>
      ) : (
        <ol className="persona-facts">
          {facts.map((fact, index) => (
            <HiddenFactFields
              key={index}
              index={index}
              fact={fact}
              onChange={(changed) => setFacts((current) => current.map((existing, position) => (position === index ? changed : existing)))}
              onRemove={() => setFacts((current) => current.filter((_fact, position) => position !== index))}
            />
          ))}
        </ol>
      )}
      {!readOnly && (
        <div>
          <button type="button" className="button button-small" onClick={() => setFacts((current) => [...current, newFact(current)])}>
            + Add a hidden fact
          </button>
        </div>
      )}
    </FormSection>
  )
}
