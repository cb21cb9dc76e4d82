import type { CallOutcome } from '../../../src/personas/hang-up-policy'

type OutcomeKind = CallOutcome | 'customer_hung_up'

const outcomeNames: Record<OutcomeKind, string> = {
  resolved: 'Resolved',
  escalated: 'Escalated',
  customer_hung_up: 'Customer hung up',
  agent_hung_up_justified: 'You ended it (allowed)',
  agent_hung_up_unjustified: 'You ended it (against policy)',
  abandoned: 'Left unresolved',
}

export function outcomeName(kind: string | undefined | null): string {
  if (!kind) return 'In progress'
  return (outcomeNames as Record<string, string>)[kind] ?? kind.replaceAll('_', ' ')
}
