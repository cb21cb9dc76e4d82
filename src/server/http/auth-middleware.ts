import type { Context, MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import { hashToken } from '../auth/tokens'
import { findSessionUser, type UserRole, type UserRow } from '../db/queries/user-queries'

export interface AuthVariables {
  user: UserRow
}
export type AppEnv = { Variables: AuthVariables }

/** `__Host-` pins the cookie to this host, path / and HTTPS (browsers treat http://localhost as secure). */
export function sessionCookieName(secure: boolean) {
  return secure ? '__Host-toughcall_session' : 'toughcall_session'
}

export function setSessionCookie(context: Context, dependencies: AppDependencies, token: string) {
  const secure = dependencies.config.cookieSecure
  setCookie(context, sessionCookieName(secure), token, {
    httpOnly: true,
    secure,
    sameSite: 'Lax',
    path: '/',
    maxAge: Math.floor(dependencies.config.sessionTtlMs / 1000),
  })
}

export function clearSessionCookie(context: Context, dependencies: AppDependencies) {
  const secure = dependencies.config.cookieSecure
  deleteCookie(context, sessionCookieName(secure), { path: '/', secure, httpOnly: true, sameSite: 'Lax' })
}

export function readSessionToken(context: Context, dependencies: AppDependencies): string | undefined {
  return getCookie(context, sessionCookieName(dependencies.config.cookieSecure))
}

/** Requires a logged-in, active user; with `roles`, one of those roles. */
export function requireUser(dependencies: AppDependencies, roles?: UserRole[]): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    const token = readSessionToken(context, dependencies)
    const user = token ? await findSessionUser(dependencies.db, { tokenHash: hashToken(token), now: dependencies.clock(), idleMs: dependencies.config.sessionIdleMs }) : null
    if (!user) throw new AppError('unauthorized', 'Please sign in.')
    if (roles && !roles.includes(user.role)) throw new AppError('forbidden', 'Your role does not allow this.')
    context.set('user', user)
    await next()
  }
}
