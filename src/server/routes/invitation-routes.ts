import { Hono } from 'hono'
import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import type { AppEnv } from '../http/auth-middleware'
import { clientAddress } from '../http/client-address'
import { parseBody } from '../http/parse-body'
import { RateLimiter } from '../http/rate-limiter'
import { acceptInvitation } from '../team/accept-invitation'
import { acceptInvitationSchema, lookupInvitationSchema } from '../team/team-schemas'
import { findUsableInvitation } from '../team/usable-invitation'
import { invitationLookupView } from '../team/invitation-lookup-view'
import { signInAs } from '../team/sign-in-as'
import { publicUser } from './public-user'

/**
 * Public: look up and accept an invitation or password-reset link. The token travels in the body
 * (never the URL), so it stays out of logs.
 */
export function invitationRoutes(dependencies: AppDependencies) {
  const { db } = dependencies
  // Tokens are 256 bits, so guessing is hopeless; the limit is for the password hashing an accept costs.
  // A training room behind one NAT shares an address, hence ten sign-ins' worth per minute.
  const limiter = new RateLimiter(db, 'invitation-address', dependencies.config.rateLimits.loginPerMinute * 10, 60_000, () => dependencies.clock().getTime())

  async function limit(context: Parameters<typeof clientAddress>[0]) {
    const address = clientAddress(context, { trustProxy: dependencies.config.trustProxy })
    const wait = address ? await limiter.hit(address) : 0
    if (wait > 0) throw new AppError('rate_limited', 'Too many attempts from this address. Try again shortly.', { retryAfterSeconds: wait }, { 'retry-after': String(wait) })
  }

  return new Hono<AppEnv>()
    .post('/lookup', async (context) => {
      const { token } = await parseBody(context, lookupInvitationSchema)
      await limit(context)
      return context.json(invitationLookupView(await findUsableInvitation(db, { token, now: dependencies.clock() })))
    })
    .post('/accept', async (context) => {
      const input = await parseBody(context, acceptInvitationSchema)
      await limit(context)
      const { kind, user } = await acceptInvitation(dependencies, input)
      await signInAs(context, dependencies, user.id)
      dependencies.logger('info', kind === 'invite' ? 'invitation accepted' : 'password reset used', { userId: user.id, role: user.role })
      // An invitation makes an account (201); a reset changes one (200).
      return context.json({ kind, user: publicUser(user) }, kind === 'invite' ? 201 : 200)
    })
}
