import { useEffect, useState } from 'react'
import type { ManagedPersona } from '../../../../src/server/personas/persona-admin-types'
import { api } from '../../api/api-client'
import type { CallMode, Me } from '../../api/api-types'
import { startCall } from '../../scenarios/start-call'

interface PractiseButtonsProps {
  /** The saved persona; null until the first save. */
  persona: ManagedPersona | null
  dirty: boolean
}

/** Starts a practice call with the saved draft: with the AI customer when a model is configured, and scripted. */
export function PractiseButtons({ persona, dirty }: PractiseButtonsProps) {
  const [models, setModels] = useState<Me['models'] | null>(null)
  const [starting, setStarting] = useState<CallMode | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    api
      .me()
      .then((me) => current && setModels(me.models))
      .catch(() => current && setModels({ persona: false, grader: false }))
    return () => {
      current = false
    }
  }, [])

  async function start(mode: CallMode) {
    if (!persona) return
    setStarting(mode)
    setProblem(null)
    try {
      await startCall(persona.id, mode)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not start the call.')
      setStarting(null)
    }
  }

  const blocked = persona === null ? 'Save the persona first: calls use a saved version.' : persona.archived ? 'Unarchive the persona to practise with it.' : null
  const modes: CallMode[] = models?.persona ? ['model', 'scripted'] : ['scripted']
  return (
    <div className="persona-test-block">
      <h3 className="persona-subtitle">Practise with this {persona?.published ? 'persona' : 'draft'}</h3>
      <p className="persona-help">
        Hold a real practice call as a trainee would, graded as usual.{' '}
        {persona && dirty && `The call uses the saved version ${persona.currentVersion}; your unsaved changes are not in it.`}
        {models && !models.persona && ' No model is configured for the customer, so the call is scripted.'}
      </p>
      <div className="persona-button-row">
        {modes.map((mode) => (
          <button
            key={mode}
            type="button"
            className={mode === modes[0] ? 'button button-primary' : 'button'}
            disabled={blocked !== null || starting !== null || models === null}
            aria-describedby={blocked ? 'practise-blocked' : undefined}
            onClick={() => void start(mode)}
          >
            {starting === mode ? 'Connecting…' : mode === 'model' ? 'Practise with the AI customer' : 'Practise with the scripted customer'}
          </button>
        ))}
        {blocked && (
          <span className="persona-hint" id="practise-blocked">
            {blocked}
          </span>
        )}
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
