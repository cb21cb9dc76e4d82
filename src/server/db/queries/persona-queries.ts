import { isDeepStrictEqual } from 'node:util'
import { and, eq, or } from 'drizzle-orm'
import type { Database } from '../database'
import { personas, personaVersions } from '../schema'
import { withDatabaseError } from './database-error'

export interface StoredPersona<Spec> {
  id: string
  version: number
  builtin: boolean
  archived: boolean
  published: boolean
  spec: Spec
}

/**
 * Puts the shipped personas in the database. A built-in whose shipped spec changed gets a new
 * version, so sessions that used the old one keep pointing at exactly what they used.
 */
export function seedBuiltinPersonas(db: Database, { specs }: { specs: { id: string }[] }) {
  return withDatabaseError('seeding built-in personas', async () => {
    for (const spec of specs) {
      await db.transaction(async (transaction) => {
        const [existing] = await transaction.select().from(personas).where(eq(personas.id, spec.id)).for('update')
        if (!existing) {
          await transaction.insert(personas).values({ id: spec.id, builtin: true, currentVersion: 1 }).onConflictDoNothing()
          await transaction.insert(personaVersions).values({ personaId: spec.id, version: 1, spec }).onConflictDoNothing()
          return
        }
        const [current] = await transaction
          .select()
          .from(personaVersions)
          .where(and(eq(personaVersions.personaId, spec.id), eq(personaVersions.version, existing.currentVersion)))
        if (current && isDeepStrictEqual(current.spec, JSON.parse(JSON.stringify(spec)))) return
        const version = existing.currentVersion + 1
        await transaction.insert(personaVersions).values({ personaId: spec.id, version, spec })
        await transaction.update(personas).set({ currentVersion: version }).where(eq(personas.id, spec.id))
      })
    }
  })
}

export function listPersonas<Spec>(db: Database, { includeArchived = false }: { includeArchived?: boolean } = {}) {
  return withDatabaseError('listing personas', async () => {
    const rows = await db
      .select({ persona: personas, spec: personaVersions.spec })
      .from(personas)
      .innerJoin(personaVersions, and(eq(personaVersions.personaId, personas.id), eq(personaVersions.version, personas.currentVersion)))
      .where(includeArchived ? undefined : eq(personas.archived, false))
      .orderBy(personas.createdAt, personas.id)
    return rows.map(({ persona, spec }) => toStored<Spec>(persona, persona.currentVersion, spec))
  })
}

/** The given version, or the current one when `version` is omitted. */
export function getPersona<Spec>(db: Database, { id, version }: { id: string; version?: number }) {
  return withDatabaseError('reading a persona', async () => {
    const [persona] = await db.select().from(personas).where(eq(personas.id, id))
    if (!persona) return null
    const wanted = version ?? persona.currentVersion
    const [row] = await db
      .select()
      .from(personaVersions)
      .where(and(eq(personaVersions.personaId, id), eq(personaVersions.version, wanted)))
    return row ? toStored<Spec>(persona, wanted, row.spec) : null
  })
}

/** Several exact persona versions at once (e.g. for a list of sessions). */
export function listPersonaVersions<Spec>(db: Database, { keys }: { keys: { id: string; version: number }[] }) {
  return withDatabaseError('reading persona versions', async () => {
    if (keys.length === 0) return []
    const rows = await db
      .select({ persona: personas, version: personaVersions.version, spec: personaVersions.spec })
      .from(personaVersions)
      .innerJoin(personas, eq(personas.id, personaVersions.personaId))
      .where(or(...keys.map((key) => and(eq(personaVersions.personaId, key.id), eq(personaVersions.version, key.version)))))
    return rows.map(({ persona, version, spec }) => toStored<Spec>(persona, version, spec))
  })
}

function toStored<Spec>(persona: typeof personas.$inferSelect, version: number, spec: unknown): StoredPersona<Spec> {
  return { id: persona.id, version, builtin: persona.builtin, archived: persona.archived, published: persona.published, spec: spec as Spec }
}
