import { FormSection } from './form-section'
import type { PersonaForm, PersonaFormUpdate } from './persona-form'
import { SelectField } from './select-field'
import { StringListField } from './string-list-field'
import { TextField } from './text-field'

type Style = PersonaForm['style']

const verbosityOptions = [
  { value: 'terse', label: 'Terse: a sentence or two' },
  { value: 'normal', label: 'Normal' },
  { value: 'rambling', label: 'Rambling: long, with tangents' },
] as const satisfies ReadonlyArray<{ value: Style['verbosity']; label: string }>

const profanityOptions = [
  { value: 'none', label: 'None' },
  { value: 'mild', label: 'Mild' },
  { value: 'strong', label: 'Strong' },
] as const satisfies ReadonlyArray<{ value: Style['profanity']; label: string }>

/** How the customer talks, and the first thing they say. */
export function StyleSection({ form, update }: { form: PersonaForm; update: PersonaFormUpdate }) {
  const { style } = form
  const set = <Key extends keyof Style>(key: Key, value: Style[Key]) => update((current) => ({ ...current, style: { ...current.style, [key]: value } }))
  return (
    <FormSection id="persona-style" title="How they talk" helpPath="style">
      <TextField path="openingLine" value={form.openingLine} multiline rows={3} onChange={(openingLine) => update((current) => ({ ...current, openingLine }))} />
      <StringListField
        path="voiceLines"
        values={form.voiceLines}
        itemLabel="Voice line"
        addLabel="Add a voice line"
        maxLength={300}
        emptyText="No voice lines: the model goes by the archetype and the quirks alone."
        onChange={(voiceLines) => update((current) => ({ ...current, voiceLines }))}
      />
      <div className="persona-field-pair">
        <SelectField path="style.verbosity" value={style.verbosity} options={verbosityOptions} onChange={(value) => set('verbosity', value)} />
        <SelectField path="style.profanity" value={style.profanity} options={profanityOptions} onChange={(value) => set('profanity', value)} />
      </div>
      <StringListField path="style.quirks" values={style.quirks} addLabel="Add a quirk" emptyText="No quirks." onChange={(values) => set('quirks', values)} />
      <TextField
        path="style.manner"
        label={form.archetype === 'custom' ? 'Manner (required for a custom archetype)' : 'Manner (optional)'}
        value={style.manner}
        multiline
        onChange={(value) => set('manner', value)}
      />
    </FormSection>
  )
}
