import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import type { Database } from '../database'
import { assignments, assignmentTrainees, practiceSessions, users } from '../schema'
import { withDatabaseError } from './database-error'

export type AssignmentRow = typeof assignments.$inferSelect

/** The assignment, when it is live and meant for this trainee (everyone's, or theirs by name); otherwise null. */
export function findAssignmentForTrainee(db: Database, { assignmentId, traineeId }: { assignmentId: string; traineeId: string }) {
  return withDatabaseError('reading an assignment', async () => {
    const [row] = await db
      .select()
      .from(assignments)
      .where(
        and(
          eq(assignments.id, assignmentId),
          isNull(assignments.withdrawnAt),
          or(
            eq(assignments.audience, 'all'),
            sql`exists (select 1 from ${assignmentTrainees} where ${assignmentTrainees.assignmentId} = ${assignments.id} and ${assignmentTrainees.traineeId} = ${traineeId})`,
          ),
        ),
      )
    return row ?? null
  })
}

export interface NewAssignment {
  id: string
  personaId: string
  audience: 'all' | 'selected'
  mode: 'any' | 'scripted'
  seed: string | null
  passMark: number | null
  dueAt: Date | null
  note: string | null
  createdBy: string
  /** For `audience: selected`: who it is for. */
  traineeIds: string[]
}

export function createAssignment(db: Database, { traineeIds, ...assignment }: NewAssignment) {
  return withDatabaseError('creating an assignment', () =>
    db.transaction(async (transaction) => {
      const [row] = await transaction.insert(assignments).values(assignment).returning()
      if (traineeIds.length > 0) await transaction.insert(assignmentTrainees).values(traineeIds.map((traineeId) => ({ assignmentId: assignment.id, traineeId })))
      return row!
    }),
  )
}

/** Every assignment, withdrawn ones too, newest first, with the name of the trainer who made it. */
export function listAssignments(db: Database) {
  return withDatabaseError('listing assignments', async () => {
    const rows = await db
      .select({ assignment: assignments, createdByName: users.name })
      .from(assignments)
      .leftJoin(users, eq(users.id, assignments.createdBy))
      .orderBy(desc(assignments.createdAt), desc(assignments.id))
    return rows.map(({ assignment, createdByName }) => ({ ...assignment, createdByName }))
  })
}

export function getAssignment(db: Database, { id }: { id: string }) {
  return withDatabaseError('reading an assignment', async () => {
    const [row] = await db
      .select({ assignment: assignments, createdByName: users.name })
      .from(assignments)
      .leftJoin(users, eq(users.id, assignments.createdBy))
      .where(eq(assignments.id, id))
    return row ? { ...row.assignment, createdByName: row.createdByName } : null
  })
}

/** Marks it withdrawn (once: a second call keeps the first time); null when there is no such assignment. */
export function withdrawAssignment(db: Database, { id, now }: { id: string; now: Date }) {
  return withDatabaseError('withdrawing an assignment', async () => {
    await db
      .update(assignments)
      .set({ withdrawnAt: now })
      .where(and(eq(assignments.id, id), isNull(assignments.withdrawnAt)))
    const [row] = await db.select().from(assignments).where(eq(assignments.id, id))
    return row ?? null
  })
}

/** Who each `selected` assignment is for. */
export function listAssignmentTrainees(db: Database, { assignmentIds }: { assignmentIds: string[] }) {
  return withDatabaseError('reading who assignments are for', async () => {
    if (assignmentIds.length === 0) return []
    return db.select().from(assignmentTrainees).where(inArray(assignmentTrainees.assignmentId, assignmentIds))
  })
}

/** Every trainee account, deactivated ones too (their attempts stay on record), by name. */
export function listTrainees(db: Database) {
  return withDatabaseError('listing trainees', () =>
    db
      .select({ id: users.id, name: users.name, email: users.email, active: users.active })
      .from(users)
      .where(eq(users.role, 'trainee'))
      .orderBy(asc(sql`lower(${users.name})`), asc(users.email)),
  )
}

export interface AssignmentAttemptRow {
  id: string
  assignmentId: string
  userId: string
  status: 'active' | 'ended'
  /** The scorecard's weighted total (0–100); null while the call is open or when nothing was graded. */
  score: number | null
  createdAt: Date
}

/** The calls made for these assignments (optionally only one trainee's), oldest first. */
export function listAssignmentAttempts(db: Database, { assignmentIds, userId }: { assignmentIds: string[]; userId?: string }): Promise<AssignmentAttemptRow[]> {
  return withDatabaseError('reading the calls made for assignments', async () => {
    if (assignmentIds.length === 0) return []
    const rows = await db
      .select({
        id: practiceSessions.id,
        assignmentId: practiceSessions.assignmentId,
        userId: practiceSessions.userId,
        status: practiceSessions.status,
        score: sql<number | null>`(${practiceSessions.scorecard} ->> 'weightedTotal')::float8`,
        createdAt: practiceSessions.createdAt,
      })
      .from(practiceSessions)
      .where(and(inArray(practiceSessions.assignmentId, assignmentIds), userId === undefined ? undefined : eq(practiceSessions.userId, userId)))
      .orderBy(asc(practiceSessions.createdAt), asc(practiceSessions.id))
    return rows.map((row) => ({ ...row, assignmentId: row.assignmentId!, score: row.score === null ? null : Number(row.score) }))
  })
}

/** The live assignments meant for this trainee (everyone's and theirs by name), oldest first. */
export function listLiveAssignmentsForTrainee(db: Database, { traineeId }: { traineeId: string }) {
  return withDatabaseError('listing your assignments', () =>
    db
      .select()
      .from(assignments)
      .where(
        and(
          isNull(assignments.withdrawnAt),
          or(
            eq(assignments.audience, 'all'),
            sql`exists (select 1 from ${assignmentTrainees} where ${assignmentTrainees.assignmentId} = ${assignments.id} and ${assignmentTrainees.traineeId} = ${traineeId})`,
          ),
        ),
      )
      .orderBy(asc(assignments.createdAt), asc(assignments.id)),
  )
}
