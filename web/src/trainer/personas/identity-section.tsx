import { archetypes } from '../../../../src/personas/persona-spec'
import { archetypeName } from '../../labels/archetype-name'
import { FormSection } from './form-section'
import type { PersonaForm, PersonaFormUpdate } from './persona-form'
import { SelectField } from './select-field'
import { TextField } from './text-field'

interface IdentitySectionProps {
  form: PersonaForm
  update: PersonaFormUpdate
  /** A saved persona keeps its id: versions, sessions and assignments point at it. */
  idLocked: boolean
  /** While a new persona's id has not been typed, it follows the customer's name. */
  idFollowsName: boolean
  onIdTyped: () => void
  onNameTyped: (name: string) => void
}

const archetypeOptions = archetypes.map((archetype) => ({ value: archetype, label: archetypeName(archetype) }))
const difficultyOptions = [1, 2, 3, 4, 5].map((level) => ({
  value: level,
  label: `${level} – ${['gentle', 'mild', 'moderate', 'hard', 'very hard'][level - 1]}`,
}))

/** Who the customer is, and what the trainee's scenario card says. */
export function IdentitySection({ form, update, idLocked, idFollowsName, onIdTyped, onNameTyped }: IdentitySectionProps) {
  return (
    <FormSection id="persona-identity" title="The customer">
      <div className="persona-field-pair">
        <TextField path="name" value={form.name} maxLength={80} onChange={onNameTyped} />
        <TextField
          path="id"
          value={form.id}
          maxLength={60}
          locked={idLocked}
          help={
            idLocked
              ? 'A saved persona keeps its id, because its versions and past calls point at it. Duplicate it to use another id.'
              : idFollowsName
                ? 'Made from the customer’s name until you type your own. 3 to 60 lowercase letters, digits and hyphens.'
                : undefined
          }
          onChange={(id) => {
            onIdTyped()
            update((current) => ({ ...current, id }))
          }}
        />
      </div>
      <div className="persona-field-pair">
        <SelectField path="archetype" value={form.archetype} options={archetypeOptions} onChange={(archetype) => update((current) => ({ ...current, archetype }))} />
        <SelectField path="difficulty" value={form.difficulty} options={difficultyOptions} onChange={(difficulty) => update((current) => ({ ...current, difficulty }))} />
      </div>
      <TextField path="summary" value={form.summary} maxLength={200} multiline rows={2} onChange={(summary) => update((current) => ({ ...current, summary }))} />
    </FormSection>
  )
}
