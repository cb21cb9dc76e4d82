import type { HangUpPolicy } from '../../../../src/personas/persona-spec'
import { archetypeName } from '../../labels/archetype-name'
import { hangUpPolicyText } from '../../labels/hang-up-policy-text'
import { DifficultyDots } from '../../scenarios/difficulty-dots'
import { numberFromText, type PersonaForm } from './persona-form'

function previewPolicy(policy: PersonaForm['hangUpPolicy']): HangUpPolicy {
  if (policy.kind !== 'after_warnings') return { kind: policy.kind }
  const warnings = numberFromText(policy.warnings)
  return { kind: 'after_warnings', warnings: warnings !== undefined && Number.isInteger(warnings) && warnings > 0 ? warnings : 1 }
}

/** What trainees will see: the scenario card before the call, then the customer's first words. */
export function PersonaPreview({ form }: { form: PersonaForm }) {
  const name = form.name.trim() || 'Customer name'
  return (
    <aside className="persona-preview" aria-labelledby="persona-preview-title">
      <h2 className="persona-preview-title" id="persona-preview-title">
        Preview
      </h2>
      <p className="persona-preview-caption">The scenario card, as trainees see it</p>
      <article className="scenario-card persona-preview-card" data-archetype={form.archetype} aria-label={`Scenario card: ${name}`}>
        <div className="scenario-card-top">
          <span className="chip">{archetypeName(form.archetype)}</span>
          <DifficultyDots difficulty={form.difficulty} />
        </div>
        <h3 className="scenario-name" data-empty={!form.name.trim() || undefined}>
          {name}
        </h3>
        <p className="scenario-company" data-empty={!form.scenario.company.trim() || undefined}>
          {form.scenario.company.trim() || 'Company'}
        </p>
        <p className="scenario-summary" data-empty={!form.summary.trim() || undefined}>
          {form.summary.trim() || 'The one-line summary appears here.'}
        </p>
        <p className="scenario-record">{hangUpPolicyText(previewPolicy(form.hangUpPolicy))}</p>
      </article>
      <p className="persona-preview-caption">When the call connects</p>
      <ol className="persona-preview-chat" aria-label="The call’s first message">
        <li className="message message-customer">
          <div className="message-speaker">{name}</div>
          <p className="bubble bubble-customer" data-empty={!form.openingLine.trim() || undefined}>
            {form.openingLine.trim() || 'The opening line appears here.'}
          </p>
        </li>
      </ol>
    </aside>
  )
}
