import { Hono } from 'hono'
import type { AppDependencies } from '../app-dependencies'
import type { AppEnv } from '../http/auth-middleware'

/** The rubric: everyone may read the current one; trainers edit it (each save a new version). */
export function rubricRoutes(_dependencies: AppDependencies) {
  return new Hono<AppEnv>()
}
