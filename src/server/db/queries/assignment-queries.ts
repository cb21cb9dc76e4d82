import { and, eq, isNull, or, sql } from 'drizzle-orm'
import type { Database } from '../database'
import { assignments, assignmentTrainees } from '../schema'
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
