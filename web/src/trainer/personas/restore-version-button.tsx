import { useState } from 'react'
import { personaApi } from './persona-api'

interface RestoreVersionButtonProps {
  personaId: string
  version: number
  currentVersion: number
  /** Unsaved edits in the form would be replaced by the restored version. */
  dirty: boolean
  onRestored: (newVersion: number) => void
}

/** "Restore this version", confirmed in place: it becomes a new version, nothing is overwritten. */
export function RestoreVersionButton({ personaId, version, currentVersion, dirty, onRestored }: RestoreVersionButtonProps) {
  const [confirming, setConfirming] = useState(false)
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function restore() {
    setWorking(true)
    setProblem(null)
    try {
      const saved = await personaApi.restore(personaId, version)
      setConfirming(false)
      onRestored(saved.version)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not restore the version.')
    } finally {
      setWorking(false)
    }
  }

  if (!confirming) {
    return (
      <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
        Restore<span className="visually-hidden"> version {version}</span>
      </button>
    )
  }
  return (
    <div className="persona-restore-confirm" role="group" aria-label={`Restore version ${version}`}>
      <p>
        Save version {version} again as version {currentVersion + 1}?{dirty && ' Your unsaved edits in the form will be discarded.'}
      </p>
      <div className="persona-button-row">
        <button type="button" className="button button-primary button-small" disabled={working} onClick={() => void restore()}>
          {working ? 'Restoring…' : `Restore version ${version}`}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
