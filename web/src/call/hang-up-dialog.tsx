import { type FormEvent, useEffect, useRef, useState } from 'react'
import type { TraineeEndReason } from '../../../src/personas/hang-up-policy'
import { endReasons } from '../../../src/server/practice/practice-schemas'
import type { PersonaCard } from '../api/api-types'
import { endReasonLabels } from '../labels/end-reason-labels'
import { hangUpPolicyText } from '../labels/hang-up-policy-text'

interface HangUpDialogProps {
  open: boolean
  policy: PersonaCard['hangUpPolicy']
  onCancel: () => void
  onConfirm: (reason: TraineeEndReason, note: string | undefined) => Promise<void>
}

/** Asks for confirmation and a reason before the trainee ends the call; the reason is judged against the scenario's policy. */
export function HangUpDialog({ open, policy, onCancel, onConfirm }: HangUpDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [reason, setReason] = useState<TraineeEndReason | null>(null)
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [working, setWorking] = useState(false)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      setProblem(null)
      element.showModal()
    } else if (!open && element.open) {
      element.close()
    }
  }, [open])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!reason) {
      setProblem('Choose why you are ending the call.')
      return
    }
    setWorking(true)
    setProblem(null)
    try {
      await onConfirm(reason, note.trim() || undefined)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not end the call.')
    } finally {
      setWorking(false)
    }
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="hang-up-title" onCancel={onCancel} onClose={onCancel}>
      <form onSubmit={submit} className="dialog-body">
        <h2 id="hang-up-title" className="dialog-title">
          Hang up?
        </h2>
        <p className="dialog-text">{hangUpPolicyText(policy)}</p>
        <fieldset className="reason-list">
          <legend>Why are you ending the call?</legend>
          {endReasons.map((value) => (
            <label key={value} className="reason">
              <input type="radio" name="reason" value={value} checked={reason === value} onChange={() => setReason(value)} />
              <span>
                <span className="reason-label">{endReasonLabels[value].label}</span>
                <span className="reason-hint">{endReasonLabels[value].hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field-label">Note (optional)</span>
          <textarea className="input" rows={2} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
        </label>
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Keep talking
          </button>
          <button type="submit" className="button button-danger" disabled={working}>
            {working ? 'Ending…' : 'Hang up'}
          </button>
        </div>
      </form>
    </dialog>
  )
}
