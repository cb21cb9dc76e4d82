import type { AssignmentAttemptRow, AssignmentRow } from '../db/queries/assignment-queries'
import { isOverdue, statusCounts, traineeProgress } from './assignment-progress'

export interface TraineeAccount {
  id: string
  name: string
  email: string
  active: boolean
}

export interface AssignmentContext {
  assignment: AssignmentRow & { createdByName: string | null }
  personaName: string | null
  /** Trainees can start it only while its persona is published and not archived. */
  personaAvailable: boolean
  /** The rubric's pass mark, used when the assignment sets none. */
  rubricPassMark: number
  /** For `selected`: who it is for. */
  traineeIds: readonly string[]
  /** Every trainee account. */
  trainees: readonly TraineeAccount[]
  /** The calls made for this assignment. */
  attempts: readonly AssignmentAttemptRow[]
  now: Date
}

/**
 * Who an assignment's figures are over: the listed trainees, or for `all` every active trainee and
 * anyone deactivated since who made an attempt (their record stays). Calls by others (a trainer
 * trying it out) are not counted.
 */
function audienceOf(context: AssignmentContext): TraineeAccount[] {
  if (context.assignment.audience === 'selected') {
    const listed = new Set(context.traineeIds)
    return context.trainees.filter((trainee) => listed.has(trainee.id))
  }
  const attempted = new Set(context.attempts.map((attempt) => attempt.userId))
  return context.trainees.filter((trainee) => trainee.active || attempted.has(trainee.id))
}

function traineeRows(context: AssignmentContext, passMark: number) {
  const byTrainee = new Map<string, AssignmentAttemptRow[]>()
  for (const attempt of context.attempts) byTrainee.set(attempt.userId, [...(byTrainee.get(attempt.userId) ?? []), attempt])
  return audienceOf(context).map((trainee) => {
    const progress = traineeProgress(byTrainee.get(trainee.id) ?? [], passMark)
    return {
      id: trainee.id,
      name: trainee.name,
      email: trainee.email,
      active: trainee.active,
      status: progress.status,
      attempts: progress.attempts,
      bestScore: progress.bestScore,
      bestSessionId: progress.bestSessionId,
      lastAttemptAt: progress.lastAttemptAt?.toISOString() ?? null,
      lastSessionId: progress.lastSessionId,
      overdue: !context.assignment.withdrawnAt && isOverdue(context.assignment.dueAt, progress.status, context.now),
    }
  })
}

/** A line of the trainer's list: what, for whom, by when, and how many are where. */
export function assignmentSummary(context: AssignmentContext) {
  const { assignment } = context
  const passMark = assignment.passMark ?? context.rubricPassMark
  const rows = traineeRows(context, passMark)
  return {
    id: assignment.id,
    personaId: assignment.personaId,
    personaName: context.personaName,
    personaAvailable: context.personaAvailable,
    audience: assignment.audience,
    mode: assignment.mode,
    /** The assignment's own pass mark, or null when it follows the rubric's. */
    ownPassMark: assignment.passMark,
    passMark,
    dueAt: assignment.dueAt?.toISOString() ?? null,
    note: assignment.note,
    createdAt: assignment.createdAt.toISOString(),
    createdByName: assignment.createdByName,
    withdrawnAt: assignment.withdrawnAt?.toISOString() ?? null,
    traineeCount: rows.length,
    counts: statusCounts(rows),
    overdueCount: rows.filter((row) => row.overdue).length,
  }
}

/** One assignment with a row per trainee: status, attempts, best score, last attempt. */
export function assignmentDetail(context: AssignmentContext) {
  const summary = assignmentSummary(context)
  return { ...summary, trainees: traineeRows(context, summary.passMark) }
}
