import { Hono } from 'hono'
import type { AppDependencies } from '../app-dependencies'
import type { AppEnv } from '../http/auth-middleware'

/** Trainer reviews of grades (overrides and confirmations) and the trainer-agreement figure. */
export function reviewRoutes(_dependencies: AppDependencies) {
  return new Hono<AppEnv>()
}
