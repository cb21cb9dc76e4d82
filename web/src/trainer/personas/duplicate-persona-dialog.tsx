import { type FormEvent, useEffect, useRef, useState } from 'react'
import type { ManagedPersona } from '../../../../src/server/personas/persona-admin-types'
import { ApiError } from '../../api/api-error'
import { navigate } from '../../routing/navigation'
import { personaApi } from './persona-api'

interface DuplicatePersonaDialogProps {
  /** The persona to copy; the dialog is open while this is set. */
  persona: Pick<ManagedPersona, 'id' | 'name'> | null
  onClose: () => void
}

type Problems = { id?: string; name?: string; form?: string }

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function checkCopy(id: string, name: string): Problems {
  const problems: Problems = {}
  if (id.length < 3 || id.length > 60) problems.id = 'Use 3 to 60 characters.'
  else if (!slugPattern.test(id)) problems.id = 'Use lowercase letters, digits and single hyphens only.'
  if (name === '') problems.name = 'Required.'
  return problems
}

function problemsFromError(error: unknown): Problems {
  if (!(error instanceof ApiError)) return { form: error instanceof Error ? error.message : 'Could not duplicate the persona.' }
  if (error.code.startsWith('conflict')) return { id: error.message }
  const issues = (error.details as { issues?: Array<{ path?: unknown; message?: string }> } | undefined)?.issues ?? []
  const problems: Problems = {}
  for (const issue of issues) {
    const field = Array.isArray(issue.path) ? String(issue.path.at(-1)) : ''
    if (field === 'id' || field === 'name') problems[field] = issue.message
  }
  return Object.keys(problems).length > 0 ? problems : { form: error.message }
}

/** Asks for the copy's id and name, makes a draft copy, and opens it in the editor. */
export function DuplicatePersonaDialog({ persona, onClose }: DuplicatePersonaDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [id, setId] = useState('')
  const [name, setName] = useState('')
  const [problems, setProblems] = useState<Problems>({})
  const [working, setWorking] = useState(false)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (persona && !element.open) {
      setId(`${persona.id}-copy`.slice(0, 60))
      setName(persona.name)
      setProblems({})
      element.showModal()
    } else if (!persona && element.open) {
      element.close()
    }
  }, [persona])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!persona) return
    const copy = { id: id.trim(), name: name.trim() }
    const found = checkCopy(copy.id, copy.name)
    setProblems(found)
    if (Object.keys(found).length > 0) return
    setWorking(true)
    try {
      const saved = await personaApi.duplicate(persona.id, copy)
      onClose()
      navigate(`/personas/${encodeURIComponent(saved.persona.id)}`)
    } catch (error) {
      setProblems(problemsFromError(error))
    } finally {
      setWorking(false)
    }
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="duplicate-persona-title" onClose={onClose}>
      <form className="dialog-body" onSubmit={submit} noValidate>
        <h2 id="duplicate-persona-title" className="dialog-title">
          Duplicate {persona?.name}
        </h2>
        <p className="dialog-text">The copy starts as a draft with every field of the current version. The original stays as it is.</p>
        <div className="field">
          <label className="field-label" htmlFor="duplicate-name">
            Customer name
          </label>
          <input
            id="duplicate-name"
            className="input"
            maxLength={80}
            value={name}
            aria-invalid={problems.name ? true : undefined}
            aria-describedby={problems.name ? 'duplicate-name-problem' : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          {problems.name && (
            <p className="persona-issues" id="duplicate-name-problem" role="alert">
              {problems.name}
            </p>
          )}
        </div>
        <div className="field">
          <label className="field-label" htmlFor="duplicate-id">
            Persona id
          </label>
          <p className="persona-help" id="duplicate-id-help">
            3 to 60 lowercase letters, digits and hyphens; it cannot change later.
          </p>
          <input
            id="duplicate-id"
            className="input"
            maxLength={60}
            value={id}
            aria-invalid={problems.id ? true : undefined}
            aria-describedby={problems.id ? 'duplicate-id-help duplicate-id-problem' : 'duplicate-id-help'}
            onChange={(event) => setId(event.target.value)}
          />
          {problems.id && (
            <p className="persona-issues" id="duplicate-id-problem" role="alert">
              {problems.id}
            </p>
          )}
        </div>
        {problems.form && (
          <p className="form-problem" role="alert">
            {problems.form}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={working}>
            {working ? 'Duplicating…' : 'Duplicate and edit'}
          </button>
        </div>
      </form>
    </dialog>
  )
}
