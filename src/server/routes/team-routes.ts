import { Hono } from 'hono'
import type { AppDependencies } from '../app-dependencies'
import type { AppEnv } from '../http/auth-middleware'

/** Trainer-only: the team (accounts, invitations, password-reset links). */
export function teamRoutes(_dependencies: AppDependencies) {
  return new Hono<AppEnv>()
}
