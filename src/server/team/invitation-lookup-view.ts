import type { InvitationRow } from '../db/queries/team-queries'
import type { UserRow } from '../db/queries/user-queries'

/** What the person holding a working link is shown before they accept it. */
export function invitationLookupView({ invitation, user }: { invitation: InvitationRow; user: UserRow | null }) {
  const reset = invitation.kind === 'password_reset'
  return {
    kind: invitation.kind,
    role: invitation.role,
    /** Resets: the account's address. Invitations: the address that must accept, or null when the invitee chooses. */
    email: reset ? (user?.email ?? null) : invitation.email,
    /** Resets: the account's name. */
    name: reset ? (user?.name ?? null) : null,
    expiresAt: invitation.expiresAt.toISOString(),
  }
}

export type InvitationLookup = ReturnType<typeof invitationLookupView>
