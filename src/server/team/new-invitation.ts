import type { AppDependencies } from '../app-dependencies'
import { hashToken, newToken } from '../auth/tokens'
import type { NewInvitation } from '../db/queries/team-queries'
import type { UserRole } from '../db/queries/user-queries'
import { inviteLifetimeMs, passwordResetLifetimeMs } from './invitation-lifetimes'

/** A fresh link's row (only the token's hash) and its token, which the caller shows once and forgets. */
export function newInvitation(
  dependencies: Pick<AppDependencies, 'clock' | 'newId'>,
  input: { kind: NewInvitation['kind']; role: UserRole; email: string | null; userId: string | null; createdBy: string },
): { invitation: NewInvitation; token: string } {
  const now = dependencies.clock()
  const token = newToken()
  const lifetime = input.kind === 'invite' ? inviteLifetimeMs : passwordResetLifetimeMs
  return {
    token,
    invitation: {
      id: dependencies.newId(),
      tokenHash: hashToken(token),
      ...input,
      expiresAt: new Date(now.getTime() + lifetime),
      createdAt: now,
    },
  }
}
