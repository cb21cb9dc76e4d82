import type { TurnGrade } from '../../grader/grade-types'
import type { Rubric } from '../../grader/rubric'
import { buildScorecard, type Scorecard } from '../../grader/scorecard'
import type { PersonaSpec } from '../../personas/persona-spec'
import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import { endPracticeSession, listTurns, type PracticeSessionRow } from '../db/queries/practice-queries'

/** Which grader the scorecard rests on: the LLM grader, the rules alone (no grader configured or it failed), or some of each. */
export type GradedBy = 'llm' | 'rules' | 'mixed'

export interface SessionOutcome {
  kind: string
  endedBy: 'customer' | 'trainee'
  compliant: boolean
  explanation: string
  reason?: string
  note?: string
}

/** Ends the call: builds the scorecard from every graded trainee turn and stores both. */
export async function finishSession(
  dependencies: AppDependencies,
  { session, persona, outcome }: { session: PracticeSessionRow; persona: PersonaSpec; outcome: SessionOutcome },
): Promise<{ outcome: SessionOutcome; scorecard: Scorecard & { gradedBy: GradedBy } }> {
  // Rewound attempts stay in the record but don't count: the call is what the trainee kept.
  const rows = (await listTurns(dependencies.db, { sessionId: session.id })).filter((row) => !row.rewoundAt)
  const gradedTurns = rows.filter((row) => row.role === 'trainee' && row.grade)
  const sources = gradedTurns.map((row) => (row.grade as TurnGrade).source)
  const gradedBy: GradedBy = sources.length > 0 && sources.every((source) => source === 'llm') ? 'llm' : sources.includes('llm') ? 'mixed' : 'rules'
  const scorecard = {
    ...buildScorecard({
      rubric: session.rubric as Rubric,
      startMood: initialLevel(rows, persona),
      outcome: outcome.kind,
      turns: gradedTurns.map((row) => ({ turnId: row.id, text: row.text, grade: row.grade as TurnGrade, moodBefore: row.moodBefore ?? 0, moodAfter: row.moodAfter ?? 0 })),
    }),
    gradedBy,
  }
  const ended = await endPracticeSession(dependencies.db, { id: session.id, outcome, scorecard, endedAt: dependencies.clock() })
  if (!ended) throw new AppError('conflict:session_ended', 'This call has already ended.')
  dependencies.metrics.sessionsEnded.add({ outcome: outcome.kind })
  return { outcome, scorecard }
}

function initialLevel(rows: { role: string; moodBefore: number | null }[], persona: PersonaSpec) {
  return rows.find((row) => row.role === 'trainee')?.moodBefore ?? persona.mood.start
}
