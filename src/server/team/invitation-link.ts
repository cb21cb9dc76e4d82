import type { Context } from 'hono'
import type { Config } from '../config'

/**
 * The link to send: PUBLIC_URL when set, else the address the trainer reached the server at. The
 * token goes in the fragment, which browsers never send to a server, so it stays out of access logs.
 */
export function invitationLink(context: Context, config: Pick<Config, 'publicUrl' | 'trustProxy'>, token: string): string {
  return `${linkBase(context, config)}/invite#token=${encodeURIComponent(token)}`
}

function linkBase(context: Context, { publicUrl, trustProxy }: Pick<Config, 'publicUrl' | 'trustProxy'>): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '')
  const url = new URL(context.req.url)
  if (trustProxy) {
    // Behind a TLS-terminating proxy the server itself sees plain http on an inside address.
    const protocol = context.req.header('x-forwarded-proto')?.split(',')[0]?.trim()
    const host = context.req.header('x-forwarded-host')?.split(',')[0]?.trim()
    if (protocol === 'http' || protocol === 'https') url.protocol = `${protocol}:`
    if (host) url.host = host
  }
  return url.origin
}
