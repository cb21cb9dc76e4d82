import { useEffect, useRef, useState } from 'react'
import type { IssuedLink } from './team-api'
import { formatDateTime, roleName } from './team-labels'

/**
 * A link the server shows only once, with a Copy button and what the trainer needs to know about it:
 * who it is for, that it works once, when it expires, and that toughcall does not send it for them.
 */
export function FreshLink({ issued, onDone }: { issued: IssuedLink; onDone: () => void }) {
  const { invitation, link } = issued
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)
  const reset = invitation.kind === 'password_reset'
  const id = `fresh-link-${invitation.id}`

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])

  async function copy() {
    try {
      await navigator.clipboard.writeText(link)
      setCopied('yes')
    } catch {
      // The clipboard API needs a secure context (HTTPS or localhost) and permission; selecting lets Ctrl+C do it.
      input.current?.select()
      setCopied('failed')
    }
  }

  return (
    <div className="banner team-fresh-link" data-tone="info" aria-labelledby={`${id}-title`} role="group">
      <p className="banner-title" id={`${id}-title`}>
        {reset
          ? `Password-reset link for ${invitation.user?.name ?? 'this account'}`
          : `Invitation link for ${invitation.email ?? `a new ${roleName[invitation.role].toLowerCase()}`}`}
      </p>
      <div className="team-fresh-link-row">
        <label className="visually-hidden" htmlFor={id}>
          {reset ? 'Password-reset link' : 'Invitation link'}
        </label>
        <input id={id} ref={input} className="input team-link-input" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="button button-primary" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p className="team-copy-status" role="status">
        {copied === 'yes' && 'Copied to the clipboard.'}
        {copied === 'failed' && 'Could not copy automatically: the link is selected, press Ctrl+C (⌘C on a Mac).'}
      </p>
      <p>
        {reset
          ? `It works once and expires in 24 hours (${formatDateTime(invitation.expiresAt)}). Setting a new password with it signs ${invitation.user?.name ?? 'them'} out everywhere else.`
          : `It works once and expires in 7 days (${formatDateTime(invitation.expiresAt)}).${invitation.email ? ` Only ${invitation.email} can use it.` : ' Whoever opens it first can create the account.'}`}
      </p>
      <p>
        Send it yourself (email or chat): toughcall does not send email. This is the only time the link is shown; if it gets lost, re-issue it
        from the list of links on this page.
      </p>
      <button type="button" className="button button-small" onClick={onDone}>
        Done
      </button>
    </div>
  )
}
