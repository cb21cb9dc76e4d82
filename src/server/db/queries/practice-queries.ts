import { and, asc, desc, eq, isNull, lt, or, sql } from 'drizzle-orm'
import type { Database } from '../database'
import { practiceSessions, turns } from '../schema'
import { withDatabaseError } from './database-error'

export type PracticeSessionRow = typeof practiceSessions.$inferSelect
export type TurnRow = typeof turns.$inferSelect

export function createPracticeSession(
  db: Database,
  input: {
    id: string
    userId: string
    personaId: string
    personaVersion: number
    mode: 'model' | 'scripted'
    seed: string
    rubric: unknown
    rubricVersion: number | null
    assignmentId: string | null
    moodState: unknown
    opening: { id: string; text: string }
  },
) {
  return withDatabaseError('creating a practice session', () =>
    db.transaction(async (transaction) => {
      const { opening, ...session } = input
      const [row] = await transaction.insert(practiceSessions).values(session).returning()
      await transaction.insert(turns).values({ id: opening.id, sessionId: input.id, seq: 0, role: 'customer', text: opening.text, status: 'complete' })
      return row!
    }),
  )
}

export function getPracticeSession(db: Database, { id }: { id: string }) {
  return withDatabaseError('reading a practice session', async () => {
    const [row] = await db.select().from(practiceSessions).where(eq(practiceSessions.id, id))
    return row ?? null
  })
}

export function listPracticeSessions(db: Database, { userId }: { userId: string }) {
  return withDatabaseError('listing practice sessions', () =>
    db.select().from(practiceSessions).where(eq(practiceSessions.userId, userId)).orderBy(desc(practiceSessions.createdAt)),
  )
}

/** Every turn of the session, rewound ones included (they stay for comparison). */
export function listTurns(db: Database, { sessionId }: { sessionId: string }) {
  return withDatabaseError('reading the transcript', () => db.select().from(turns).where(eq(turns.sessionId, sessionId)).orderBy(asc(turns.seq)))
}

/** Takes a trainee turn back with its replies and restores the session's mood and earned facts to before it. */
export function rewindTurn(db: Database, { sessionId, turnId, now }: { sessionId: string; turnId: string; now: Date }) {
  return withDatabaseError('rewinding a turn', () =>
    db.transaction(async (transaction) => {
      const [turn] = await transaction.select().from(turns).where(and(eq(turns.id, turnId), eq(turns.sessionId, sessionId)))
      if (!turn) return
      await transaction
        .update(turns)
        .set({ rewoundAt: now })
        .where(and(eq(turns.sessionId, sessionId), or(eq(turns.id, turnId), eq(turns.replyTo, turnId))))
      await transaction
        .update(practiceSessions)
        .set({ moodState: turn.moodStateBefore, earnedFactIds: turn.earnedFactIdsBefore ?? [] })
        .where(eq(practiceSessions.id, sessionId))
    }),
  )
}

export function getTurn(db: Database, { id }: { id: string }) {
  return withDatabaseError('reading a turn', async () => {
    const [row] = await db.select().from(turns).where(eq(turns.id, id))
    return row ?? null
  })
}

export function findTurnByClientId(db: Database, { sessionId, clientTurnId }: { sessionId: string; clientTurnId: string }) {
  return withDatabaseError('looking up a turn', async () => {
    const [row] = await db
      .select()
      .from(turns)
      .where(and(eq(turns.sessionId, sessionId), eq(turns.clientTurnId, clientTurnId)))
    return row ?? null
  })
}

/**
 * Takes the session's in-flight marker for one turn. Database-level, so two tabs or two server
 * instances can't run turns on one session at once; an expired marker (a crashed process) can be taken over.
 * Answers the session as claimed (so the caller needn't read it again), or null when another turn holds it.
 */
export function claimTurnSlot(db: Database, { sessionId, turnId, now, until }: { sessionId: string; turnId: string; now: Date; until: Date }) {
  return withDatabaseError('claiming the turn slot', async () => {
    const rows = await db
      .update(practiceSessions)
      .set({ inFlightTurnId: turnId, inFlightUntil: until })
      .where(
        and(
          eq(practiceSessions.id, sessionId),
          eq(practiceSessions.status, 'active'),
          or(isNull(practiceSessions.inFlightTurnId), lt(practiceSessions.inFlightUntil, now)),
        ),
      )
      .returning()
    return rows[0] ?? null
  })
}

/** Extends a held turn slot; a process that dies stops renewing and the slot lapses within one lease. */
export function renewTurnSlot(db: Database, { sessionId, turnId, until }: { sessionId: string; turnId: string; until: Date }) {
  return withDatabaseError('renewing the turn slot', () =>
    db
      .update(practiceSessions)
      .set({ inFlightUntil: until })
      .where(and(eq(practiceSessions.id, sessionId), eq(practiceSessions.inFlightTurnId, turnId))),
  )
}

export function releaseTurnSlot(db: Database, { sessionId, turnId }: { sessionId: string; turnId: string }) {
  return withDatabaseError('releasing the turn slot', () =>
    db
      .update(practiceSessions)
      .set({ inFlightTurnId: null, inFlightUntil: null })
      .where(and(eq(practiceSessions.id, sessionId), eq(practiceSessions.inFlightTurnId, turnId))),
  )
}

/** Frees every session's turn slot: only safe when this process is the database's only user (PGlite). */
export function clearTurnSlots(db: Database) {
  return withDatabaseError('clearing turn slots', () =>
    db.update(practiceSessions).set({ inFlightTurnId: null, inFlightUntil: null }).where(sql`${practiceSessions.inFlightTurnId} is not null`),
  )
}

/** The next position in a call's transcript, computed in the insert itself (turns of one call are written under its slot). */
function nextSeq(sessionId: string) {
  return sql<number>`(select coalesce(max(${turns.seq}), -1) + 1 from ${turns} where ${turns.sessionId} = ${sessionId})`
}

/** Stores the trainee's turn and the mood it caused in one transaction: the turn is never lost once accepted. */
export function saveTraineeTurn(
  db: Database,
  input: {
    id: string
    sessionId: string
    clientTurnId: string
    text: string
    signals: unknown
    grade: unknown
    moodBefore: number
    moodAfter: number
    moodReasons: unknown
    moodStateBefore: unknown
    earnedFactIdsBefore: string[]
    moodState: unknown
    earnedFactIds: string[]
  },
) {
  return withDatabaseError('saving the trainee turn', () =>
    db.transaction(async (transaction) => {
      const [row] = await transaction
        .insert(turns)
        .values({
          id: input.id,
          sessionId: input.sessionId,
          seq: nextSeq(input.sessionId),
          role: 'trainee',
          text: input.text,
          clientTurnId: input.clientTurnId,
          status: 'pending',
          signals: input.signals,
          grade: input.grade,
          moodBefore: input.moodBefore,
          moodAfter: input.moodAfter,
          moodReasons: input.moodReasons,
          moodStateBefore: input.moodStateBefore,
          earnedFactIdsBefore: input.earnedFactIdsBefore,
        })
        .returning()
      await transaction
        .update(practiceSessions)
        .set({ moodState: input.moodState, earnedFactIds: input.earnedFactIds })
        .where(eq(practiceSessions.id, input.sessionId))
      return row!
    }),
  )
}

/**
 * Stores what the perception made of a trainee turn and the mood and facts it led to, in one transaction: the
 * turn's perception record, mood and model call, and the session's mood state and earned facts. Runs before the
 * customer's reply is stored, so a retried turn finds it and plays the same scene without perceiving again.
 */
export function savePerception(
  db: Database,
  input: {
    turnId: string
    sessionId: string
    perception: unknown
    moodAfter: number
    moodReasons: unknown
    moodState: unknown
    earnedFactIds: string[]
    modelCalls: unknown[]
  },
) {
  return withDatabaseError('saving the turn perception', () =>
    db.transaction(async (transaction) => {
      const [row] = await transaction
        .update(turns)
        .set({
          perception: input.perception,
          moodAfter: input.moodAfter,
          moodReasons: input.moodReasons,
          modelCalls: sql`${turns.modelCalls} || ${JSON.stringify(input.modelCalls)}::jsonb`,
        })
        .where(eq(turns.id, input.turnId))
        .returning()
      await transaction
        .update(practiceSessions)
        .set({ moodState: input.moodState, earnedFactIds: input.earnedFactIds })
        .where(eq(practiceSessions.id, input.sessionId))
      return row!
    }),
  )
}

/** Stores the customer's reply (complete or partial) and marks the trainee turn answered, in one transaction. */
export function saveCustomerReply(
  db: Database,
  input: { id: string; sessionId: string; replyTo: string; text: string; status: 'complete' | 'partial'; error?: unknown },
) {
  return withDatabaseError('saving the customer reply', () =>
    db.transaction(async (transaction) => {
      const [row] = await transaction
        .insert(turns)
        .values({
          id: input.id,
          sessionId: input.sessionId,
          seq: nextSeq(input.sessionId),
          role: 'customer',
          text: input.text,
          replyTo: input.replyTo,
          status: input.status,
          error: input.error ?? null,
        })
        .returning()
      await transaction
        .update(turns)
        .set({ status: input.status === 'complete' ? 'answered' : 'reply_failed', error: input.error ?? null })
        .where(eq(turns.id, input.replyTo))
      return row!
    }),
  )
}

export function markTraineeTurnFailed(db: Database, { turnId, error }: { turnId: string; error: unknown }) {
  return withDatabaseError('marking the turn failed', () => db.update(turns).set({ status: 'reply_failed', error }).where(eq(turns.id, turnId)))
}

export function markTraineeTurnPending(db: Database, { turnId }: { turnId: string }) {
  return withDatabaseError('retrying the turn', () => db.update(turns).set({ status: 'pending', error: null }).where(eq(turns.id, turnId)))
}

/** Adds model call records to a turn (jsonb append, so the reply's and the grade's records never overwrite each other). */
export function appendModelCalls(db: Database, { turnId, calls }: { turnId: string; calls: unknown[] }) {
  return withDatabaseError('recording model calls', () =>
    db
      .update(turns)
      .set({ modelCalls: sql`${turns.modelCalls} || ${JSON.stringify(calls)}::jsonb` })
      .where(eq(turns.id, turnId)),
  )
}

/** Adds the script lines a scripted customer just said to the call's record. */
export function recordUsedLines(db: Database, { sessionId, lineIds }: { sessionId: string; lineIds: string[] }) {
  return withDatabaseError('recording script lines', () =>
    db
      .update(practiceSessions)
      .set({ usedLineIds: sql`${practiceSessions.usedLineIds} || ${JSON.stringify(lineIds)}::jsonb` })
      .where(eq(practiceSessions.id, sessionId)),
  )
}

export function saveGrade(db: Database, { turnId, grade }: { turnId: string; grade: unknown }) {
  return withDatabaseError('saving a grade', () => db.update(turns).set({ grade }).where(eq(turns.id, turnId)))
}

export function endPracticeSession(db: Database, { id, outcome, scorecard, endedAt }: { id: string; outcome: unknown; scorecard: unknown; endedAt: Date }) {
  return withDatabaseError('ending the practice session', async () => {
    const rows = await db
      .update(practiceSessions)
      .set({ status: 'ended', outcome, scorecard, endedAt, inFlightTurnId: null, inFlightUntil: null })
      .where(and(eq(practiceSessions.id, id), eq(practiceSessions.status, 'active')))
      .returning()
    return rows[0] ?? null
  })
}
