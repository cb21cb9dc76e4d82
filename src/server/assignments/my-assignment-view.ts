import type { PersonaSpec } from '../../personas/persona-spec'
import type { AssignmentAttemptRow, AssignmentRow } from '../db/queries/assignment-queries'
import { personaCard } from '../practice/session-view'
import { isOverdue, traineeProgress } from './assignment-progress'

/** One assignment as its trainee sees it: the scenario's card, when it is due, what passes, and how they stand. */
export function myAssignmentView(input: {
  assignment: AssignmentRow
  persona: { id: string; version: number; spec: PersonaSpec }
  attempts: readonly AssignmentAttemptRow[]
  rubricPassMark: number
  now: Date
}) {
  const { assignment } = input
  const passMark = assignment.passMark ?? input.rubricPassMark
  const progress = traineeProgress(input.attempts, passMark)
  return {
    id: assignment.id,
    persona: personaCard(input.persona),
    dueAt: assignment.dueAt?.toISOString() ?? null,
    overdue: isOverdue(assignment.dueAt, progress.status, input.now),
    passMark,
    /** `scripted`: a standardised assessment; every trainee meets the same scripted customer. */
    mode: assignment.mode,
    note: assignment.note,
    assignedAt: assignment.createdAt.toISOString(),
    status: progress.status,
    attempts: progress.attempts,
    bestScore: progress.bestScore,
    openSessionId: progress.openSessionId,
  }
}
