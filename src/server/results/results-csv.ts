import type { TurnGrade } from '../../grader/grade-types'
import type { GradeReviewView } from '../db/queries/review-queries'
import type { ResultCall } from './result-call'
import { toCsv, type CsvValue } from './to-csv'

/** A score as a spreadsheet cell: the number, or "n/a" where the criterion did not apply. */
function scoreCell(score: number | null): CsvValue {
  return score === null ? 'n/a' : score
}

/** One row per call, with each criterion's average as a column of its own. */
export function sessionsCsv(calls: readonly ResultCall[], criteria: readonly { id: string }[]): string {
  const header = [
    'session_id',
    'started_at',
    'ended_at',
    'trainee',
    'trainee_id',
    'persona',
    'persona_id',
    'persona_version',
    'mode',
    'status',
    'outcome',
    'score',
    'pass_mark',
    'passed',
    'trainee_turns',
    'reviews',
    'assignment_id',
    'rubric_version',
    ...criteria.map(({ id }) => `average_${id}`),
  ]
  const rows = calls.map((call) => [
    call.id,
    call.createdAt,
    call.endedAt,
    call.traineeName,
    call.traineeId,
    call.personaName,
    call.personaId,
    call.personaVersion,
    call.mode,
    call.status,
    call.outcome,
    call.score,
    call.passMark,
    call.passed === null ? null : call.passed ? 'yes' : 'no',
    call.traineeTurns,
    call.reviewCount,
    call.assignmentId,
    call.rubricVersion,
    ...criteria.map(({ id }) => call.criteria?.find((criterion) => criterion.id === id)?.average ?? null),
  ])
  return toCsv(header, rows)
}

export interface ExportTurn {
  id: string
  sessionId: string
  seq: number
  text: string
  grade: unknown
  rewoundAt: Date | null
  traineeName: string
  personaId: string
  sessionCreatedAt: Date
}

/**
 * One row per graded criterion of every trainee turn: the grader's score beside the trainer's review
 * (empty when not reviewed, "n/a" when the trainer judged it not applicable).
 */
export function turnsCsv(turns: readonly ExportTurn[], reviews: readonly GradeReviewView[], personaNames: ReadonlyMap<string, string>): string {
  const reviewed = new Map(reviews.map((review) => [`${review.turnId}\u0000${review.criterionId}`, review]))
  const header = [
    'session_id',
    'session_started_at',
    'trainee',
    'persona',
    'turn_seq',
    'rewound',
    'trainee_text',
    'criterion',
    'graded_score',
    'grade_source',
    'grade_status',
    'rationale',
    'evidence',
    'trainer_score',
    'trainer_comment',
    'reviewer',
  ]
  const rows = turns.flatMap((turn) => {
    const grade = turn.grade as TurnGrade
    return grade.criteria.map((criterion) => {
      const review = reviewed.get(`${turn.id}\u0000${criterion.criterionId}`)
      return [
        turn.sessionId,
        turn.sessionCreatedAt.toISOString(),
        turn.traineeName,
        personaNames.get(turn.personaId) ?? turn.personaId,
        turn.seq,
        turn.rewoundAt ? 'yes' : 'no',
        turn.text,
        criterion.criterionId,
        scoreCell(criterion.score),
        grade.source,
        grade.status,
        criterion.rationale,
        criterion.evidence,
        review ? scoreCell(review.trainerScore) : null,
        review?.comment,
        review?.reviewerName,
      ]
    })
  })
  return toCsv(header, rows)
}
