import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'

/** The peer's address, for rate-limit keys. Behind a proxy every request shares it; the per-account key still holds. */
export function clientAddress(context: Context): string {
  try {
    return getConnInfo(context).remote.address ?? 'unknown'
  } catch {
    return 'unknown' // app.request() in tests has no socket
  }
}
