import type { Archetype } from '../../../../src/personas/persona-spec'
import { FormSection } from './form-section'
import { MoodRules } from './mood-rules'
import { MoodScale } from './mood-scale'
import { type MoodForm, numberFromText, type PersonaFormUpdate } from './persona-form'
import { SensitivityTable } from './sensitivity-table'
import { TextField } from './text-field'

const numberFields = [
  { key: 'start', min: 0, max: 100 },
  { key: 'calmThreshold', min: 0, max: 100 },
  { key: 'hangUpThreshold', min: 0, max: 100 },
  { key: 'patience', min: 1, max: 20 },
  { key: 'driftPerTurn', min: -10, max: 10 },
] as const satisfies ReadonlyArray<{ key: Exclude<keyof MoodForm, 'sensitivities'>; min: number; max: number }>

/** How frustrated the customer starts, what moves them, and when they calm down or hang up. */
export function MoodSection({ mood, archetype, update }: { mood: MoodForm; archetype: Archetype; update: PersonaFormUpdate }) {
  const setMood = (change: Partial<MoodForm>) => update((current) => ({ ...current, mood: { ...current.mood, ...change } }))
  return (
    <FormSection id="persona-mood" title="Mood dynamics" helpPath="mood" intro={<MoodRules />}>
      <MoodScale start={numberFromText(mood.start)} calmThreshold={numberFromText(mood.calmThreshold)} hangUpThreshold={numberFromText(mood.hangUpThreshold)} />
      <div className="persona-number-grid">
        {numberFields.map(({ key, min, max }) => (
          <TextField key={key} path={`mood.${key}`} type="number" min={min} max={max} value={mood[key]} onChange={(value) => setMood({ [key]: value })} />
        ))}
      </div>
      <SensitivityTable
        sensitivities={mood.sensitivities}
        archetype={archetype}
        onChange={(signal, value) => update((current) => ({ ...current, mood: { ...current.mood, sensitivities: { ...current.mood.sensitivities, [signal]: value } } }))}
      />
    </FormSection>
  )
}
