import type { TurnGrade } from '../../grader/grade-types'
import type { AppDependencies } from '../app-dependencies'
import { listTurns, type PracticeSessionRow, type TurnRow } from '../db/queries/practice-queries'
import { emitAnalysis } from './turn-runner'
import type { EmitTurnEvent } from './turn-events'

/** A resubmitted clientTurnId whose turn is done: the stored result, event by event, and no new turn. */
export async function replayTurn(dependencies: AppDependencies, turn: TurnRow, session: PracticeSessionRow, emit: EmitTurnEvent) {
  const rows = await listTurns(dependencies.db, { sessionId: session.id })
  const reply = rows.filter((row) => row.replyTo === turn.id && row.status === 'complete').at(-1)
  await emit('turn-accepted', { turnId: turn.id, clientTurnId: turn.clientTurnId ?? '', seq: turn.seq, replayed: true })
  await emitAnalysis(emit, turn)
  if (reply) {
    await emit('reply-delta', { text: reply.text })
    await emit('reply-end', { turnId: reply.id, replyTo: turn.id, text: reply.text, status: 'complete' })
  }
  const grade = turn.grade as TurnGrade | null
  if (grade && grade.status !== 'provisional') await emit('grade-ready', { turnId: turn.id, grade })
  const lastTrainee = rows.filter((row) => row.role === 'trainee').at(-1)
  if (session.status === 'ended' && lastTrainee?.id === turn.id && (session.outcome as { endedBy?: string } | null)?.endedBy === 'customer') {
    await emit('session-ended', { sessionId: session.id, outcome: session.outcome, scorecard: session.scorecard })
  }
}
