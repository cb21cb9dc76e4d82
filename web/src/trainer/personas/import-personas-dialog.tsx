import { type ChangeEvent, useEffect, useRef, useState } from 'react'
import type { PersonaImportIssue, PersonaImportResult } from '../../../../src/server/personas/persona-admin-types'
import { ApiError } from '../../api/api-error'
import { ImportProblems } from './import-problems'
import { ImportResults } from './import-results'
import { personaApi } from './persona-api'

interface ImportPersonasDialogProps {
  open: boolean
  onClose: () => void
  /** Called after personas were saved, to refresh the list. */
  onImported: () => void
}

/** Persona files are a few kilobytes; anything this large is the wrong file. */
const maximumFileBytes = 1_000_000

type Step =
  | { status: 'choose' }
  | { status: 'checking'; filename: string }
  | { status: 'problems'; filename: string; issues: PersonaImportIssue[] }
  | { status: 'checked'; filename: string; content: string; results: PersonaImportResult[] }
  | { status: 'importing'; filename: string; content: string; results: PersonaImportResult[] }
  | { status: 'done'; filename: string; results: PersonaImportResult[] }

function importIssues(error: unknown): PersonaImportIssue[] {
  if (!(error instanceof ApiError) || !error.code.startsWith('validation_failed')) return []
  const issues = (error.details as { issues?: unknown } | undefined)?.issues
  return Array.isArray(issues) ? (issues as PersonaImportIssue[]) : []
}

/** Import personas from a YAML or JSON file: a dry run shows what would happen (or every problem), then confirm. */
export function ImportPersonasDialog({ open, onClose, onImported }: ImportPersonasDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [step, setStep] = useState<Step>({ status: 'choose' })
  const [problem, setProblem] = useState<string | null>(null)
  const [fileInputKey, setFileInputKey] = useState(0)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      setStep({ status: 'choose' })
      setProblem(null)
      setFileInputKey((current) => current + 1)
      element.showModal()
    } else if (!open && element.open) {
      element.close()
    }
  }, [open])

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    setProblem(null)
    if (!file) return
    if (file.size > maximumFileBytes) {
      setStep({ status: 'choose' })
      setProblem(`${file.name} is ${Math.round(file.size / 1000).toLocaleString()} KB; a persona file is at most 1,000 KB. Is it the right file?`)
      return
    }
    setStep({ status: 'checking', filename: file.name })
    let content: string
    try {
      content = await file.text()
    } catch {
      setStep({ status: 'choose' })
      setProblem(`Could not read ${file.name}.`)
      return
    }
    try {
      const answer = await personaApi.importFile({ content, filename: file.name, dryRun: true })
      setStep({ status: 'checked', filename: file.name, content, results: answer.results })
    } catch (error) {
      const issues = importIssues(error)
      if (issues.length > 0) setStep({ status: 'problems', filename: file.name, issues })
      else {
        setStep({ status: 'choose' })
        setProblem(error instanceof Error ? error.message : 'Could not check the file.')
      }
    }
  }

  async function confirm() {
    if (step.status !== 'checked') return
    setStep({ ...step, status: 'importing' })
    setProblem(null)
    try {
      const answer = await personaApi.importFile({ content: step.content, filename: step.filename, dryRun: false })
      setStep({ status: 'done', filename: step.filename, results: answer.results })
      onImported()
    } catch (error) {
      const issues = importIssues(error)
      if (issues.length > 0) setStep({ status: 'problems', filename: step.filename, issues })
      else {
        setStep({ ...step, status: 'checked' })
        setProblem(error instanceof Error ? error.message : 'Could not import the file.')
      }
    }
  }

  const changes = step.status === 'checked' || step.status === 'importing' ? step.results.filter((result) => result.action !== 'unchanged').length : 0
  const upgraded = 'results' in step ? step.results.filter((result) => (result.upgradeNotes ?? []).length > 0).length : 0
  return (
    <dialog ref={dialog} className="dialog persona-import-dialog" aria-labelledby="import-title" onClose={onClose}>
      <div className="dialog-body">
        <h2 id="import-title" className="dialog-title">
          Import personas
        </h2>
        <p className="dialog-text">
          Choose a YAML or JSON file with one persona or an exported bundle. It is checked first; nothing is saved until you confirm. A persona whose id already exists
          gets a new version; built-in ids cannot be overwritten.
        </p>
        {step.status !== 'done' && (
          <div className="field">
            <label className="field-label" htmlFor="import-file">
              Persona file
            </label>
            <input
              key={fileInputKey}
              id="import-file"
              type="file"
              accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
              disabled={step.status === 'checking' || step.status === 'importing'}
              onChange={(event) => void chooseFile(event)}
            />
          </div>
        )}
        {step.status === 'checking' && (
          <p className="persona-muted" role="status">
            <span className="spinner" aria-hidden="true" /> Checking {step.filename}…
          </p>
        )}
        {step.status === 'problems' && <ImportProblems issues={step.issues} />}
        {(step.status === 'checked' || step.status === 'importing') && (
          <div className="persona-import-check" role="status">
            <p className="banner-title">
              {step.filename} is valid.{' '}
              {changes === 0 ? 'Every persona in it is already saved as it is, so there is nothing to import.' : 'Confirm to save:'}
            </p>
            {upgraded > 0 && (
              <p className="persona-hint">
                {upgraded === 1 ? 'One persona is' : `${upgraded} personas are`} in an older shape: check what was inferred below, then fill in the new fields in the editor
                after importing.
              </p>
            )}
            <ImportResults results={step.results} done={false} />
          </div>
        )}
        {step.status === 'done' && (
          <div className="persona-import-check" role="status">
            <p className="banner-title">Imported {step.filename}.</p>
            <ImportResults results={step.results} done />
          </div>
        )}
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {step.status === 'done' ? 'Close' : 'Cancel'}
          </button>
          {(step.status === 'checked' || step.status === 'importing') && changes > 0 && (
            <button type="button" className="button button-primary" disabled={step.status === 'importing'} onClick={() => void confirm()}>
              {step.status === 'importing' ? 'Importing…' : `Import ${changes} ${changes === 1 ? 'persona' : 'personas'}`}
            </button>
          )}
        </div>
      </div>
    </dialog>
  )
}
