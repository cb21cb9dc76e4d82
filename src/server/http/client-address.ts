import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'

/**
 * The client's address, for rate-limit keys, or null when unknown. Behind a reverse proxy the peer
 * is the proxy, so with `trustProxy` the left-most X-Forwarded-For entry is used instead.
 */
export function clientAddress(context: Context, { trustProxy }: { trustProxy: boolean }): string | null {
  if (trustProxy) {
    const forwarded = context.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(context).remote.address ?? null
  } catch {
    return null // app.request() in tests has no socket
  }
}
