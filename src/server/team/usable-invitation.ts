import { hashToken } from '../auth/tokens'
import type { Database } from '../db/database'
import { findInvitationByToken } from '../db/queries/team-queries'
import { invitationStatus, unknownInvitationError, unusableInvitationError } from './invitation-status'

/** The link behind a token if it still works; otherwise throws what is wrong with it (unknown, used, revoked, expired). */
export async function findUsableInvitation(db: Database, { token, now }: { token: string; now: Date }) {
  const found = await findInvitationByToken(db, { tokenHash: hashToken(token) })
  if (!found) throw unknownInvitationError()
  const status = invitationStatus(found.invitation, now)
  if (status !== 'pending') throw unusableInvitationError(status, found.invitation.kind)
  return found
}
