import type { AssignmentAttemptRow } from '../db/queries/assignment-queries'

export type AssignmentStatus = 'not_started' | 'attempted' | 'passed'

export interface TraineeProgress {
  status: AssignmentStatus
  /** Calls started for the assignment, open ones included. */
  attempts: number
  /** The best weighted total of an ended call; null before one ends with a grade. */
  bestScore: number | null
  bestSessionId: string | null
  lastAttemptAt: Date | null
  lastSessionId: string | null
  /** A call for it still open, to continue rather than start again. */
  openSessionId: string | null
}

/**
 * Where one trainee stands on one assignment: `passed` once an ended call for it scores the pass
 * mark or more, `attempted` once any call for it has started, `not_started` before.
 */
export function traineeProgress(attempts: readonly AssignmentAttemptRow[], passMark: number): TraineeProgress {
  let best: AssignmentAttemptRow | null = null
  let last: AssignmentAttemptRow | null = null
  let open: AssignmentAttemptRow | null = null
  for (const attempt of attempts) {
    if (!last || attempt.createdAt >= last.createdAt) last = attempt
    if (attempt.status === 'active' && (!open || attempt.createdAt >= open.createdAt)) open = attempt
    if (attempt.status === 'ended' && attempt.score !== null && (best === null || attempt.score > best.score!)) best = attempt
  }
  const bestScore = best?.score ?? null
  return {
    status: bestScore !== null && bestScore >= passMark ? 'passed' : attempts.length > 0 ? 'attempted' : 'not_started',
    attempts: attempts.length,
    bestScore,
    bestSessionId: best?.id ?? null,
    lastAttemptAt: last?.createdAt ?? null,
    lastSessionId: last?.id ?? null,
    openSessionId: open?.id ?? null,
  }
}

export type StatusCounts = Record<AssignmentStatus, number>

export function statusCounts(rows: readonly { status: AssignmentStatus }[]): StatusCounts {
  const counts: StatusCounts = { not_started: 0, attempted: 0, passed: 0 }
  for (const row of rows) counts[row.status] += 1
  return counts
}

/** Past due and not yet passed. */
export function isOverdue(dueAt: Date | null, status: AssignmentStatus, now: Date): boolean {
  return dueAt !== null && status !== 'passed' && dueAt.getTime() < now.getTime()
}

/** A trainee's list: what still needs doing first, soonest due first (undated last), then the newest. */
export function compareMyAssignments(
  first: { status: AssignmentStatus; dueAt: Date | null; createdAt: Date },
  second: { status: AssignmentStatus; dueAt: Date | null; createdAt: Date },
): number {
  const passed = Number(first.status === 'passed') - Number(second.status === 'passed')
  if (passed !== 0) return passed
  const firstDue = first.dueAt?.getTime() ?? Number.POSITIVE_INFINITY
  const secondDue = second.dueAt?.getTime() ?? Number.POSITIVE_INFINITY
  if (firstDue !== secondDue) return firstDue < secondDue ? -1 : 1
  return second.createdAt.getTime() - first.createdAt.getTime()
}
