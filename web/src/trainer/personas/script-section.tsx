import { useEffect, useState } from 'react'
import { archetypeScripts } from '../../../../src/personas/archetype-scripts'
import { scriptReactionSignals } from '../../../../src/personas/persona-spec'
import { archetypeName } from '../../labels/archetype-name'
import { FieldHelp, FieldIssues } from './field-notes'
import { moodBands, type PersonaForm, type PersonaFormUpdate, type ScriptForm, type ScriptLines } from './persona-form'
import { ScriptLinesField } from './script-lines-field'
import { TextField } from './text-field'

interface ScriptSectionProps {
  form: PersonaForm
  update: PersonaFormUpdate
  /** Open the section when one of its fields has a problem to show. */
  hasIssues: boolean
}

function ownPartCount(form: PersonaForm): number {
  const { script } = form
  const lists: ScriptLines[] = [...moodBands.map((band) => script.bands[band]), ...scriptReactionSignals.map((signal) => script.reactions[signal])]
  lists.push(script.hangUpClosings, script.satisfiedClosings, script.fillers)
  return lists.filter((lines) => lines !== null).length + form.hiddenFacts.filter((fact) => fact.revealLine.trim() !== '').length
}

/** The optional lines for playing this customer without a model, collapsed until wanted. */
export function ScriptSection({ form, update, hasIssues }: ScriptSectionProps) {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    if (hasIssues) setOpen(true)
  }, [hasIssues])

  const defaults = archetypeScripts[form.archetype]
  const setScript = (change: (script: ScriptForm) => ScriptForm) => update((current) => ({ ...current, script: change(current.script) }))
  const own = ownPartCount(form)

  return (
    <section className="panel persona-section persona-script" id="persona-script" aria-labelledby="persona-script-title">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="persona-script-summary">
          <h2 className="persona-section-title" id="persona-script-title">
            Scripted customer lines
          </h2>
          <span className="persona-script-status">
            {own === 0 ? `Optional · uses the ${archetypeName(form.archetype).toLowerCase()} archetype’s default lines` : `Optional · own lines in ${own} ${own === 1 ? 'place' : 'places'}`}
          </span>
        </summary>
        <div className="persona-section-fields">
          <FieldHelp path="script" />
          <FieldIssues path="script" />

          <h3 className="persona-subtitle">Lines per mood band</h3>
          <FieldHelp path="script.bands" />
          {moodBands.map((band) => (
            <ScriptLinesField
              key={band}
              path={`script.bands.${band}`}
              value={form.script.bands[band]}
              defaults={defaults.bands[band]}
              mayBeEmpty={false}
              onChange={(lines) => setScript((script) => ({ ...script, bands: { ...script.bands, [band]: lines } }))}
            />
          ))}

          <h3 className="persona-subtitle">Reactions to what the agent just did</h3>
          <FieldHelp path="script.reactions" />
          {scriptReactionSignals.map((signal) => (
            <ScriptLinesField
              key={signal}
              path={`script.reactions.${signal}`}
              value={form.script.reactions[signal]}
              defaults={defaults.reactions[signal]}
              mayBeEmpty
              onChange={(lines) => setScript((script) => ({ ...script, reactions: { ...script.reactions, [signal]: lines } }))}
            />
          ))}

          <h3 className="persona-subtitle">Reveal lines</h3>
          <FieldHelp path="script.reveals" />
          {form.hiddenFacts.length === 0 ? (
            <p className="persona-list-empty">This persona has no hidden facts to reveal.</p>
          ) : (
            form.hiddenFacts.map((fact, index) => (
              <TextField
                key={index}
                path={`script.reveals.${fact.id.trim() || `fact-${index + 1}`}`}
                label={`Reveal line for hidden fact ${index + 1}${fact.id.trim() ? ` (${fact.id.trim()})` : ''}`}
                help={fact.fact.trim() ? `The fact: ${fact.fact.trim()}` : 'Leave empty to tell the fact with a short lead-in.'}
                value={fact.revealLine}
                maxLength={600}
                multiline
                rows={2}
                onChange={(revealLine) =>
                  update((current) => ({ ...current, hiddenFacts: current.hiddenFacts.map((existing, position) => (position === index ? { ...existing, revealLine } : existing)) }))
                }
              />
            ))
          )}

          <h3 className="persona-subtitle">Closings and fillers</h3>
          <ScriptLinesField
            path="script.hangUpClosings"
            value={form.script.hangUpClosings}
            defaults={defaults.hangUpClosings}
            mayBeEmpty={false}
            onChange={(lines) => setScript((script) => ({ ...script, hangUpClosings: lines }))}
          />
          <ScriptLinesField
            path="script.satisfiedClosings"
            value={form.script.satisfiedClosings}
            defaults={defaults.satisfiedClosings}
            mayBeEmpty={false}
            onChange={(lines) => setScript((script) => ({ ...script, satisfiedClosings: lines }))}
          />
          <ScriptLinesField
            path="script.fillers"
            value={form.script.fillers}
            defaults={defaults.fillers}
            mayBeEmpty
            onChange={(lines) => setScript((script) => ({ ...script, fillers: lines }))}
          />
        </div>
      </details>
    </section>
  )
}
