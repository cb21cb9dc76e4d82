interface RubricSaveBarProps {
  note: string
  onNoteChange: (note: string) => void
  changed: boolean
  saving: boolean
  nextVersion: number
  /** Why the last save failed; `conflict` when someone else saved first. */
  problem: { message: string; conflict: boolean } | null
  onDiscard: () => void
  /** Loads the newer version over the draft (after a conflict). */
  onReload: () => void
}

/** Stays at the bottom of the window while the rubric is edited: a note on what changed, discard, and save. */
export function RubricSaveBar({ note, onNoteChange, changed, saving, nextVersion, problem, onDiscard, onReload }: RubricSaveBarProps) {
  return (
    <div className="rubric-save-bar">
      <div className="field rubric-note">
        <label className="field-label" htmlFor="rubric-note">
          What changed (optional)
        </label>
        <input id="rubric-note" className="input" maxLength={500} value={note} placeholder="e.g. Clarify counts more for the onboarding team" onChange={(event) => onNoteChange(event.target.value)} />
      </div>
      <div className="rubric-save-actions">
        <span className="rubric-help" role="status">
          {changed ? 'Unsaved changes' : 'No unsaved changes'}
        </span>
        <button type="button" className="button" disabled={!changed || saving} onClick={onDiscard}>
          Discard changes
        </button>
        <button type="submit" className="button button-primary" disabled={!changed || saving}>
          {saving ? 'Saving…' : `Save as version ${nextVersion}`}
        </button>
      </div>
      {problem && (
        <div className="form-problem rubric-save-problem" role="alert">
          <p>{problem.message}</p>
          {problem.conflict && (
            <button type="button" className="button button-small" onClick={onReload}>
              Load the newer version (discards your edits)
            </button>
          )}
        </div>
      )}
    </div>
  )
}
