import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import { hashPassword } from '../auth/password'
import { hashToken } from '../auth/tokens'
import { acceptInvite, acceptPasswordReset } from '../db/queries/team-queries'
import { findUserByEmail, type UserRow } from '../db/queries/user-queries'
import { fieldProblem } from './field-problem'
import type { AcceptInvitationInput } from './team-schemas'
import { findUsableInvitation } from './usable-invitation'

const inactiveAccount = () => new AppError('forbidden:account_inactive', 'This account has been deactivated. Ask a trainer to reactivate it.')

/**
 * Uses an invitation (makes the account with the invited role) or a password reset (sets the new
 * password and ends the account's other sign-ins). The checks up front give each problem its own
 * message; the single-use guarantee is the conditional update in the query, which also catches a
 * second accept racing this one.
 */
export async function acceptInvitation(dependencies: Pick<AppDependencies, 'db' | 'clock' | 'newId'>, input: AcceptInvitationInput): Promise<{ kind: 'invite' | 'password_reset'; user: UserRow }> {
  const { db } = dependencies
  const { invitation, user: account } = await findUsableInvitation(db, { token: input.token, now: dependencies.clock() })
  const tokenHash = hashToken(input.token)

  if (invitation.kind === 'password_reset') {
    if (!account?.active) throw inactiveAccount()
    const passwordHash = await hashPassword(input.password)
    const result = await acceptPasswordReset(db, { tokenHash, now: dependencies.clock(), passwordHash })
    return { kind: 'password_reset', user: result?.user ?? (await raceLost(dependencies, input.token)) }
  }

  if (!input.name) throw fieldProblem('name', 'Enter your name.')
  if (invitation.email && input.email && input.email !== invitation.email) {
    throw fieldProblem('email', `This invitation is for ${invitation.email}. Use that address, or ask your trainer to invite yours.`)
  }
  const email = invitation.email ?? input.email
  if (!email) throw fieldProblem('email', 'Enter your email address.')
  if (await findUserByEmail(db, { email })) {
    throw new AppError('conflict:email_taken', 'That email already has an account. Sign in instead, or ask your trainer for a password reset.')
  }
  const passwordHash = await hashPassword(input.password)
  const result = await acceptInvite(db, { tokenHash, now: dependencies.clock(), user: { id: dependencies.newId(), email, name: input.name, passwordHash } })
  return { kind: 'invite', user: result?.user ?? (await raceLost(dependencies, input.token)) }
}

/** The link stopped working between the checks and the update (most often: the same link accepted twice at once). */
async function raceLost(dependencies: Pick<AppDependencies, 'db' | 'clock'>, token: string): Promise<never> {
  await findUsableInvitation(dependencies.db, { token, now: dependencies.clock() })
  throw new AppError('conflict:invitation_used', 'This link has just been used. Sign in instead, or ask your trainer for a new link.')
}
