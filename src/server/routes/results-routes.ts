import { Hono } from 'hono'
import type { AppDependencies } from '../app-dependencies'
import type { AppEnv } from '../http/auth-middleware'

/** Trainer-only: the team dashboard, every trainee's calls, CSV and JSON exports. */
export function resultsRoutes(_dependencies: AppDependencies) {
  return new Hono<AppEnv>()
}
