import { isDeepStrictEqual } from 'node:util'
import { and, asc, desc, eq, or, sql } from 'drizzle-orm'
import { AppError } from '../../app-error'
import type { Database } from '../database'
import { personas, personaVersions, users } from '../schema'
import { isUniqueViolation, withDatabaseError } from './database-error'
import { personaSpecSchema } from '../../../personas/persona-spec'
import { upgradePersonaSpec } from '../../../personas/upgrade-persona-spec'

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0]

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
 * version, so sessions that used the old one keep pointing at exactly what they used. A trainer's
 * persona that happens to have a built-in's id is never touched: the built-in is left out instead.
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
        if (!existing.builtin) return
        const [current] = await transaction
          .select()
          .from(personaVersions)
          .where(and(eq(personaVersions.personaId, spec.id), eq(personaVersions.version, existing.currentVersion)))
        if (current && sameSpec(current.spec, spec)) return
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
  return { id: persona.id, version, builtin: persona.builtin, archived: persona.archived, published: persona.published, spec: inCurrentShape(spec) as Spec }
}

/**
 * Versions stored in an older shape are upgraded on read, and their new fields get their defaults (empty lists), so
 * every caller sees the current shape: an old call replays and an old version opens in the editor. A spec already
 * current was validated when it was saved and is returned as stored.
 */
function inCurrentShape(spec: unknown): unknown {
  const upgraded = upgradePersonaSpec(spec).spec
  if (upgraded === spec) return spec
  const parsed = personaSpecSchema.safeParse(upgraded)
  return parsed.success ? parsed.data : upgraded
}

/** Whether two specs hold the same data, whatever their key order (jsonb does not keep it). */
export function sameSpec(first: unknown, second: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(first)), JSON.parse(JSON.stringify(second)))
}

/** A persona with what the trainer's list shows beside its current spec. */
export interface ManagedPersonaRecord<Spec> extends StoredPersona<Spec> {
  duplicatedFrom: string | null
  versionCount: number
  /** When the current version was saved. */
  updatedAt: Date
}

/** Every persona (archived and drafts too), or the one with `id`, with its current spec. */
export function listManagedPersonas<Spec>(db: Database, { id }: { id?: string } = {}) {
  return withDatabaseError('listing personas to manage', async () => {
    const rows = await db
      .select({
        persona: personas,
        spec: personaVersions.spec,
        updatedAt: personaVersions.createdAt,
        versionCount: sql<number>`(select count(*) from ${personaVersions} as counted where counted.persona_id = ${personas.id})`.mapWith(Number),
      })
      .from(personas)
      .innerJoin(personaVersions, and(eq(personaVersions.personaId, personas.id), eq(personaVersions.version, personas.currentVersion)))
      .where(id === undefined ? undefined : eq(personas.id, id))
      .orderBy(desc(personas.builtin), asc(personas.createdAt), asc(personas.id))
    return rows.map(({ persona, spec, updatedAt, versionCount }): ManagedPersonaRecord<Spec> => ({
      ...toStored<Spec>(persona, persona.currentVersion, spec),
      duplicatedFrom: persona.duplicatedFrom,
      versionCount,
      updatedAt,
    }))
  })
}

/** A persona's versions, newest first, with who saved each. */
export function listPersonaHistory(db: Database, { id }: { id: string }) {
  return withDatabaseError('listing persona versions', async () => {
    return db
      .select({ version: personaVersions.version, createdAt: personaVersions.createdAt, createdByName: users.name, note: personaVersions.note })
      .from(personaVersions)
      .leftJoin(users, eq(users.id, personaVersions.createdBy))
      .where(eq(personaVersions.personaId, id))
      .orderBy(desc(personaVersions.version))
  })
}

export interface PersonaWrite {
  id: string
  action: 'created' | 'new_version' | 'unchanged'
  version: number
}

interface NewPersonaOptions {
  published?: boolean
  duplicatedFrom?: string | null
}

/** Creates a trainer's persona at version 1 (a draft unless `published`); null when the id is taken. */
export function createPersona(db: Database, input: { spec: { id: string }; createdBy: string; note: string | null } & NewPersonaOptions) {
  return withDatabaseError('creating a persona', async () => {
    try {
      return await db.transaction(async (transaction) => {
        const [existing] = await transaction.select({ id: personas.id }).from(personas).where(eq(personas.id, input.spec.id))
        if (existing) return null
        return writeSpec(transaction, input)
      })
    } catch (error) {
      // Two trainers creating the same id at once: the second loses, as if it had checked later.
      if (isUniqueViolation(error)) return null
      throw error
    }
  })
}

/**
 * Saves `spec` as the next version of an existing persona and moves `current_version` to it, unless
 * it equals the current version (`unchanged`). Null when there is no such persona.
 */
export function savePersonaVersion(db: Database, input: { spec: { id: string }; createdBy: string; note: string | null }) {
  return withDatabaseError('saving a persona version', async () =>
    db.transaction(async (transaction) => {
      const [existing] = await transaction.select({ id: personas.id }).from(personas).where(eq(personas.id, input.spec.id))
      return existing ? writeSpec(transaction, input) : null
    }),
  )
}

/** Creates or versions several personas in one transaction: all are saved, or none. */
export function savePersonaSpecs(db: Database, input: { specs: { id: string }[]; createdBy: string; note: string | null }) {
  return withDatabaseError('importing personas', async () =>
    db.transaction(async (transaction) => {
      const results: PersonaWrite[] = []
      for (const spec of input.specs) results.push(await writeSpec(transaction, { spec, createdBy: input.createdBy, note: input.note }))
      return results
    }),
  )
}

async function writeSpec(transaction: Transaction, input: { spec: { id: string }; createdBy: string; note: string | null } & NewPersonaOptions): Promise<PersonaWrite> {
  const { spec, createdBy, note } = input
  const [existing] = await transaction.select().from(personas).where(eq(personas.id, spec.id)).for('update')
  if (!existing) {
    await transaction.insert(personas).values({
      id: spec.id,
      builtin: false,
      currentVersion: 1,
      published: input.published ?? false,
      duplicatedFrom: input.duplicatedFrom ?? null,
      createdBy,
    })
    await transaction.insert(personaVersions).values({ personaId: spec.id, version: 1, spec, createdBy, note })
    return { id: spec.id, action: 'created', version: 1 }
  }
  const [current] = await transaction
    .select({ spec: personaVersions.spec })
    .from(personaVersions)
    .where(and(eq(personaVersions.personaId, spec.id), eq(personaVersions.version, existing.currentVersion)))
  if (current && sameSpec(current.spec, spec)) return { id: spec.id, action: 'unchanged', version: existing.currentVersion }
  // Built-ins stay as shipped; callers check first, this keeps a slip from changing one.
  if (existing.builtin) throw new AppError('forbidden:builtin_persona', 'Built-in personas cannot be changed; duplicate one to edit it.')
  const version = existing.currentVersion + 1
  await transaction.insert(personaVersions).values({ personaId: spec.id, version, spec, createdBy, note })
  await transaction.update(personas).set({ currentVersion: version }).where(eq(personas.id, spec.id))
  return { id: spec.id, action: 'new_version', version }
}

/** Publishes, unpublishes, archives or unarchives a persona; false when there is no such persona. */
export function setPersonaStatus(db: Database, { id, published, archived }: { id: string; published?: boolean; archived?: boolean }) {
  return withDatabaseError('changing a persona\'s status', async () => {
    const changes = { ...(published === undefined ? {} : { published }), ...(archived === undefined ? {} : { archived }) }
    if (Object.keys(changes).length === 0) {
      const [row] = await db.select({ id: personas.id }).from(personas).where(eq(personas.id, id))
      return row !== undefined
    }
    const rows = await db.update(personas).set(changes).where(eq(personas.id, id)).returning({ id: personas.id })
    return rows.length > 0
  })
}
