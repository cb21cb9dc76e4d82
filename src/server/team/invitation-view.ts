import type { InvitationListRow } from '../db/queries/team-queries'
import { invitationStatus } from './invitation-status'

/** An invitation or reset link as trainers see it: never its token (that is shown once, when made). */
export function invitationView(invitation: InvitationListRow, now: Date) {
  return {
    id: invitation.id,
    kind: invitation.kind,
    role: invitation.role,
    /** The address it is bound to (invitations only), or null for anyone with the link. */
    email: invitation.email,
    status: invitationStatus(invitation, now),
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    usedAt: invitation.usedAt?.toISOString() ?? null,
    revokedAt: invitation.revokedAt?.toISOString() ?? null,
    createdBy: { id: invitation.createdBy, name: invitation.createdByName },
    /** For a reset: whose password. For a used invitation: the account it made. */
    user: invitation.userId && invitation.userName !== null ? { id: invitation.userId, name: invitation.userName, email: invitation.userEmail ?? '' } : null,
  }
}

export type InvitationView = ReturnType<typeof invitationView>
