import type { PersonaSpec } from '../../personas/persona-spec'
import type { TurnRow } from '../db/queries/practice-queries'

/** A hidden fact the trainee earned, with the trainee turn that earned it (null for calls stored before turns kept their facts). */
export interface UncoveredFact {
  id: string
  fact: string
  /** What the fact answers, in a phrase: the topic the trainee asked about. */
  answers: string
  turnId: string | null
}

/** A hidden fact the trainee never earned, named by its topic only. */
export interface MissedFact {
  id: string
  answers: string
}

/**
 * Which hidden facts the trainee uncovered, and where, and which they never asked about. Only for an
 * ended call: before the end no fact text or id may reach the trainee. A kept trainee turn earned the
 * facts that are in the next kept turn's `earnedFactIdsBefore` (or, for the last one, in the session's
 * `earnedFactIds`) and not in its own; rewound turns are left out, as the rewind restored the facts too.
 */
export function factsReport(input: { spec: PersonaSpec; earnedFactIds: readonly string[]; turns: readonly TurnRow[] }) {
  const kept = input.turns.filter((turn) => turn.role === 'trainee' && !turn.rewoundAt)
  const earnedBy = new Map<string, string>()
  kept.forEach((turn, index) => {
    const before = turn.earnedFactIdsBefore as string[] | null
    const after = index + 1 < kept.length ? (kept[index + 1]!.earnedFactIdsBefore as string[] | null) : input.earnedFactIds
    if (!before || !after) return
    for (const id of after) if (!before.includes(id) && !earnedBy.has(id)) earnedBy.set(id, turn.id)
  })
  const earned = new Set(input.earnedFactIds)
  // In the order the call uncovered them; facts with no known turn last.
  const rank = (turnId: string | null) => (turnId === null ? kept.length : kept.findIndex((turn) => turn.id === turnId))
  const uncoveredFacts: UncoveredFact[] = input.spec.hiddenFacts
    .filter((fact) => earned.has(fact.id))
    .map((fact) => ({ id: fact.id, fact: fact.fact, answers: fact.answers, turnId: earnedBy.get(fact.id) ?? null }))
    .sort((a, b) => rank(a.turnId) - rank(b.turnId))
  const missedFacts: MissedFact[] = input.spec.hiddenFacts.filter((fact) => !earned.has(fact.id)).map((fact) => ({ id: fact.id, answers: fact.answers }))
  return { uncoveredFacts, missedFacts }
}

export type FactsReport = ReturnType<typeof factsReport>
