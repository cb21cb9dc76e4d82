import { type FormEvent, useEffect, useState } from 'react'
import type { InvitationLookup } from '../../../src/server/team/invitation-lookup-view'
import { json } from '../api/api-client'
import { ApiError } from '../api/api-error'
import type { PublicUser } from '../api/api-types'
import { Link } from '../routing/link'
import { fieldErrors } from '../trainer/team/field-errors'

type LinkState =
  | { status: 'loading' }
  | { status: 'ready'; invitation: InvitationLookup }
  | { status: 'unusable'; title: string; message: string }

/** The token from the link's fragment (`/invite#token=…`), which never reaches the server's logs. */
function readToken(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get('token')
}

/** Problems with the link itself (rather than with what was typed) replace the form. */
function unusableTitle(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null
  switch (error.code) {
    case 'not_found:invitation':
      return 'This link is not valid'
    case 'conflict:invitation_used':
      return 'This link has been used'
    case 'forbidden:invitation_expired':
      return 'This link has expired'
    case 'forbidden:invitation_revoked':
      return 'This link was withdrawn'
    case 'forbidden:account_inactive':
      return 'This account is deactivated'
    default:
      return null
  }
}

/** Public: the invitee (or a user resetting a password) sets name and password from the link's token (in the URL hash). */
export function AcceptInviteScreen({ onSignedIn }: { onSignedIn: () => void }) {
  const [token, setToken] = useState(readToken)
  const [state, setState] = useState<LinkState>(() =>
    token
      ? { status: 'loading' }
      : {
          status: 'unusable',
          title: 'This link is incomplete',
          message: 'Open the whole link from the message your trainer sent you. If this page was reloaded, open the link again.',
        },
  )

  useEffect(() => {
    document.title = 'Join toughcall'
    // Out of the address bar (and so out of history and anyone looking over a shoulder) once read.
    const clearHash = () => window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search)
    if (window.location.hash) clearHash()
    // A second link pasted into this tab changes only the fragment: no page load, so read it here.
    function takeNewLink() {
      const next = readToken()
      if (!next) return
      setToken(next)
      clearHash()
    }
    window.addEventListener('hashchange', takeNewLink)
    return () => window.removeEventListener('hashchange', takeNewLink)
  }, [])

  useEffect(() => {
    if (!token) return
    let current = true
    setState({ status: 'loading' })
    json<InvitationLookup>('/api/invitations/lookup', { body: { token } })
      .then((invitation) => current && setState({ status: 'ready', invitation }))
      .catch((error: unknown) => {
        if (!current) return
        const message = error instanceof Error ? error.message : 'Could not check this link.'
        setState({ status: 'unusable', title: unusableTitle(error) ?? 'Could not check this link', message })
      })
    return () => {
      current = false
    }
  }, [token])

  return (
    <main className="sign-in" id="main">
      <div className="sign-in-card">
        <p className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            ◖
          </span>
          toughcall
        </p>
        {state.status === 'loading' && (
          <p className="page-loading" role="status">
            Checking your link…
          </p>
        )}
        {state.status === 'unusable' && (
          <>
            <h1 className="page-title">{state.title}</h1>
            <p className="form-problem" role="alert">
              {state.message}
            </p>
            <p className="invite-aside">
              Already have an account? <Link href="/">Sign in</Link>.
            </p>
          </>
        )}
        {state.status === 'ready' && token && (
          <AcceptForm
            key={token}
            token={token}
            invitation={state.invitation}
            onSignedIn={onSignedIn}
            onUnusable={(title, message) => setState({ status: 'unusable', title, message })}
          />
        )}
      </div>
    </main>
  )
}

function AcceptForm({
  token,
  invitation,
  onSignedIn,
  onUnusable,
}: {
  token: string
  invitation: InvitationLookup
  onSignedIn: () => void
  onUnusable: (title: string, message: string) => void
}) {
  const reset = invitation.kind === 'password_reset'
  const [name, setName] = useState('')
  const [email, setEmail] = useState(invitation.email ?? '')
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [problems, setProblems] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [working, setWorking] = useState(false)
  const emailLocked = reset || invitation.email !== null

  async function submit(event: FormEvent) {
    event.preventDefault()
    setProblem(null)
    const local: Record<string, string> = {}
    if (!reset && !name.trim()) local.name = 'Enter your name.'
    if (!reset && !emailLocked && !email.trim()) local.email = 'Enter your email address.'
    if (password !== confirm) local.confirm = 'The two passwords are different.'
    setProblems(local)
    if (Object.keys(local).length > 0) return
    setWorking(true)
    try {
      const body = reset ? { token, password } : { token, name: name.trim(), password, ...(emailLocked ? {} : { email: email.trim() }) }
      await json<{ user: PublicUser }>('/api/invitations/accept', { body })
      onSignedIn()
    } catch (error) {
      setWorking(false)
      const title = unusableTitle(error)
      if (title) return onUnusable(title, (error as Error).message)
      const byField = fieldErrors(error)
      if (error instanceof ApiError && error.code === 'conflict:email_taken') byField.email = error.message
      setProblems(byField)
      if (Object.keys(byField).length === 0) setProblem(error instanceof Error ? error.message : 'Could not finish. Try again.')
    }
  }

  const describedBy = (field: string, hint?: boolean) => [hint && `accept-${field}-hint`, problems[field] && `accept-${field}-problem`].filter(Boolean).join(' ') || undefined
  const fieldProblem = (field: string) =>
    problems[field] && (
      <p className="invite-field-problem" id={`accept-${field}-problem`} role="alert">
        {problems[field]}
      </p>
    )

  return (
    <>
      <h1 className="page-title">{reset ? 'Set a new password' : `You’re invited to join as a ${invitation.role}`}</h1>
      <p className="page-intro">
        {reset
          ? `For ${invitation.name ?? 'your account'}${invitation.email ? ` (${invitation.email})` : ''}. Your other sign-ins end once it is set.`
          : invitation.role === 'trainer'
            ? 'Trainers invite the team, write personas and review calls. Choose your name and a password to start.'
            : 'Practise difficult customer calls and get feedback on every reply. Choose your name and a password to start.'}
      </p>
      <form className="form invite-form" onSubmit={submit} noValidate>
        {!reset && (
          <div className="field">
            <label className="field-label" htmlFor="accept-name">
              Your name
            </label>
            <input
              id="accept-name"
              className="input"
              autoComplete="name"
              maxLength={100}
              value={name}
              onChange={(event) => setName(event.target.value)}
              aria-invalid={problems.name ? true : undefined}
              aria-describedby={describedBy('name')}
              autoFocus
            />
            {fieldProblem('name')}
          </div>
        )}
        <div className="field">
          <label className="field-label" htmlFor="accept-email">
            Email
          </label>
          <input
            id="accept-email"
            className="input"
            type="email"
            autoComplete={reset ? 'username' : 'email'}
            value={email}
            readOnly={emailLocked}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={problems.email ? true : undefined}
            aria-describedby={describedBy('email', emailLocked)}
          />
          {emailLocked && (
            <p className="invite-hint" id="accept-email-hint">
              {reset ? 'You sign in with this address.' : 'This invitation is for this address.'}
            </p>
          )}
          {fieldProblem('email')}
        </div>
        <div className="field">
          <label className="field-label" htmlFor="accept-password">
            {reset ? 'New password' : 'Password'}
          </label>
          <input
            id="accept-password"
            className="input"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={problems.password ? true : undefined}
            aria-describedby={describedBy('password', true)}
            autoFocus={reset}
          />
          <p className="invite-hint" id="accept-password-hint">
            At least 8 characters. A few unrelated words make a strong one.
          </p>
          {fieldProblem('password')}
        </div>
        <div className="field">
          <label className="field-label" htmlFor="accept-confirm">
            Repeat the password
          </label>
          <input
            id="accept-confirm"
            className="input"
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
            aria-invalid={problems.confirm ? true : undefined}
            aria-describedby={describedBy('confirm')}
          />
          {fieldProblem('confirm')}
        </div>
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button button-primary button-wide" disabled={working}>
          {working ? 'Saving…' : reset ? 'Set password and sign in' : 'Create my account'}
        </button>
      </form>
    </>
  )
}
