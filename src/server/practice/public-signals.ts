import type { TurnSignals } from '../../grader/signal-types'

/**
 * A turn's signals as the trainee may see them: which of the scenario's resolutions (or refused outcomes) an
 * offer matched stays on the server, so trying offers one by one cannot map out what this customer accepts.
 * The signals themselves ("Offered a real fix") and their quotes stay.
 */
export function publicSignals(signals: TurnSignals): TurnSignals {
  const { offer, refused, ...rest } = signals
  return {
    ...rest,
    ...(offer ? { offer: { id: null, evidence: offer.evidence } } : offer === null ? { offer: null } : {}),
    ...(refused ? { refused: { id: null, evidence: refused.evidence } } : refused === null ? { refused: null } : {}),
  }
}
