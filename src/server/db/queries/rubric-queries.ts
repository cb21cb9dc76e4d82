import { desc, eq } from 'drizzle-orm'
import type { Rubric } from '../../../grader/rubric'
import type { Database } from '../database'
import { rubricVersions, users } from '../schema'
import { isUniqueViolation, withDatabaseError } from './database-error'

export interface StoredRubric {
  version: number
  rubric: Rubric
  createdBy: string | null
  note: string | null
  createdAt: Date
}

/** A stored version with the name of the trainer who saved it (null for the shipped one or a deleted account). */
export type AuthoredRubric = StoredRubric & { createdByName: string | null }

/** Puts the shipped rubric in as version 1 when the database has none yet. */
export function seedDefaultRubric(db: Database, { rubric }: { rubric: Rubric }) {
  return withDatabaseError('seeding the default rubric', async () => {
    await db.insert(rubricVersions).values({ version: 1, rubric, note: 'The shipped rubric' }).onConflictDoNothing()
  })
}

/** The rubric new calls are graded under: the highest version. */
export function getCurrentRubric(db: Database) {
  return withDatabaseError('reading the rubric', async () => {
    const [row] = await db.select().from(rubricVersions).orderBy(desc(rubricVersions.version)).limit(1)
    return row ? toStored(row) : null
  })
}

export function getRubricVersion(db: Database, { version }: { version: number }) {
  return withDatabaseError('reading a rubric version', async () => {
    const [row] = await db.select().from(rubricVersions).where(eq(rubricVersions.version, version))
    return row ? toStored(row) : null
  })
}

/** One version (the current one when `version` is omitted) with its author's name. */
export function getAuthoredRubric(db: Database, { version }: { version?: number } = {}) {
  return withDatabaseError('reading a rubric version', async () => {
    const query = db.select({ row: rubricVersions, createdByName: users.name }).from(rubricVersions).leftJoin(users, eq(users.id, rubricVersions.createdBy))
    const [found] = version === undefined ? await query.orderBy(desc(rubricVersions.version)).limit(1) : await query.where(eq(rubricVersions.version, version))
    return found ? { ...toStored(found.row), createdByName: found.createdByName } : null
  })
}

/** Every version, newest first, with its author's name. Rubrics are small and saved by hand, so this stays cheap. */
export function listRubricVersions(db: Database): Promise<AuthoredRubric[]> {
  return withDatabaseError('listing rubric versions', async () => {
    const rows = await db
      .select({ row: rubricVersions, createdByName: users.name })
      .from(rubricVersions)
      .leftJoin(users, eq(users.id, rubricVersions.createdBy))
      .orderBy(desc(rubricVersions.version))
    return rows.map(({ row, createdByName }) => ({ ...toStored(row), createdByName }))
  })
}

/**
 * Stores a new version under the given number. Returns null when that number was taken meanwhile
 * (another trainer saved at the same moment), so the caller can say so instead of overwriting.
 */
export function insertRubricVersion(db: Database, input: { version: number; rubric: Rubric; createdBy: string; note: string | null }) {
  return withDatabaseError('saving a rubric version', async () => {
    try {
      const [row] = await db.insert(rubricVersions).values(input).returning()
      return toStored(row!)
    } catch (error) {
      if (isUniqueViolation(error)) return null
      throw error
    }
  })
}

export function toStored(row: typeof rubricVersions.$inferSelect): StoredRubric {
  return { version: row.version, rubric: row.rubric as Rubric, createdBy: row.createdBy, note: row.note, createdAt: row.createdAt }
}
