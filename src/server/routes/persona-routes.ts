import { Hono } from 'hono'
import type { PersonaSpec } from '../../personas/persona-spec'
import type { AppDependencies } from '../app-dependencies'
import { listPersonas } from '../db/queries/persona-queries'
import { type AppEnv, requireUser } from '../http/auth-middleware'
import { personaCard } from '../practice/session-view'

export function personaRoutes(dependencies: AppDependencies) {
  return new Hono<AppEnv>().use(requireUser(dependencies)).get('/', async (context) => {
    const personas = await listPersonas<PersonaSpec>(dependencies.db)
    return context.json({ personas: personas.map(personaCard) })
  })
}
