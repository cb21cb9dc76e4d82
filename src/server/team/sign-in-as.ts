import type { Context } from 'hono'
import type { AppDependencies } from '../app-dependencies'
import { hashToken, newToken } from '../auth/tokens'
import { createAuthSession, deleteAuthSession } from '../db/queries/user-queries'
import { readSessionToken, setSessionCookie } from '../http/auth-middleware'

/**
 * Signs this browser in as `userId`, as `/api/auth/login` does. Whoever was signed in on it before
 * (a trainer trying the link, say) is signed out on the server too, not just in the cookie.
 */
export async function signInAs(context: Context, dependencies: AppDependencies, userId: string) {
  const previous = readSessionToken(context, dependencies)
  if (previous) await deleteAuthSession(dependencies.db, { tokenHash: hashToken(previous) })
  const token = newToken()
  await createAuthSession(dependencies.db, {
    tokenHash: hashToken(token),
    userId,
    expiresAt: new Date(dependencies.clock().getTime() + dependencies.config.sessionTtlMs),
  })
  setSessionCookie(context, dependencies, token)
}
