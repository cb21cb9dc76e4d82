import { Hono } from 'hono'
import type { AppDependencies } from '../app-dependencies'

export function healthRoutes(dependencies: AppDependencies) {
  return new Hono()
    .get('/healthz', (context) => context.json({ ok: true }))
    .get('/readyz', async (context) => {
      let database = true
      try {
        await dependencies.pingDatabase()
      } catch {
        database = false
      }
      const models = { persona: dependencies.llm.persona !== null, grader: dependencies.llm.grader !== null }
      // Without a model the product still works (scripted customers, rules-only grades), so only the database decides.
      const ready = database
      return context.json({ ready, database, models }, ready ? 200 : 503)
    })
}
