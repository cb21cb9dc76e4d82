import type { SignalId, TurnSignals } from '../../src/grader/signal-types'

/** Builds a turn's signals directly from ids, so mood tests do not depend on the signal detector. */
export function signalsFrom(ids: SignalId[], questions: string[] = []): TurnSignals {
  return {
    signals: ids.map((id) => ({ id, evidence: id })),
    questions,
    wordCount: 12,
  }
}
