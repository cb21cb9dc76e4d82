import { FormSection } from './form-section'
import { PairListField } from './pair-list-field'
import type { LabelledValueForm, PersonaFormUpdate } from './persona-form'
import { StringListField } from './string-list-field'

interface CustomerKnowledgeSectionProps {
  knownDetails: LabelledValueForm[]
  unknowns: string[]
  update: PersonaFormUpdate
}

/** What the customer tells anyone who asks, and what they would not know. Hidden facts come next, on their own. */
export function CustomerKnowledgeSection({ knownDetails, unknowns, update }: CustomerKnowledgeSectionProps) {
  return (
    <FormSection id="persona-knowledge" title="What the customer knows">
      <PairListField
        path="knownDetails"
        rows={knownDetails}
        columns={[
          { key: 'label', heading: 'Label', placeholder: 'Postcode', maxLength: 60 },
          { key: 'value', heading: 'Value', placeholder: 'LS6 2QT', maxLength: 200 },
        ]}
        addLabel="Add a known detail"
        emptyText="No known details: asked for their postcode or account number, the customer will have nothing to give."
        onChange={(rows) => update((current) => ({ ...current, knownDetails: rows }))}
      />
      <StringListField
        path="unknowns"
        values={unknowns}
        itemLabel="Unknown"
        addLabel="Add something they don’t know"
        maxLength={200}
        emptyText="None listed."
        onChange={(values) => update((current) => ({ ...current, unknowns: values }))}
      />
    </FormSection>
  )
}
