import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono, type MiddlewareHandler } from 'hono'
import { AppError } from '../app-error'
import { projectRoot } from '../project-root'

/** Where `vite build` puts the trainee app. */
export const webDistDirectory = join(projectRoot, 'web', 'dist')

/** Vite names built assets by content hash, so a browser may keep them for good. */
const immutable = 'public, max-age=31536000, immutable'

/**
 * Serves the built trainee app: files from `web/dist`, and `index.html` for any other page path so
 * client-side routes (`/call/…`, `/history`) survive a reload. Mounted last: `/api/*` never falls back
 * to the page, and a path that looks like a file (it has an extension) answers 404 rather than HTML.
 */
export function webApp({ distDirectory = webDistDirectory }: { distDirectory?: string } = {}) {
  // Built on first use, so a server started before `vite build` finished still serves the app afterwards.
  let site: Hono | null = null

  return new Hono().all('*', async (context) => {
    const path = context.req.path
    if (path === '/api' || path.startsWith('/api/')) throw new AppError('not_found', 'No such API route.')
    if (!site) {
      if (!existsSync(join(distDirectory, 'index.html'))) {
        return context.text('The web app is not built yet. Run `npm run build:web`, or `npm start`, which builds it when needed.', 503, {
          'cache-control': 'no-store',
        })
      }
      site = staticSite(distDirectory)
    }
    return site.fetch(context.req.raw)
  })
}

function staticSite(root: string) {
  return new Hono()
    .use('/assets/*', cacheFor(immutable), serveStatic({ root }))
    .use('*', cacheFor('no-cache'), serveStatic({ root }))
    .get('*', async (context, next) => {
      if (/\.[a-z0-9]+$/i.test(context.req.path)) return context.text('Not found.', 404)
      await next()
    })
    .get('*', serveStatic({ root, path: 'index.html' }))
    .all('*', (context) => context.text('Not found.', 404))
}

/** Sets cache-control on the file the next handler serves (set afterwards, so a 404 never gets cached for a year). */
function cacheFor(value: string): MiddlewareHandler {
  return async (context, next) => {
    await next()
    if (context.res.ok) context.res.headers.set('cache-control', value)
  }
}
