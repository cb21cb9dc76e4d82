import { Fragment, useState } from 'react'
import { FreshLink } from './fresh-link'
import { type InvitationView, type IssuedLink, teamApi } from './team-api'
import { formatDate, formatDateTime, invitationStatusLabel, invitationStatusTone, roleName } from './team-labels'

/** Invitation and password-reset links: their status, and Revoke / Re-issue. */
export function InvitationsTable({ invitations, onChanged }: { invitations: InvitationView[]; onChanged: () => void }) {
  const [showClosed, setShowClosed] = useState(false)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [issued, setIssued] = useState<IssuedLink | null>(null)

  const open = (invitation: InvitationView) => invitation.status === 'pending' || invitation.status === 'expired'
  const shown = invitations.filter((invitation) => showClosed || open(invitation) || invitation.id === issued?.invitation.id)
  const closedCount = invitations.length - invitations.filter(open).length

  async function act(invitation: InvitationView, action: 'revoke' | 'reissue') {
    setBusy(invitation.id)
    setProblem(null)
    try {
      if (action === 'revoke') await teamApi.revoke(invitation.id)
      else setIssued(await teamApi.reissue(invitation.id))
      setConfirming(null)
      onChanged()
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'That did not work.')
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      <label className="team-toggle">
        <input type="checkbox" checked={showClosed} onChange={(event) => setShowClosed(event.target.checked)} />
        Show used and revoked links ({closedCount})
      </label>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="empty">{invitations.length === 0 ? 'No invitations yet. Create one above.' : 'No open links. Every invitation has been used or revoked.'}</p>
      ) : (
        <div className="team-table-frame">
          <table className="team-table">
            <caption className="visually-hidden">Invitation and password-reset links</caption>
            <thead>
              <tr>
                <th scope="col">For</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((invitation) => (
                <Fragment key={invitation.id}>
                  <tr>
                    <th scope="row" className="team-name">
                      {invitationSubject(invitation)}
                    </th>
                    <td>{roleName[invitation.role]}</td>
                    <td>
                      <span className="team-status" data-tone={invitationStatusTone[invitation.status]}>
                        {invitationStatusLabel[invitation.status]}
                      </span>
                      <span className="team-status-detail">{statusDetail(invitation)}</span>
                    </td>
                    <td>
                      {formatDate(invitation.createdAt)}
                      <span className="team-status-detail">by {invitation.createdBy.name}</span>
                    </td>
                    <td className="team-actions">
                      {confirming === invitation.id ? (
                        <span className="team-confirm" role="group" aria-label="Revoke this link?">
                          <span className="team-confirm-text">Revoke? The link stops working.</span>
                          <button type="button" className="button button-danger button-small" disabled={busy === invitation.id} onClick={() => void act(invitation, 'revoke')}>
                            Revoke
                          </button>
                          <button type="button" className="button button-quiet button-small" onClick={() => setConfirming(null)}>
                            Cancel
                          </button>
                        </span>
                      ) : (
                        <>
                          {invitation.status !== 'used' && (
                            <button
                              type="button"
                              className="button button-small"
                              disabled={busy === invitation.id}
                              onClick={() => void act(invitation, 'reissue')}
                              aria-label={`Re-issue the link for ${invitationSubject(invitation)}`}
                            >
                              Re-issue
                            </button>
                          )}
                          {invitation.status === 'pending' && (
                            <button
                              type="button"
                              className="button button-quiet button-small"
                              disabled={busy === invitation.id}
                              onClick={() => setConfirming(invitation.id)}
                              aria-label={`Revoke the link for ${invitationSubject(invitation)}`}
                            >
                              Revoke
                            </button>
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                  {issued?.invitation.id === invitation.id && (
                    <tr className="team-link-row">
                      <td colSpan={5}>
                        <FreshLink key={issued.invitation.id} issued={issued} onDone={() => setIssued(null)} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

function invitationSubject(invitation: InvitationView): string {
  if (invitation.kind === 'password_reset') return `Password reset: ${invitation.user?.name ?? 'unknown account'}`
  return invitation.email ?? 'Anyone with the link'
}

function statusDetail(invitation: InvitationView): string {
  switch (invitation.status) {
    case 'pending':
      return `until ${formatDateTime(invitation.expiresAt)}`
    case 'expired':
      return `on ${formatDateTime(invitation.expiresAt)}`
    case 'revoked':
      return invitation.revokedAt ? `on ${formatDateTime(invitation.revokedAt)}` : ''
    case 'used':
      return [invitation.usedAt && `on ${formatDateTime(invitation.usedAt)}`, invitation.kind === 'invite' && invitation.user && `by ${invitation.user.name}`].filter(Boolean).join(' ')
  }
}
