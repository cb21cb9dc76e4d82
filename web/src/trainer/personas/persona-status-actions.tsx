import { useState } from 'react'
import type { ManagedPersona } from '../../../../src/server/personas/persona-admin-types'
import { personaApi } from './persona-api'

interface PersonaStatusActionsProps {
  persona: ManagedPersona
  onChanged: (persona: ManagedPersona) => void
  /** Smaller buttons for table rows. */
  compact?: boolean
}

/** Publish or unpublish (trainer personas only) and archive or unarchive, with the outcome reported in place. */
export function PersonaStatusActions({ persona, onChanged, compact }: PersonaStatusActionsProps) {
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const size = compact ? ' button-small' : ''

  async function change(status: { published?: boolean; archived?: boolean }) {
    setWorking(true)
    setProblem(null)
    try {
      onChanged((await personaApi.setStatus(persona.id, status)).persona)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not change the persona.')
    } finally {
      setWorking(false)
    }
  }

  return (
    <>
      {!persona.builtin &&
        (persona.published ? (
          <button type="button" className={`button${size}`} disabled={working} onClick={() => void change({ published: false })}>
            Unpublish<span className="visually-hidden"> {persona.name}</span>
          </button>
        ) : (
          <button
            type="button"
            className={`button${size}${compact ? '' : ' button-primary'}`}
            disabled={working || persona.archived}
            title={persona.archived ? 'Unarchive it first' : undefined}
            onClick={() => void change({ published: true })}
          >
            Publish<span className="visually-hidden"> {persona.name}</span>
          </button>
        ))}
      <button type="button" className={`button${size}`} disabled={working} onClick={() => void change({ archived: !persona.archived })}>
        {persona.archived ? 'Unarchive' : 'Archive'}
        <span className="visually-hidden"> {persona.name}</span>
      </button>
      {problem && (
        <p className="form-problem persona-action-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  )
}
