import type { TurnGrade } from './grade-types'
import type { SignalId, TurnSignals } from './signal-types'

/**
 * Escalating behaviour the rules may miss and the grader model can see (polite blame, quiet sarcasm, a
 * promise dressed as reassurance): the criterion that catches it, the signal it stands for, and the
 * signals that mean the rules already saw it.
 */
const corrections: ReadonlyArray<{ criterionId: string; signal: SignalId; seenAs: readonly SignalId[] }> = [
  { criterionId: 'no_blame', signal: 'blamed', seenAs: ['blamed', 'patronised', 'argued', 'deflected'] },
  { criterionId: 'composure', signal: 'hostile', seenAs: ['hostile', 'profanity'] },
  { criterionId: 'honest_promises', signal: 'over_promised', seenAs: ['over_promised'] },
]

/** The criteria whose quoted 0 from the grader model can make the customer angrier on the next turn. */
export const lateSignalCriterionIds: readonly string[] = corrections.map((correction) => correction.criterionId)

/**
 * The signals the customer's mood should feel late, on the agent's next turn: where the grader model scored a
 * turn 0 on one of the criteria above, quoting the agent's exact words, and the rules found nothing of the kind.
 * Only a checked model grade counts (never the rules' own, a failed one, or one whose quote was not verified),
 * and only escalation: the grader can make a customer angrier than the rules did, never calmer.
 */
export function lateSignals(grade: TurnGrade | null | undefined, signals: TurnSignals | null | undefined): SignalId[] {
  if (!grade || grade.source !== 'llm' || grade.status !== 'graded') return []
  const seen = new Set(signals?.signals.map((signal) => signal.id) ?? [])
  const late: SignalId[] = []
  for (const correction of corrections) {
    const criterion = grade.criteria.find((entry) => entry.criterionId === correction.criterionId)
    const trusted = criterion !== undefined && criterion.evidence !== null && criterion.evidenceVerified && !grade.flagged.includes(criterion.criterionId)
    if (trusted && criterion.score === 0 && !correction.seenAs.some((signal) => seen.has(signal))) late.push(correction.signal)
  }
  return late
}
