import type { MissedFact, SessionState, UncoveredFact } from '../api/api-types'

/** The hidden facts of an ended call: those the trainee uncovered (with the turn that did it) and those never asked about. */
export interface CallFacts {
  uncovered: UncoveredFact[]
  missed: MissedFact[]
}

/** The facts report from `GET /api/sessions/:id`; null while the call is on (the server sends none before the end). */
export function callFactsFromView(view: Pick<SessionState, 'uncoveredFacts' | 'missedFacts'>): CallFacts | null {
  return view.uncoveredFacts && view.missedFacts ? { uncovered: view.uncoveredFacts, missed: view.missedFacts } : null
}
