import type { SignalContext } from '../grader/signal-types'
import type { PersonaSpec } from './persona-spec'

/** A line of the call so far, as the signals read it. */
export interface CallLine {
  role: 'customer' | 'trainee'
  text: string
}

/**
 * What the signals need to judge a trainee turn in the context of its call: who the customer is, what was said
 * before (the opening included), and the scenario's outcomes, so an offer is judged against what this customer
 * would accept and what the scenario rules out.
 */
export function signalContextFor(persona: PersonaSpec, before: readonly CallLine[]): SignalContext {
  return {
    customerName: persona.name,
    previousTraineeTexts: before.filter((line) => line.role === 'trainee').map((line) => line.text),
    previousCustomerTexts: [persona.openingLine, ...before.filter((line) => line.role === 'customer').map((line) => line.text)],
    resolutions: persona.resolutions,
    refusedOutcomes: persona.refusedOutcomes,
  }
}
