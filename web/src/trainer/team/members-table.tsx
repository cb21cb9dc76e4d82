import { Fragment, useState } from 'react'
import { FreshLink } from './fresh-link'
import { type IssuedLink, type TeamMember, teamApi } from './team-api'
import { formatDate, roleName } from './team-labels'

/** Everyone with an account: deactivate or reactivate them, or make a password-reset link. */
export function MembersTable({ members, onChanged }: { members: TeamMember[]; onChanged: () => void }) {
  const [confirming, setConfirming] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [issued, setIssued] = useState<{ memberId: string; link: IssuedLink } | null>(null)

  async function act(member: TeamMember, action: 'deactivate' | 'reactivate' | 'reset') {
    setBusy(member.id)
    setProblem(null)
    try {
      if (action === 'reset') setIssued({ memberId: member.id, link: await teamApi.resetPassword(member.id) })
      else if (action === 'deactivate') await teamApi.deactivate(member.id)
      else await teamApi.reactivate(member.id)
      setConfirming(null)
      onChanged()
    } catch (error) {
      setProblem(`${member.name}: ${error instanceof Error ? error.message : 'that did not work.'}`)
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="team-table-frame">
        <table className="team-table">
          <caption className="visually-hidden">Team members</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col" className="team-number">
                Calls
              </th>
              <th scope="col">Last active</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <Fragment key={member.id}>
                <tr className={member.active ? undefined : 'team-row-inactive'}>
                  <th scope="row" className="team-name">
                    {member.name}
                    {member.isYou && <span className="tag">you</span>}
                  </th>
                  <td className="team-email">{member.email}</td>
                  <td>{roleName[member.role]}</td>
                  <td>
                    <span className="team-status" data-tone={member.active ? 'good' : 'none'}>
                      {member.active ? 'Active' : 'Deactivated'}
                    </span>
                  </td>
                  <td className="team-number">{member.calls}</td>
                  <td>{member.lastActiveAt ? formatDate(member.lastActiveAt) : <span className="team-muted">Never</span>}</td>
                  <td className="team-actions">
                    {confirming === member.id ? (
                      <span className="team-confirm" role="group" aria-label={`Deactivate ${member.name}?`}>
                        <span className="team-confirm-text">Deactivate? They are signed out; their calls stay.</span>
                        <button type="button" className="button button-danger button-small" disabled={busy === member.id} onClick={() => void act(member, 'deactivate')}>
                          Deactivate
                        </button>
                        <button type="button" className="button button-quiet button-small" onClick={() => setConfirming(null)}>
                          Cancel
                        </button>
                      </span>
                    ) : (
                      <>
                        {member.active && (
                          <button type="button" className="button button-small" disabled={busy === member.id} onClick={() => void act(member, 'reset')} aria-label={`Reset password for ${member.name}`}>
                            Reset password
                          </button>
                        )}
                        {member.active && !member.isYou && (
                          <button type="button" className="button button-quiet button-small" disabled={busy === member.id} onClick={() => setConfirming(member.id)} aria-label={`Deactivate ${member.name}`}>
                            Deactivate
                          </button>
                        )}
                        {!member.active && (
                          <button type="button" className="button button-small" disabled={busy === member.id} onClick={() => void act(member, 'reactivate')} aria-label={`Reactivate ${member.name}`}>
                            Reactivate
                          </button>
                        )}
                      </>
                    )}
                  </td>
                </tr>
                {issued?.memberId === member.id && (
                  <tr className="team-link-row">
                    <td colSpan={7}>
                      <FreshLink key={issued.link.invitation.id} issued={issued.link} onDone={() => setIssued(null)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
