import { FormSection } from './form-section'
import { OutcomeListField } from './outcome-list-field'
import type { OutcomeForm, PersonaForm, PersonaFormUpdate } from './persona-form'

interface OutcomesSectionProps {
  resolutions: OutcomeForm[]
  refusedOutcomes: OutcomeForm[]
  update: PersonaFormUpdate
}

/** What ends the call well (one of the resolutions, offered and closed), and what makes it worse. */
export function OutcomesSection({ resolutions, refusedOutcomes, update }: OutcomesSectionProps) {
  const set = (key: 'resolutions' | 'refusedOutcomes', outcomes: OutcomeForm[]) => update((current): PersonaForm => ({ ...current, [key]: outcomes }))
  return (
    <FormSection
      id="persona-outcomes"
      title="What resolves the call"
      intro={
        <p className="persona-help">
          A call ends resolved only when the agent concretely offers one of the resolutions (in any words), the customer is calm, and the agent closes the call. Until a
          resolution is on the table, good listening takes the customer only partway.
        </p>
      }
    >
      <OutcomeListField
        path="resolutions"
        outcomes={resolutions}
        itemLabel="Resolution"
        idPrefix="resolution"
        addLabel="Add a resolution"
        emptyText="No resolutions yet: add at least one, or no call can end resolved."
        onChange={(outcomes) => set('resolutions', outcomes)}
      />
      <OutcomeListField
        path="refusedOutcomes"
        outcomes={refusedOutcomes}
        itemLabel="Refused outcome"
        idPrefix="refused"
        addLabel="Add a refused outcome"
        emptyText="None listed."
        onChange={(outcomes) => set('refusedOutcomes', outcomes)}
      />
    </FormSection>
  )
}
