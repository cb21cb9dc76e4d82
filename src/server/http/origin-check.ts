import type { MiddlewareHandler } from 'hono'
import { AppError } from '../app-error'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses state-changing requests that a browser sent from another site. Browsers always send
 * Origin on POST; tools like curl send neither Origin nor Sec-Fetch-Site and are let through
 * (they carry no victim's cookie).
 */
export function originCheck({ publicUrl }: { publicUrl: string | undefined }): MiddlewareHandler {
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : undefined
  return async (context, next) => {
    if (!safeMethods.has(context.req.method)) {
      const origin = context.req.header('origin')
      const fetchSite = context.req.header('sec-fetch-site')
      if (origin !== undefined) {
        const host = context.req.header('host')
        let allowed = origin === publicOrigin
        if (!allowed && origin !== 'null') {
          try {
            allowed = new URL(origin).host === host
          } catch {
            allowed = false
          }
        }
        if (!allowed) throw new AppError('forbidden:origin', 'This request came from another site and was refused.')
      } else if (fetchSite === 'cross-site') {
        throw new AppError('forbidden:origin', 'This request came from another site and was refused.')
      }
    }
    await next()
  }
}
