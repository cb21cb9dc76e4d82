import { AgentSystemSection } from './agent-system-section'
import { CustomerKnowledgeSection } from './customer-knowledge-section'
import { HangUpPolicySection } from './hang-up-policy-section'
import { HiddenFactsSection } from './hidden-facts-section'
import { IdentitySection } from './identity-section'
import { MoodSection } from './mood-section'
import { OutcomesSection } from './outcomes-section'
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

/** The form's sections, in order, for the contents list at its top. */
const sections = [
  ['persona-identity', 'The customer'],
  ['persona-scenario', 'Scenario'],
  ['persona-outcomes', 'What resolves the call'],
  ['persona-agent-system', 'The agent’s system'],
  ['persona-knowledge', 'What the customer knows'],
  ['persona-hidden-facts', 'Hidden facts'],
  ['persona-style', 'How they talk'],
  ['persona-mood', 'Mood dynamics'],
  ['persona-hang-up', 'Hang-up policy'],
  ['persona-script', 'Scripted lines'],
] as const

/** Every part of the persona spec, section by section, after a list of the sections to jump to. */
export function PersonaFormFields({ form, update, idLocked, idFollowsName, onIdTyped, onNameTyped, scriptHasIssues }: PersonaFormFieldsProps) {
  return (
    <>
      <nav className="persona-form-contents" aria-label="Form sections">
        <ol>
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <IdentitySection form={form} update={update} idLocked={idLocked} idFollowsName={idFollowsName} onIdTyped={onIdTyped} onNameTyped={onNameTyped} />
      <ScenarioSection scenario={form.scenario} update={update} />
      <OutcomesSection resolutions={form.resolutions} refusedOutcomes={form.refusedOutcomes} update={update} />
      <AgentSystemSection agentOptions={form.agentOptions} agentScreen={form.agentScreen} update={update} />
      <CustomerKnowledgeSection knownDetails={form.knownDetails} unknowns={form.unknowns} update={update} />
      <HiddenFactsSection facts={form.hiddenFacts} update={update} />
      <StyleSection form={form} update={update} />
      <MoodSection mood={form.mood} archetype={form.archetype} update={update} />
      <HangUpPolicySection policy={form.hangUpPolicy} update={update} />
      <ScriptSection form={form} update={update} hasIssues={scriptHasIssues} />
    </>
  )
}
