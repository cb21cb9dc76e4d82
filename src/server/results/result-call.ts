import { defaultRubric } from '../../grader/rubric'
import type { Scorecard } from '../../grader/scorecard'
import type { CallCursor, ResultSessionRow } from '../db/queries/results-queries'

/** One call in the trainer's results: who, which customer, how it went, and how much of it was reviewed. */
export function resultCall(row: ResultSessionRow, personaNames: ReadonlyMap<string, string>) {
  const scorecard = row.scorecard as Pick<Scorecard, 'weightedTotal' | 'criteria'> | null
  // An assignment's own pass mark wins over the rubric's: that is what the trainer asked of this call.
  const passMark = row.assignmentPassMark ?? row.rubricPassMark ?? defaultRubric.passMark
  const score = row.status === 'ended' ? (scorecard?.weightedTotal ?? null) : null
  return {
    id: row.id,
    traineeId: row.traineeId,
    traineeName: row.traineeName,
    traineeActive: row.traineeActive,
    personaId: row.personaId,
    personaName: personaNames.get(row.personaId) ?? row.personaId,
    personaVersion: row.personaVersion,
    mode: row.mode,
    status: row.status,
    outcome: (row.outcome as { kind?: string } | null)?.kind ?? null,
    score,
    passMark,
    /** Null while the call is open or when nothing in it was graded. */
    passed: score === null ? null : score >= passMark,
    criteria: row.status === 'ended' ? (scorecard?.criteria?.map(({ id, title, average }) => ({ id, title, average })) ?? null) : null,
    /** Trainee turns kept in the call (rewound attempts not counted). */
    traineeTurns: row.traineeTurns,
    reviewCount: row.reviewCount,
    assignmentId: row.assignmentId,
    rubricVersion: row.rubricVersion,
    createdAt: row.createdAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
  }
}

export type ResultCall = ReturnType<typeof resultCall>

/** An opaque page token: where the last page ended. */
export function encodeCallCursor(row: Pick<ResultSessionRow, 'cursorStamp' | 'id'>): string {
  return Buffer.from(JSON.stringify([row.cursorStamp, row.id])).toString('base64url')
}

/** The cursor in a page token, or null when the token is not one this server made. */
export function decodeCallCursor(token: string): CallCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
    if (!Array.isArray(value) || value.length !== 2) return null
    const [createdAt, id] = value
    if (typeof createdAt !== 'string' || typeof id !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/.test(createdAt)) return null
    return { createdAt, id }
  } catch {
    return null
  }
}
