import { type FormEvent, useState } from 'react'
import { ApiError } from '../../api/api-error'
import { fieldErrors } from './field-errors'
import { FreshLink } from './fresh-link'
import { type IssuedLink, teamApi, type UserRole } from './team-api'

/** Makes an invitation link for a trainee or trainer, optionally only for one email address, and shows it once. */
export function InviteForm({ onIssued }: { onIssued: () => void }) {
  const [role, setRole] = useState<UserRole>('trainee')
  const [email, setEmail] = useState('')
  const [problems, setProblems] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [working, setWorking] = useState(false)
  const [issued, setIssued] = useState<IssuedLink | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setWorking(true)
    setProblems({})
    setProblem(null)
    try {
      const trimmed = email.trim()
      setIssued(await teamApi.invite(trimmed ? { role, email: trimmed } : { role }))
      setEmail('')
      onIssued()
    } catch (error) {
      const byField = fieldErrors(error)
      if (error instanceof ApiError && error.code === 'conflict:email_taken') byField.email = error.message
      setProblems(byField)
      if (Object.keys(byField).length === 0) setProblem(error instanceof Error ? error.message : 'Could not create the invitation.')
    } finally {
      setWorking(false)
    }
  }

  return (
    <>
      <form className="team-invite-form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor="invite-role">
            Role
          </label>
          <select id="invite-role" className="input" value={role} onChange={(event) => setRole(event.target.value as UserRole)} aria-invalid={problems.role ? true : undefined} aria-describedby={problems.role ? 'invite-role-problem' : undefined}>
            <option value="trainee">Trainee: practises calls</option>
            <option value="trainer">Trainer: manages the team, personas and results</option>
          </select>
          {problems.role && (
            <p className="team-field-problem" id="invite-role-problem" role="alert">
              {problems.role}
            </p>
          )}
        </div>
        <div className="field">
          <label className="field-label" htmlFor="invite-email">
            Email <span className="team-optional">(optional)</span>
          </label>
          <input
            id="invite-email"
            className="input"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={problems.email ? true : undefined}
            aria-describedby={problems.email ? 'invite-email-hint invite-email-problem' : 'invite-email-hint'}
          />
          <p className="team-hint" id="invite-email-hint">
            Only this address will be able to use the link. Leave empty for whoever you send it to.
          </p>
          {problems.email && (
            <p className="team-field-problem" id="invite-email-problem" role="alert">
              {problems.email}
            </p>
          )}
        </div>
        <div className="team-invite-submit">
          <button type="submit" className="button button-primary" disabled={working}>
            {working ? 'Creating…' : 'Create invite link'}
          </button>
        </div>
      </form>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {issued && <FreshLink key={issued.invitation.id} issued={issued} onDone={() => setIssued(null)} />}
    </>
  )
}
