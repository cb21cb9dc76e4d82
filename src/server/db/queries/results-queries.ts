import { and, asc, desc, eq, gte, isNotNull, lt, sql, type SQL } from 'drizzle-orm'
import type { Database } from '../database'
import { assignments, gradeReviews, practiceSessions, turns, users } from '../schema'
import type { ResultsFilters } from '../../results/results-filters'
import { withDatabaseError } from './database-error'

/** The conditions every results view shares: the calls started in the range, of the persona and trainee asked for. */
export function sessionFilterConditions(filters: ResultsFilters): SQL[] {
  const conditions: SQL[] = []
  if (filters.from) conditions.push(gte(practiceSessions.createdAt, filters.from))
  if (filters.to) conditions.push(lt(practiceSessions.createdAt, filters.to))
  if (filters.personaId) conditions.push(eq(practiceSessions.personaId, filters.personaId))
  if (filters.traineeId) conditions.push(eq(practiceSessions.userId, filters.traineeId))
  return conditions
}

/** Where a page of calls ends: the last call's start (to the microsecond, as stored) and id. */
export interface CallCursor {
  createdAt: string
  id: string
}

const resultSessionColumns = {
  id: practiceSessions.id,
  traineeId: practiceSessions.userId,
  traineeName: users.name,
  traineeEmail: users.email,
  traineeActive: users.active,
  traineeRole: users.role,
  personaId: practiceSessions.personaId,
  personaVersion: practiceSessions.personaVersion,
  mode: practiceSessions.mode,
  status: practiceSessions.status,
  assignmentId: practiceSessions.assignmentId,
  rubricVersion: practiceSessions.rubricVersion,
  outcome: practiceSessions.outcome,
  scorecard: practiceSessions.scorecard,
  rubricPassMark: sql<number | null>`(${practiceSessions.rubric}->>'passMark')::float8`,
  assignmentPassMark: assignments.passMark,
  createdAt: practiceSessions.createdAt,
  endedAt: practiceSessions.endedAt,
  /** The start to the microsecond, in UTC: a JS Date keeps only milliseconds, which would skip calls when paging. */
  cursorStamp: sql<string>`to_char(${practiceSessions.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
  traineeTurns: sql<number>`(select count(*)::int from ${turns} where ${turns.sessionId} = ${practiceSessions.id} and ${turns.role} = 'trainee' and ${turns.rewoundAt} is null)`,
  reviewCount: sql<number>`(select count(*)::int from ${gradeReviews} where ${gradeReviews.sessionId} = ${practiceSessions.id})`,
}

export type ResultSessionRow = Awaited<ReturnType<typeof listResultSessions>>[number]

/**
 * Trainees' calls matching the filters, newest first, with the trainee, the pass mark that applies
 * (the assignment's, else the call's rubric's) and how many grades trainers reviewed. Trainers' own
 * practice calls (test-drives) are left out. With `limit`, one page after `cursor`.
 */
export function listResultSessions(db: Database, { filters, limit, cursor }: { filters: ResultsFilters; limit?: number; cursor?: CallCursor | null }) {
  return withDatabaseError('listing results sessions', async () => {
    const conditions = [...sessionFilterConditions(filters), eq(users.role, 'trainee')]
    if (cursor) {
      conditions.push(sql`(${practiceSessions.createdAt}, ${practiceSessions.id}) < ((${cursor.createdAt})::timestamp at time zone 'UTC', ${cursor.id})`)
    }
    const query = db
      .select(resultSessionColumns)
      .from(practiceSessions)
      .innerJoin(users, eq(users.id, practiceSessions.userId))
      .leftJoin(assignments, eq(assignments.id, practiceSessions.assignmentId))
      .where(and(...conditions))
      .orderBy(desc(practiceSessions.createdAt), desc(practiceSessions.id))
    return limit === undefined ? await query : await query.limit(limit)
  })
}

/** One call's results row, whoever made it (a trainer reviewing their own test-drive gets it too). */
export function getResultSession(db: Database, { id }: { id: string }) {
  return withDatabaseError('reading a results session', async () => {
    const [row] = await db
      .select(resultSessionColumns)
      .from(practiceSessions)
      .innerJoin(users, eq(users.id, practiceSessions.userId))
      .leftJoin(assignments, eq(assignments.id, practiceSessions.assignmentId))
      .where(eq(practiceSessions.id, id))
    return row ?? null
  })
}

/** Every graded trainee turn of the matching calls (rewound attempts included), in call order. */
export function listResultTurns(db: Database, { filters }: { filters: ResultsFilters }) {
  return withDatabaseError('listing results turns', () =>
    db
      .select({
        id: turns.id,
        sessionId: turns.sessionId,
        seq: turns.seq,
        text: turns.text,
        grade: turns.grade,
        rewoundAt: turns.rewoundAt,
        traineeName: users.name,
        personaId: practiceSessions.personaId,
        sessionCreatedAt: practiceSessions.createdAt,
      })
      .from(turns)
      .innerJoin(practiceSessions, eq(practiceSessions.id, turns.sessionId))
      .innerJoin(users, eq(users.id, practiceSessions.userId))
      .where(and(...sessionFilterConditions(filters), eq(users.role, 'trainee'), eq(turns.role, 'trainee'), isNotNull(turns.grade)))
      .orderBy(asc(practiceSessions.createdAt), asc(practiceSessions.id), asc(turns.seq)),
  )
}

/** Every trainee account, deactivated ones included (their calls are kept). */
export function listTraineeAccounts(db: Database) {
  return withDatabaseError('listing trainees', () =>
    db
      .select({ id: users.id, name: users.name, email: users.email, active: users.active })
      .from(users)
      .where(eq(users.role, 'trainee'))
      .orderBy(asc(users.name), asc(users.id)),
  )
}
