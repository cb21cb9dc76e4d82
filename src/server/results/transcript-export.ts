import type { PersonaSpec } from '../../personas/persona-spec'
import type { PracticeSessionRow, TurnRow } from '../db/queries/practice-queries'
import type { GradeReviewView } from '../db/queries/review-queries'
import { sessionView } from '../practice/session-view'

/**
 * A whole call as one JSON document: the call and its scorecard, the customer's card, the rubric it
 * was graded under, every turn in order (rewound attempts included and marked) with its signals,
 * grade, mood change and the trainers' reviews of that grade, the mood curve, and once the call
 * has ended the facts report (the hidden facts uncovered, with their turns, and those missed). Never
 * the persona's mood dynamics, nor its hidden facts while the call is on; model call details are
 * summed up in `session.usage`.
 */
export function transcriptExport(input: {
  session: PracticeSessionRow
  persona: { id: string; version: number; spec: PersonaSpec }
  turns: TurnRow[]
  reviews: readonly GradeReviewView[]
  trainee: { id: string; name: string }
  now: Date
}) {
  const view = sessionView({ session: input.session, persona: input.persona, turns: input.turns, now: input.now })
  return {
    format: 'toughcall-transcript' as const,
    formatVersion: 1,
    exportedAt: input.now.toISOString(),
    trainee: input.trainee,
    session: view.session,
    persona: view.persona,
    rubric: view.rubric,
    turns: view.turns.map(({ modelCalls: _modelCalls, ...turn }) => ({
      ...turn,
      reviews: input.reviews.filter((review) => review.turnId === turn.id),
    })),
    moodHistory: view.moodHistory,
    uncoveredFacts: view.uncoveredFacts,
    missedFacts: view.missedFacts,
    reviews: input.reviews,
  }
}
