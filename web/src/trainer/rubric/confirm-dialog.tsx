import { type ReactNode, useEffect, useId, useRef, useState } from 'react'

interface ConfirmDialogProps {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  /** Red for changes that take something away. */
  danger?: boolean
  onCancel: () => void
  /** May be async; a thrown error is shown in the dialog, which stays open. */
  onConfirm: () => void | Promise<void>
}

/** A modal question with a cancel and a confirm button (native <dialog>: focus is trapped and Escape cancels). */
export function ConfirmDialog({ open, title, children, confirmLabel, danger, onCancel, onConfirm }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const titleId = useId()

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

  async function confirm() {
    setWorking(true)
    setProblem(null)
    try {
      await onConfirm()
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'That did not work.')
    } finally {
      setWorking(false)
    }
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onCancel={onCancel} onClose={() => open && onCancel()}>
      <div className="dialog-body">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div className="dialog-text confirm-dialog-text">{children}</div>
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={working}>
            Cancel
          </button>
          <button type="button" className={`button ${danger ? 'button-danger' : 'button-primary'}`} onClick={() => void confirm()} disabled={working}>
            {working ? 'Working…' : confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  )
}
