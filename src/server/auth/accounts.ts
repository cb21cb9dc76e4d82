import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import { countUsers, createSetupToken, createUser, findUserByEmail, type UserRole } from '../db/queries/user-queries'
import { isUniqueViolation } from '../db/queries/database-error'
import { hashPassword } from './password'
import { hashToken, newToken } from './tokens'

type AccountDependencies = Pick<AppDependencies, 'db' | 'newId'>

export async function addUser(dependencies: AccountDependencies, input: { email: string; name: string; role: UserRole; password: string }) {
  if (await findUserByEmail(dependencies.db, { email: input.email })) throw new AppError('conflict:email_taken', 'That email already has an account.')
  try {
    return await createUser(dependencies.db, {
      id: dependencies.newId(),
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict:email_taken', 'That email already has an account.')
    throw error
  }
}

/** With no users yet, makes a one-time link (valid 24 h) that creates the first trainer; null when users exist. */
export async function issueFirstTrainerLink(dependencies: Pick<AppDependencies, 'db' | 'clock'>): Promise<string | null> {
  if ((await countUsers(dependencies.db)) > 0) return null
  const token = newToken()
  await createSetupToken(dependencies.db, {
    tokenHash: hashToken(token),
    purpose: 'first_trainer',
    expiresAt: new Date(dependencies.clock().getTime() + 24 * 3_600_000),
  })
  return token
}
