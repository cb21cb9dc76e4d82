import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import type { AppDependencies } from './app-dependencies'
import { AppError } from './app-error'
import { originCheck } from './http/origin-check'
import { authRoutes, meRoutes } from './routes/auth-routes'
import { healthRoutes } from './routes/health-routes'
import { metricsRoutes } from './routes/metrics-routes'
import { personaRoutes } from './routes/persona-routes'
import { sessionRoutes } from './routes/session-routes'
import { turnRoutes } from './routes/turn-routes'
import { teamRoutes } from './routes/team-routes'
import { invitationRoutes } from './routes/invitation-routes'
import { rubricRoutes } from './routes/rubric-routes'
import { assignmentRoutes } from './routes/assignment-routes'
import { resultsRoutes } from './routes/results-routes'
import { reviewRoutes } from './routes/review-routes'
import { setupPage } from './routes/setup-page'
import { webApp } from './routes/web-app'

/** Builds the whole HTTP app from its dependencies; `main.ts` serves it, tests call `app.request()`. */
export function createApp(dependencies: AppDependencies) {
  const api = new Hono()
    .use(originCheck({ publicUrl: dependencies.config.publicUrl }))
    .use(
      bodyLimit({
        maxSize: dependencies.config.bodyLimitBytes,
        onError: () => {
          throw new AppError('payload_too_large', `The request body is over ${dependencies.config.bodyLimitBytes} bytes.`)
        },
      }),
    )
    .route('/auth', authRoutes(dependencies))
    .route('/me', meRoutes(dependencies))
    .route('/personas', personaRoutes(dependencies))
    .route('/sessions', sessionRoutes(dependencies))
    .route('/turns', turnRoutes(dependencies))
    .route('/team', teamRoutes(dependencies))
    .route('/invitations', invitationRoutes(dependencies))
    .route('/rubric', rubricRoutes(dependencies))
    .route('/assignments', assignmentRoutes(dependencies))
    .route('/results', resultsRoutes(dependencies))
    .route('/reviews', reviewRoutes(dependencies))
    .notFound(() => {
      throw new AppError('not_found', 'No such API route.')
    })

  const app = new Hono()
  app.use(secureHeaders({ contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      }, }))
  app.use(async (context, next) => {
    const started = performance.now()
    await next()
    const durationMs = Math.round((performance.now() - started) * 10) / 10
    // The matched pattern (/api/sessions/:id), never the raw path: ids and tokens stay out of logs and label sets.
    const route = context.req.routePath
    dependencies.logger('info', 'request', { method: context.req.method, route, status: context.res.status, durationMs })
    dependencies.metrics.requests.add({ route, method: context.req.method, status: String(context.res.status) })
    dependencies.metrics.requestSeconds.observe({ route }, durationMs / 1000)
  })
  app.route('/', healthRoutes(dependencies))
  app.route('/metrics', metricsRoutes(dependencies))
  app.route('/api', api)
  app.route('/setup', setupPage())
  app.route('/', webApp())
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
