import { Hono } from 'hono'
import type { AppDependencies } from '../app-dependencies'
import type { AppEnv } from '../http/auth-middleware'

/** Assignments: trainers create and withdraw them; trainees list their own with status. */
export function assignmentRoutes(_dependencies: AppDependencies) {
  return new Hono<AppEnv>()
}
