import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react'
import { maxTurnLength, turnInputSchema } from '../../../src/server/practice/practice-schemas'
import { newClientTurnId } from './new-client-turn-id'

interface ComposerProps {
  disabled: boolean
  /** Why sending is off, when it is off for longer than one reply. */
  disabledReason?: string
  /** Changing this number moves the focus into the box. */
  focusRequest?: number
  onSend: (text: string, clientTurnId: string) => void
}

/** The message box: Enter sends, Shift+Enter breaks the line; focus comes back here after every reply. */
export function Composer({ disabled, disabledReason, focusRequest = 0, onSend }: ComposerProps) {
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const box = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    // Disabling the box drops its focus; give it back once the customer has answered.
    if (!disabled && (document.activeElement === document.body || document.activeElement === null)) box.current?.focus()
  }, [disabled])

  useEffect(() => {
    if (focusRequest > 0) box.current?.focus()
  }, [focusRequest])

  function submit(event?: FormEvent) {
    event?.preventDefault()
    if (disabled) return
    const clientTurnId = newClientTurnId()
    const parsed = turnInputSchema.safeParse({ clientTurnId, text })
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'This message can’t be sent.')
      return
    }
    setProblem(null)
    setText('')
    onSend(parsed.data.text, clientTurnId)
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault()
      submit()
    }
  }

  const nearLimit = text.length > maxTurnLength - 200
  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor="composer-text" className="visually-hidden">
        Your reply to the customer
      </label>
      <textarea
        id="composer-text"
        ref={box}
        className="composer-text"
        rows={2}
        value={text}
        disabled={disabled}
        autoFocus
        placeholder={disabled ? (disabledReason ?? 'The customer is speaking…') : 'Type your reply…'}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={handleKeyDown}
        aria-describedby="composer-hint"
        aria-invalid={problem ? true : undefined}
        maxLength={maxTurnLength + 100}
      />
      <button type="submit" className="button button-primary composer-send" disabled={disabled || text.trim() === ''}>
        Send
      </button>
      <p id="composer-hint" className="composer-hint">
        {problem ? (
          <span className="composer-problem" role="alert">
            {problem}
          </span>
        ) : disabledReason && disabled ? (
          disabledReason
        ) : (
          <>
            <kbd>Enter</kbd> sends · <kbd>Shift</kbd>+<kbd>Enter</kbd> new line
          </>
        )}
        {nearLimit && (
          <span className="composer-count">
            {' '}
            · {text.length.toLocaleString()}/{maxTurnLength.toLocaleString()}
          </span>
        )}
      </p>
    </form>
  )
}
