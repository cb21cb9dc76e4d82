import { AppError } from '../app-error'
import type { InvitationRow } from '../db/queries/team-queries'

export type InvitationStatus = 'pending' | 'used' | 'revoked' | 'expired'

/** Used wins over revoked, and revoked over expired: each says why the link no longer works. */
export function invitationStatus(invitation: Pick<InvitationRow, 'usedAt' | 'revokedAt' | 'expiresAt'>, now: Date): InvitationStatus {
  if (invitation.usedAt) return 'used'
  if (invitation.revokedAt) return 'revoked'
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired'
  return 'pending'
}

/** What the person holding a link that no longer works is told, and what to do about it. */
export function unusableInvitationError(status: Exclude<InvitationStatus, 'pending'>, kind: InvitationRow['kind']): AppError {
  const link = kind === 'invite' ? 'invitation' : 'password-reset link'
  switch (status) {
    case 'used':
      return new AppError(
        'conflict:invitation_used',
        kind === 'invite'
          ? 'This invitation has already been used. If you set up your account with it, sign in instead; otherwise ask your trainer for a new link.'
          : 'This password-reset link has already been used. Sign in with your new password, or ask a trainer for a new link.',
      )
    case 'revoked':
      return new AppError('forbidden:invitation_revoked', `This ${link} was withdrawn by a trainer. Ask your trainer for a new one.`)
    case 'expired':
      return new AppError(
        'forbidden:invitation_expired',
        `This ${link} has expired (${kind === 'invite' ? 'invitations work for 7 days' : 'reset links work for 24 hours'}). Ask your trainer for a new one.`,
      )
  }
}

export const unknownInvitationError = () =>
  new AppError('not_found:invitation', 'This link is not valid. Check that you opened the whole link, or ask your trainer for a new one.')
