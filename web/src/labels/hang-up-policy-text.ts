import type { PersonaCard } from '../api/api-types'

/** The scenario's hang-up policy in the trainee's words. */
export function hangUpPolicyText(policy: PersonaCard['hangUpPolicy']): string {
  switch (policy.kind) {
    case 'never':
      return 'In this scenario you may not end the call on the customer: resolve it or escalate.'
    case 'after_warnings':
      return `You may end the call for abuse only after warning the customer about their language ${policy.warnings === 1 ? 'once' : `${policy.warnings} times`}.`
    case 'last_resort':
      return 'Ending the call is a last resort: warn the customer first, and only when nothing more can be done.'
  }
}
