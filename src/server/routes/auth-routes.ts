import { Hono } from 'hono'
import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import { loginSchema, setupSchema } from '../auth/account-schemas'
import { addUser } from '../auth/accounts'
import { decoyHash, verifyPassword } from '../auth/password'
import { hashToken, newToken } from '../auth/tokens'
import { consumeSetupToken, countUsers, createAuthSession, deleteAuthSession, findUserByEmail } from '../db/queries/user-queries'
import { type AppEnv, clearSessionCookie, readSessionToken, requireUser, setSessionCookie } from '../http/auth-middleware'
import { parseBody } from '../http/parse-body'
import { RateLimiter } from '../http/rate-limiter'
import { clientAddress } from '../http/client-address'
import { publicUser } from './public-user'

export function authRoutes(dependencies: AppDependencies) {
  const { db, clock } = dependencies
  const limit = dependencies.config.rateLimits.loginPerMinute
  const loginLimiter = new RateLimiter(db, 'login', limit, 60_000, () => clock().getTime())
  // A training room behind one NAT shares an address, so the per-address limit is ten accounts' worth.
  const addressLimiter = new RateLimiter(db, 'login-address', limit * 10, 60_000, () => clock().getTime())

  async function startSession(context: Parameters<typeof setSessionCookie>[0], userId: string) {
    const token = newToken()
    await createAuthSession(db, { tokenHash: hashToken(token), userId, expiresAt: new Date(clock().getTime() + dependencies.config.sessionTtlMs) })
    setSessionCookie(context, dependencies, token)
  }

  return new Hono<AppEnv>()
    .post('/login', async (context) => {
      const { email, password } = await parseBody(context, loginSchema)
      const address = clientAddress(context, { trustProxy: dependencies.config.trustProxy })
      const wait = Math.max(await loginLimiter.hit(email.toLowerCase()), address ? await addressLimiter.hit(address) : 0)
      if (wait > 0) throw new AppError('rate_limited', 'Too many sign-in attempts. Try again shortly.', { retryAfterSeconds: wait }, { 'retry-after': String(wait) })
      const user = await findUserByEmail(db, { email })
      const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash))
      if (!user || !valid || !user.active) throw new AppError('unauthorized:bad_credentials', 'That email and password do not match an active account.')
      await startSession(context, user.id)
      return context.json({ user: publicUser(user) })
    })
    .post('/logout', async (context) => {
      const token = readSessionToken(context, dependencies)
      if (token) await deleteAuthSession(db, { tokenHash: hashToken(token) })
      clearSessionCookie(context, dependencies)
      return context.json({ ok: true })
    })
    .get('/setup', async (context) => context.json({ needed: (await countUsers(db)) === 0 }))
    .post('/setup', async (context) => {
      const input = await parseBody(context, setupSchema)
      // Each instance that starts with no accounts prints its own link; once one made the first trainer, all are spent.
      const used = (await countUsers(db)) === 0 && (await consumeSetupToken(db, { tokenHash: hashToken(input.token), purpose: 'first_trainer', now: clock() }))
      if (!used) throw new AppError('forbidden:setup_link', 'This setup link is invalid, expired or already used.')
      const user = await addUser(dependencies, { ...input, role: 'trainer' })
      await startSession(context, user.id)
      return context.json({ user: publicUser(user) }, 201)
    })
}

export function meRoutes(dependencies: AppDependencies) {
  const models = { persona: dependencies.llm.persona !== null, grader: dependencies.llm.grader !== null }
  return new Hono<AppEnv>().get('/', requireUser(dependencies), (context) => context.json({ user: publicUser(context.get('user')), models }))
}
