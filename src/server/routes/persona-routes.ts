import { Hono } from 'hono'
import type { PersonaSpec } from '../../personas/persona-spec'
import type { AppDependencies } from '../app-dependencies'
import { listPersonas } from '../db/queries/persona-queries'
import { type AppEnv, requireUser } from '../http/auth-middleware'
import { personaCard } from '../practice/session-view'

export function personaRoutes(dependencies: AppDependencies) {
  return new Hono<AppEnv>().use(requireUser(dependencies)).get('/', async (context) => {
    const trainer = context.get('user').role === 'trainer'
    const personas = (await listPersonas<PersonaSpec>(dependencies.db)).filter((persona) => persona.published || trainer)
    return context.json({ personas: personas.map((persona) => ({ ...personaCard(persona), published: persona.published })) })
  })
}
