import type { TraineeEndReason } from '../../../src/personas/hang-up-policy'

/** Why the trainee may say they are ending the call. */
export const endReasonLabels: Record<TraineeEndReason, { label: string; hint: string }> = {
  resolved: { label: 'Resolved', hint: 'The customer is satisfied with the solution.' },
  abusive_customer: { label: 'Abusive customer', hint: 'The customer kept up abusive language.' },
  escalated: { label: 'Escalated', hint: 'You are handing the call to a supervisor.' },
  no_resolution: { label: 'No resolution', hint: 'Nothing more can be done for the customer.' },
  other: { label: 'Other', hint: 'Say why in the note.' },
}
