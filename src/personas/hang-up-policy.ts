import type { MoodState } from './mood'
import type { PersonaSpec } from './persona-spec'

/** Why the trainee says they are ending the call. */
export type TraineeEndReason = 'resolved' | 'abusive_customer' | 'escalated' | 'no_resolution' | 'other'

export type CallOutcome =
  | 'resolved'
  | 'escalated'
  | 'agent_hung_up_justified'
  | 'agent_hung_up_unjustified'
  | 'abandoned'

export interface TraineeEndJudgement {
  outcome: CallOutcome
  /** Whether ending the call this way follows the scenario's hang-up policy. */
  compliant: boolean
  /** One or two plain sentences for the trainee's scorecard. */
  explanation: string
}

/**
 * Judges the trainee ending the call, against the persona's mood and its hang-up policy.
 * The seeds disagree on whether an agent may ever drop an abusive caller, so the scenario decides.
 *
 * Rules, in order:
 * 1. `resolved` is true only when the customer is calm (level at or below the calm threshold) and a resolution was
 *    offered; then the outcome is `resolved` under every policy. Claiming it otherwise walks away from an unhappy
 *    customer: outcome `abandoned`, not compliant.
 * 2. `escalated` (handing over to a supervisor) is legitimate while the customer is still upset (level at or above
 *    the calm threshold): outcome `escalated`, compliant under every policy. Passing on a customer already calmed
 *    is outcome `escalated`, not compliant.
 * 3. `abusive_customer`:
 *    - policy `never`: never compliant; outcome `agent_hung_up_unjustified`.
 *    - policy `after_warnings`: compliant (`agent_hung_up_justified`) only once the trainee has given at least the
 *      policy's number of warnings about abusive language.
 *    - policy `last_resort`: compliant only when at least one warning was given and the customer is still at or
 *      above the hang-up threshold, i.e. nothing more could be done.
 * 4. `no_resolution`: only `last_resort` allows it, and only when a resolution was offered and the customer is still
 *    at or above the hang-up threshold (what could be done was refused). Otherwise `agent_hung_up_unjustified`.
 * 5. `other`: compliant only if the customer is in fact resolved (outcome `resolved`); otherwise `abandoned`.
 */
export function judgeTraineeEnd(
  persona: PersonaSpec,
  mood: MoodState,
  reason: TraineeEndReason,
): TraineeEndJudgement {
  const { calmThreshold, hangUpThreshold } = persona.mood
  const policy = persona.hangUpPolicy
  const isCalm = mood.level <= calmThreshold
  const isResolved = isCalm && mood.resolutionOffered
  const stillAtBreakingPoint = mood.level >= hangUpThreshold

  const resolved: TraineeEndJudgement = {
    outcome: 'resolved',
    compliant: true,
    explanation: 'The customer was calm and had been offered a resolution, so closing the call was right.',
  }

  switch (reason) {
    case 'resolved':
      if (isResolved) return resolved
      return {
        outcome: 'abandoned',
        compliant: false,
        explanation: isCalm
          ? 'The customer was calmer, but no resolution had been offered, so the call was left unresolved.'
          : 'The call was closed as resolved while the customer was still upset.',
      }

    case 'escalated':
      if (mood.level >= calmThreshold) {
        return {
          outcome: 'escalated',
          compliant: true,
          explanation: 'Handing an upset customer to a supervisor is a legitimate way to end the call.',
        }
      }
      return {
        outcome: 'escalated',
        compliant: false,
        explanation: 'The customer was already calm; the call could have been resolved without handing it over.',
      }

    case 'abusive_customer':
      return judgeAbusiveEnd(policy, mood, stillAtBreakingPoint)

    case 'no_resolution':
      if (policy.kind === 'last_resort' && mood.resolutionOffered && stillAtBreakingPoint) {
        return justified('A resolution had been offered and refused and the customer stayed at breaking point, so ending the call was a fair last resort.')
      }
      return unjustified(
        policy.kind === 'last_resort'
          ? 'Ending for lack of a resolution is a last resort: offer what can be done first, and only end when the customer still cannot be reached.'
          : 'This scenario does not allow ending the call because no resolution was found; keep working on it or escalate.',
      )

    case 'other':
      if (isResolved) return resolved
      return {
        outcome: 'abandoned',
        compliant: false,
        explanation: 'The call was ended while the customer was still unresolved.',
      }
  }
}

function justified(explanation: string): TraineeEndJudgement {
  return { outcome: 'agent_hung_up_justified', compliant: true, explanation }
}

function unjustified(explanation: string): TraineeEndJudgement {
  return { outcome: 'agent_hung_up_unjustified', compliant: false, explanation }
}

function judgeAbusiveEnd(
  policy: PersonaSpec['hangUpPolicy'],
  mood: MoodState,
  stillAtBreakingPoint: boolean,
): TraineeEndJudgement {
  switch (policy.kind) {
    case 'never':
      return unjustified('This scenario never allows ending the call on the customer, even when they are abusive.')
    case 'after_warnings':
      if (mood.warningsGiven >= policy.warnings) {
        return justified(
          `The customer was warned ${mood.warningsGiven} time(s) about abusive language before the call was ended, as the policy requires.`,
        )
      }
      return unjustified(
        `The policy requires ${policy.warnings} warning(s) about abusive language before ending the call; only ${mood.warningsGiven} was given.`,
      )
    case 'last_resort':
      if (mood.warningsGiven >= 1 && stillAtBreakingPoint) {
        return justified(
          'The customer had been warned and was still beyond reach, so ending the call politely was a fair last resort.',
        )
      }
      return unjustified(
        mood.warningsGiven < 1
          ? 'Ending the call is a last resort: warn the customer about their language first.'
          : 'The customer was no longer at breaking point, so there was still something to work with.',
      )
  }
}
