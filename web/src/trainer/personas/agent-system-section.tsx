import { FieldHelp, FieldIssues } from './field-notes'
import { FormSection } from './form-section'
import { PairListField } from './pair-list-field'
import { fieldDomId, shortFieldLabel } from './persona-field-path'
import type { AgentOptionForm, PersonaForm, PersonaFormUpdate } from './persona-form'
import { StringListField } from './string-list-field'

type AgentScreen = PersonaForm['agentScreen']

interface AgentSystemSectionProps {
  agentOptions: AgentOptionForm[]
  agentScreen: AgentScreen
  update: PersonaFormUpdate
}

/** What the trainee's system shows and allows: their brief before the call and the side panel during it. */
export function AgentSystemSection({ agentOptions, agentScreen, update }: AgentSystemSectionProps) {
  const setScreen = <Key extends keyof AgentScreen>(key: Key, value: AgentScreen[Key]) =>
    update((current) => ({ ...current, agentScreen: { ...current.agentScreen, [key]: value } }))
  return (
    <FormSection
      id="persona-agent-system"
      title="The agent’s system"
      intro={
        <p className="persona-help">
          The trainee reads this as their brief before the call and beside it during the call, as a real agent reads their screen. Never put a hidden fact here, and
          never say which option this customer will accept.
        </p>
      }
    >
      <PairListField
        path="agentOptions"
        rows={agentOptions}
        columns={[
          { key: 'label', heading: 'Option', placeholder: 'Goodwill credit', maxLength: 80 },
          { key: 'limits', heading: 'Limits (optional)', placeholder: 'Up to 50% of the disputed charges, once a year', maxLength: 300, multiline: true },
        ]}
        addLabel="Add an option"
        emptyText="No options listed: the trainee’s brief will not say what they may offer."
        onChange={(rows) => update((current) => ({ ...current, agentOptions: rows }))}
      />
      <div className="persona-subsection" id={fieldDomId('agentScreen')}>
        <h3 className="persona-subtitle">{shortFieldLabel('agentScreen')}</h3>
        <FieldHelp path="agentScreen" />
        <FieldIssues path="agentScreen" />
      </div>
      <PairListField
        path="agentScreen.account"
        rows={agentScreen.account}
        columns={[
          { key: 'label', heading: 'Label', placeholder: 'Plan', maxLength: 60 },
          { key: 'value', heading: 'Value', placeholder: 'Fibre 150, 18 months', maxLength: 200 },
        ]}
        addLabel="Add an account row"
        emptyText="No account details."
        onChange={(rows) => setScreen('account', rows)}
      />
      <StringListField
        path="agentScreen.history"
        values={agentScreen.history}
        itemLabel="History entry"
        addLabel="Add a history entry"
        maxLength={300}
        emptyText="No earlier contacts."
        onChange={(values) => setScreen('history', values)}
      />
      <StringListField
        path="agentScreen.notes"
        values={agentScreen.notes}
        itemLabel="Note"
        addLabel="Add a note"
        maxLength={300}
        emptyText="No notes."
        onChange={(values) => setScreen('notes', values)}
      />
    </FormSection>
  )
}
