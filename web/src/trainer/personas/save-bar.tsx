import { useState } from 'react'

interface SaveBarProps {
  isNew: boolean
  dirty: boolean
  saving: boolean
  /** Problems known to the client right now (shown or not): saving is still allowed, so the summary lists them. */
  issueCount: number
  notice: string | null
  problem: string | null
  onSave: (note: string) => Promise<boolean>
}

/** The bottom of the form: an optional note about the change, and Save (every save is a new version). */
export function SaveBar({ isNew, dirty, saving, issueCount, notice, problem, onSave }: SaveBarProps) {
  const [note, setNote] = useState('')
  const status = saving
    ? 'Saving…'
    : issueCount > 0
      ? `${issueCount} ${issueCount === 1 ? 'problem' : 'problems'} to fix before saving`
      : dirty
        ? isNew
          ? 'Not saved yet'
          : 'Unsaved changes'
        : isNew
          ? 'Ready to save'
          : 'No unsaved changes'

  async function save() {
    if (await onSave(note.trim())) setNote('')
  }

  return (
    <div className="persona-save-bar">
      <div className="field persona-save-note">
        <label className="field-label" htmlFor="persona-change-note">
          {isNew ? 'Note (optional)' : 'What changed? (optional)'}
        </label>
        <input
          id="persona-change-note"
          className="input"
          maxLength={500}
          value={note}
          placeholder={isNew ? 'e.g. First draft for the billing team' : 'e.g. Calms more slowly; new hidden fact about the refund'}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <div className="persona-save-actions">
        <span className="persona-save-status" role="status" data-tone={issueCount > 0 ? 'bad' : dirty ? 'neutral' : undefined}>
          {status}
        </span>
        <button type="button" className="button button-primary" disabled={saving} onClick={() => void save()}>
          {saving ? 'Saving…' : isNew ? 'Save draft' : 'Save new version'}
        </button>
      </div>
      {notice && (
        <p className="persona-save-notice" role="status">
          {notice}
        </p>
      )}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
