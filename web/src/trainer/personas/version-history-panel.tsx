import { useEffect, useState } from 'react'
import type { PersonaDiffResponse, PersonaVersionSummary } from '../../../../src/server/personas/persona-admin-types'
import { formatDateTime } from './format-date-time'
import { personaApi } from './persona-api'
import { PersonaExportLinks } from './persona-export-links'
import { RestoreVersionButton } from './restore-version-button'
import { VersionDiff } from './version-diff'

interface VersionHistoryPanelProps {
  personaId: string
  name: string
  currentVersion: number
  /** Built-ins cannot be changed, so their versions cannot be restored. */
  builtin: boolean
  /** Changes whenever a new version was saved, to reload the list. */
  revision: number
  dirty: boolean
  onRestored: (newVersion: number) => void
}

type Diff = { status: 'idle' } | { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; diff: PersonaDiffResponse }

/** Every saved version (who, when, why), a diff between any two, and restoring an old one as a new version. */
export function VersionHistoryPanel({ personaId, name, currentVersion, builtin, revision, dirty, onRestored }: VersionHistoryPanelProps) {
  const [versions, setVersions] = useState<PersonaVersionSummary[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [from, setFrom] = useState<number | null>(null)
  const [to, setTo] = useState<number | null>(null)
  const [diff, setDiff] = useState<Diff>({ status: 'idle' })

  useEffect(() => {
    let current = true
    personaApi
      .versions(personaId)
      .then((answer) => {
        if (!current) return
        setVersions(answer.versions)
        setTo(answer.versions[0]?.version ?? null)
        setFrom(answer.versions[1]?.version ?? null)
      })
      .catch((error: Error) => current && setProblem(error.message))
    return () => {
      current = false
    }
  }, [personaId, revision])

  useEffect(() => {
    if (from === null || to === null || from === to) {
      setDiff({ status: 'idle' })
      return
    }
    let current = true
    setDiff({ status: 'loading' })
    personaApi
      .diff(personaId, from, to)
      .then((answer) => current && setDiff({ status: 'ready', diff: answer }))
      .catch((error: Error) => current && setDiff({ status: 'failed', message: error.message }))
    return () => {
      current = false
    }
  }, [personaId, from, to])

  return (
    <section className="panel persona-history" id="versions" aria-labelledby="versions-title" tabIndex={-1}>
      <h2 className="section-title" id="versions-title">
        Version history
      </h2>
      <p className="section-intro">Every save is a new version, and past calls keep the version they used. Pick two versions to see what changed.</p>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {!versions && !problem && (
        <p className="page-loading" role="status">
          Loading versions…
        </p>
      )}
      {versions && (
        <div className="persona-table-frame">
          <table className="data-table persona-table persona-version-table">
            <caption className="visually-hidden">Versions of {name}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Version</th>
                <th scope="col">Saved</th>
                <th scope="col">Note</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((entry) => (
                <tr key={entry.version} data-current={entry.version === currentVersion || undefined}>
                  <td>
                    <input type="radio" name="diff-from" checked={from === entry.version} aria-label={`Compare from version ${entry.version}`} onChange={() => setFrom(entry.version)} />
                  </td>
                  <td>
                    <input type="radio" name="diff-to" checked={to === entry.version} aria-label={`Compare to version ${entry.version}`} onChange={() => setTo(entry.version)} />
                  </td>
                  <th scope="row">
                    {entry.version}
                    {entry.version === currentVersion && <span className="tag">Current</span>}
                  </th>
                  <td>
                    <span className="persona-nowrap">{formatDateTime(entry.createdAt)}</span>
                    <span className="persona-muted"> by {entry.createdByName ?? 'toughcall'}</span>
                  </td>
                  <td className="persona-version-note">{entry.note ?? <span className="persona-muted">No note</span>}</td>
                  <td>
                    {/* Flex inside the cell, not on it: a flex <td> stops being a table cell and breaks the row's height and borders. */}
                    <div className="persona-row-actions">
                      {!builtin && entry.version !== currentVersion && (
                        <RestoreVersionButton personaId={personaId} version={entry.version} currentVersion={currentVersion} dirty={dirty} onRestored={onRestored} />
                      )}
                      <PersonaExportLinks personaId={personaId} name={name} version={entry.version} />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="persona-diff" aria-live="polite">
        {versions && versions.length < 2 && <p className="persona-list-empty">There is only one version so far. Save a change to compare versions.</p>}
        {versions && versions.length >= 2 && from === to && <p className="persona-list-empty">Pick two different versions to compare.</p>}
        {diff.status === 'loading' && (
          <p className="persona-muted" role="status">
            Comparing versions…
          </p>
        )}
        {diff.status === 'failed' && (
          <p className="form-problem" role="alert">
            {diff.message}
          </p>
        )}
        {diff.status === 'ready' && (
          <>
            <h3 className="persona-subtitle">
              Changes from version {diff.diff.from} to version {diff.diff.to}
            </h3>
            <VersionDiff from={diff.diff.from} to={diff.diff.to} changes={diff.diff.changes} />
          </>
        )}
      </div>
    </section>
  )
}
