import { useCallback, useEffect, useState } from 'react'
import type { ManagedPersona } from '../../../../src/server/personas/persona-admin-types'
import { PageHeading } from '../../layout/page-heading'
import { Link } from '../../routing/link'
import { DuplicatePersonaDialog } from './duplicate-persona-dialog'
import { ImportPersonasDialog } from './import-personas-dialog'
import { personaApi, personaBundleUrl } from './persona-api'
import { PersonaRow } from './persona-row'

/** Archived personas last; otherwise the server's order. */
const byArchived = (first: ManagedPersona, second: ManagedPersona) => Number(first.archived) - Number(second.archived)

/** Trainer: every persona (built-in, drafts, archived), import and export. */
export function PersonaList() {
  const [personas, setPersonas] = useState<ManagedPersona[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [importing, setImporting] = useState(false)
  const [duplicating, setDuplicating] = useState<ManagedPersona | null>(null)

  const load = useCallback(async () => {
    try {
      setPersonas((await personaApi.list()).personas)
      setProblem(null)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not load the personas.')
    }
  }, [])

  useEffect(() => {
    document.title = 'Personas · toughcall'
    void load()
  }, [load])

  function replace(changed: ManagedPersona) {
    setPersonas((current) => current?.map((persona) => (persona.id === changed.id ? changed : persona)) ?? current)
  }

  const sorted = personas ? [...personas].sort(byArchived) : null
  const counts = personas && {
    builtin: personas.filter((persona) => persona.builtin).length,
    own: personas.filter((persona) => !persona.builtin).length,
    drafts: personas.filter((persona) => !persona.published && !persona.archived).length,
    archived: personas.filter((persona) => persona.archived).length,
  }

  return (
    <div className="page persona-list-page">
      <PageHeading>Personas</PageHeading>
      <p className="page-intro">
        The customers trainees practise with. Write your own from a built-in one or from scratch, test-drive drafts, and publish them when they are ready. Every save
        is kept as a version.
      </p>
      <div className="persona-toolbar">
        <Link href="/personas/new" className="button button-primary">
          New persona
        </Link>
        <button type="button" className="button" onClick={() => setImporting(true)}>
          Import…
        </button>
        <span className="persona-export-links persona-export-all">
          <span>Export all</span>
          <a className="persona-download" href={personaBundleUrl('yaml')} download>
            <span className="visually-hidden">Export all personas as </span>YAML
          </a>
          <a className="persona-download" href={personaBundleUrl('json')} download>
            <span className="visually-hidden">Export all personas as </span>JSON
          </a>
        </span>
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {!sorted && !problem && (
        <p className="page-loading" role="status">
          Loading personas…
        </p>
      )}
      {sorted && counts && (
        <>
          <p className="persona-counts">
            {counts.builtin} built-in · {counts.own} written by your team ({counts.drafts} {counts.drafts === 1 ? 'draft' : 'drafts'}) · {counts.archived} archived
          </p>
          <div className="persona-table-frame">
            <table className="data-table persona-table persona-list-table">
              <caption className="visually-hidden">Personas</caption>
              <thead>
                <tr>
                  <th scope="col">Persona</th>
                  <th scope="col">Status</th>
                  <th scope="col">Versions</th>
                  <th scope="col">Last saved</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((persona) => (
                  <PersonaRow key={persona.id} persona={persona} onChanged={replace} onDuplicate={setDuplicating} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <ImportPersonasDialog open={importing} onClose={() => setImporting(false)} onImported={() => void load()} />
      <DuplicatePersonaDialog persona={duplicating} onClose={() => setDuplicating(null)} />
    </div>
  )
}
