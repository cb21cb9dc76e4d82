import { timingSafeEqual } from 'node:crypto'
import { Hono } from 'hono'
import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'

/** Prometheus text format, behind `Authorization: Bearer $METRICS_TOKEN`; off (404) when no token is configured. */
export function metricsRoutes(dependencies: AppDependencies) {
  const token = dependencies.config.metricsToken
  return new Hono().get('/', (context) => {
    if (!token) throw new AppError('not_found', 'Not found.')
    const presented = Buffer.from(context.req.header('authorization')?.replace(/^Bearer\s+/i, '') ?? '')
    const expected = Buffer.from(token)
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) throw new AppError('unauthorized', 'A valid metrics token is required.')
    context.header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
    return context.body(dependencies.metrics.render({ activeStreams: dependencies.turns.size }))
  })
}
