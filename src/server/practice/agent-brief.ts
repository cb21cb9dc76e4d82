import type { PersonaSpec } from '../../personas/persona-spec'

/**
 * What the agent knows before and during the call, as a real agent's system would show it: what the
 * customer is calling about, the account, its history and notes, and the options the agent may offer
 * with their limits. Built from the spec's `summary`, `agentScreen` and `agentOptions` only, field by
 * field, so that nothing else (hidden facts, the resolutions this customer accepts, refused outcomes,
 * the mood dynamics) can reach the trainee through it.
 */
export function agentBrief(spec: PersonaSpec) {
  return {
    /** What the customer is calling about, in the agent's terms: the scenario's one-line summary. */
    callingAbout: spec.summary,
    account: spec.agentScreen.account.map(({ label, value }) => ({ label, value })),
    history: [...spec.agentScreen.history],
    notes: [...spec.agentScreen.notes],
    /** The menu the agent's system offers, not which item this customer will accept. */
    options: spec.agentOptions.map(({ label, limits }) => ({ label, limits: limits ?? null })),
  }
}

export type AgentBrief = ReturnType<typeof agentBrief>
