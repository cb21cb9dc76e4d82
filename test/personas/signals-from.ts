import type { SignalId, TurnSignals } from '../../src/grader/signal-types'

/** Builds a turn's signals directly from ids, so mood tests do not depend on the signal detector. `offered_resolution` comes with an offer of a persona resolution. */
export function signalsFrom(ids: SignalId[], questions: string[] = []): TurnSignals {
  return {
    signals: ids.map((id) => ({ id, evidence: id })),
    // An offer of one of the persona's resolutions (any id: the mood only needs to know one was on the table).
    offer: ids.includes('offered_resolution') ? { id: 'a-resolution', evidence: 'offered_resolution' } : null,
    refused: ids.includes('offered_refused') ? { id: 'a-refused-outcome', evidence: 'offered_refused' } : null,
    questions,
    wordCount: 12,
  }
}
