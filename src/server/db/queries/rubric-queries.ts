import { desc, eq } from 'drizzle-orm'
import type { Rubric } from '../../../grader/rubric'
import type { Database } from '../database'
import { rubricVersions } from '../schema'
import { withDatabaseError } from './database-error'

export interface StoredRubric {
  version: number
  rubric: Rubric
  createdBy: string | null
  note: string | null
  createdAt: Date
}

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

export function toStored(row: typeof rubricVersions.$inferSelect): StoredRubric {
  return { version: row.version, rubric: row.rubric as Rubric, createdBy: row.createdBy, note: row.note, createdAt: row.createdAt }
}
