import { FormSection } from './form-section'
import type { PersonaForm, PersonaFormUpdate } from './persona-form'
import { TextField } from './text-field'

type Scenario = PersonaForm['scenario']

/** The situation behind the call, as the customer sees it. */
export function ScenarioSection({ scenario, update }: { scenario: Scenario; update: PersonaFormUpdate }) {
  const set = <Key extends keyof Scenario>(key: Key, value: Scenario[Key]) =>
    update((current) => ({ ...current, scenario: { ...current.scenario, [key]: value } }))
  return (
    <FormSection id="persona-scenario" title="Scenario" helpPath="scenario">
      <div className="persona-field-pair">
        <TextField path="scenario.company" value={scenario.company} onChange={(value) => set('company', value)} />
        <TextField path="scenario.context" value={scenario.context} onChange={(value) => set('context', value)} />
      </div>
      <TextField path="scenario.whatWentWrong" value={scenario.whatWentWrong} multiline onChange={(value) => set('whatWentWrong', value)} />
      <TextField path="scenario.customerWants" value={scenario.customerWants} multiline onChange={(value) => set('customerWants', value)} />
    </FormSection>
  )
}
