import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import type { AppDependencies } from './app-dependencies'
import { AppError } from './app-error'
import { originCheck } from './http/origin-check'
import { authRoutes, meRoutes } from './routes/auth-routes'
import { healthRoutes } from './routes/health-routes'
import { personaRoutes } from './routes/persona-routes'
import { sessionRoutes } from './routes/session-routes'
import { setupPage } from './routes/setup-page'

/** Builds the whole HTTP app from its dependencies; `main.ts` serves it, tests call `app.request()`. */
export function createApp(dependencies: AppDependencies) {
  const api = new Hono()
    .use(originCheck({ publicUrl: dependencies.config.publicUrl }))
    .route('/auth', authRoutes(dependencies))
    .route('/me', meRoutes(dependencies))
    .route('/personas', personaRoutes(dependencies))
    .route('/sessions', sessionRoutes(dependencies))
    .notFound(() => {
      throw new AppError('not_found', 'No such API route.')
    })

  const app = new Hono()
  app.use(secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] } }))
  app.use(async (context, next) => {
    const started = performance.now()
    await next()
    dependencies.logger('info', 'request', {
      method: context.req.method,
      route: context.req.routePath,
      status: context.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    })
  })
  app.route('/', healthRoutes(dependencies))
  app.route('/api', api)
  app.route('/setup', setupPage())
  app.onError((error, context) => {
    if (error instanceof AppError) {
      for (const [name, value] of Object.entries(error.headers ?? {})) context.header(name, value)
      return context.json(error.toBody(), error.status)
    }
    dependencies.logger('error', 'unhandled error', { route: context.req.routePath, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
    return context.json(new AppError('internal', 'Something went wrong on the server.').toBody(), 500)
  })
  app.notFound((context) => context.json(new AppError('not_found', 'Not found.').toBody(), 404))
  return app
}

export type App = ReturnType<typeof createApp>
