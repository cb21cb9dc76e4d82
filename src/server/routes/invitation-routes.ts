import { Hono } from 'hono'
import type { AppDependencies } from '../app-dependencies'
import type { AppEnv } from '../http/auth-middleware'

/** Public: look up and accept an invitation or password-reset link. */
export function invitationRoutes(_dependencies: AppDependencies) {
  return new Hono<AppEnv>()
}
