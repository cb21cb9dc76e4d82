import type { PersonaSpec } from '../../personas/persona-spec'

/** The scenario's hang-up policy in words, for the grader. */
export function describePolicy(persona: PersonaSpec): string {
  const policy = persona.hangUpPolicy
  if (policy.kind === 'never') return 'The agent must never end the call on the customer.'
  if (policy.kind === 'after_warnings') return `The agent may end the call only after warning the customer about abusive language ${policy.warnings} time(s).`
  return 'The agent may end the call only as a polite last resort, after a warning, when nothing more can be done.'
}
