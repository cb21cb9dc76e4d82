import { HangUpPolicySection } from './hang-up-policy-section'
import { HiddenFactsSection } from './hidden-facts-section'
import { IdentitySection } from './identity-section'
import { MoodSection } from './mood-section'
import type { PersonaForm, PersonaFormUpdate } from './persona-form'
import { ScenarioSection } from './scenario-section'
import { ScriptSection } from './script-section'
import { StyleSection } from './style-section'

interface PersonaFormFieldsProps {
  form: PersonaForm
  update: PersonaFormUpdate
  idLocked: boolean
  idFollowsName: boolean
  onIdTyped: () => void
  onNameTyped: (name: string) => void
  scriptHasIssues: boolean
}

/** Every part of the persona spec, section by section. */
export function PersonaFormFields({ form, update, idLocked, idFollowsName, onIdTyped, onNameTyped, scriptHasIssues }: PersonaFormFieldsProps) {
  return (
    <>
      <IdentitySection form={form} update={update} idLocked={idLocked} idFollowsName={idFollowsName} onIdTyped={onIdTyped} onNameTyped={onNameTyped} />
      <ScenarioSection scenario={form.scenario} update={update} />
      <HiddenFactsSection facts={form.hiddenFacts} update={update} />
      <StyleSection form={form} update={update} />
      <MoodSection mood={form.mood} update={update} />
      <HangUpPolicySection policy={form.hangUpPolicy} update={update} />
      <ScriptSection form={form} update={update} hasIssues={scriptHasIssues} />
    </>
  )
}
