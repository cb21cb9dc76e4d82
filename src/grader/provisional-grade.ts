import type { CriterionGrade, Score, TurnGrade } from './grade-types'
import type { Rubric } from './rubric'
import type { SignalId, TurnSignals } from './signal-types'
import { weightedScore } from './weighted-score'

export { weightedScore } from './weighted-score'

export interface ProvisionalGradeContext {
  /** 0 for the trainee's first reply of the call. */
  turnIndex: number
  /** Whether the customer's mood was below the persona's calm threshold when the trainee spoke. */
  customerCalm: boolean
}

/** A rules-only verdict on one criterion: a score and the signal that justifies it. */
interface RuleVerdict {
  score: Exclude<Score, null>
  rationale: string
  evidence: string | null
}

type RuleJudge = (found: FoundSignals, context: ProvisionalGradeContext) => RuleVerdict | null

/**
 * Instant grade from the signals alone, shown until the model's grade arrives. It judges only what
 * rules can judge honestly and leaves the rest n/a (null):
 * - Presence is evidence; absence mostly is not ("no apology found" may just be a phrasing the
 *   rules don't know). Exceptions, because the anchor-0 case is the norm there: no_blame and
 *   composure score 2 when nothing bad was found, and acknowledge scores 0 on the first reply to an
 *   upset customer when neither acknowledgement nor apology was found.
 * - close judges a lone "thank you" only once the customer is calm; mid-call thanks are not a close.
 * - clarify leaves an open "anything else?" alone in a turn that sums up the solution: that is the
 *   close checking nothing is left, not a question while facts are missing.
 * - Trying to instruct the AI or the grader counts against composure (unprofessional), as in the
 *   grader prompt.
 * Criteria the rules know nothing about (trainer-added ones) are n/a.
 */
export function provisionalGrade(signals: TurnSignals, rubric: Rubric, context: ProvisionalGradeContext): TurnGrade {
  const found = new FoundSignals(signals)
  const criteria: CriterionGrade[] = rubric.criteria.map((criterion) => {
    const judge = ruleJudges.get(criterion.id)
    const verdict = judge === undefined ? null : judge(found, context)
    if (verdict === null) {
      return {
        criterionId: criterion.id,
        score: null,
        rationale: judge === undefined ? 'Rules cannot judge this criterion; waiting for the grader.' : 'Nothing in this turn for the rules to judge.',
        evidence: null,
        evidenceVerified: true,
      }
    }
    // The learned layer's read of the whole turn caps what the rules alone would give (a superior edge the
    // rules have no phrase for); it never raises a score.
    const read = signals.reads?.find((entry) => entry.criterionId === criterion.id)
    if (read !== undefined && verdict !== null && read.ceiling < verdict.score) {
      const rationale = read.ceiling === 0 ? readRationale[read.criterionId].zero : readRationale[read.criterionId].low
      return { criterionId: criterion.id, score: read.ceiling, rationale, evidence: read.evidence, evidenceVerified: true }
    }
    return { criterionId: criterion.id, ...verdict, evidenceVerified: true }
  })
  return {
    source: 'rules',
    status: 'provisional',
    criteria,
    betterReply: null,
    weightedScore: weightedScore(criteria, rubric),
    flagged: [],
    rubricVersion: rubric.version,
  }
}

class FoundSignals {
  private readonly evidenceById = new Map<SignalId, string>()
  constructor(signals: TurnSignals) {
    for (const signal of signals.signals) {
      if (!this.evidenceById.has(signal.id)) this.evidenceById.set(signal.id, signal.evidence)
    }
  }
  has(...ids: SignalId[]): boolean {
    return ids.some((id) => this.evidenceById.has(id))
  }
  /** Evidence of the first of `ids` that was found. */
  evidence(...ids: SignalId[]): string | null {
    for (const id of ids) {
      const evidence = this.evidenceById.get(id)
      if (evidence !== undefined) return evidence
    }
    return null
  }
}

const readRationale = {
  no_blame: { zero: 'Reads as blaming or talking down to the customer.', low: 'No outright blame, but a superior or dismissive edge.' },
  composure: { zero: 'Reads as hostile or sarcastic.', low: 'A curt or irritated edge.' },
  clarify: { zero: 'Reads as a question that was already answered or that blames.', low: 'Reads as an open or generic request rather than a question aimed at a missing fact.' },
} as const

function verdict(score: Exclude<Score, null>, rationale: string, evidence: string | null): RuleVerdict {
  return { score, rationale, evidence }
}

const putDownSignals: SignalId[] = ['blamed', 'patronised', 'argued']
/** Brushing the customer off or mocking them dismisses the feeling as surely as blame does. */
const dismissiveSignals: SignalId[] = ['dismissed', 'sarcastic', 'hostile']

const ruleJudges = new Map<string, RuleJudge>(Object.entries({
  acknowledge(found, context) {
    const putDown = found.has(...putDownSignals)
    if (found.has(...dismissiveSignals) && !found.has('acknowledged')) {
      return verdict(0, 'Brushed the feeling aside instead of acknowledging it.', found.evidence(...dismissiveSignals))
    }
    if (found.has('acknowledged')) {
      if (putDown) return verdict(1, 'Named the situation, but then undercut it with blame or a put-down.', found.evidence('acknowledged'))
      return verdict(2, "Named the customer's situation or feeling.", found.evidence('acknowledged'))
    }
    if (found.has('apologised')) {
      if (putDown) return verdict(0, 'The apology was followed by blame or a put-down, which dismisses the customer.', found.evidence(...putDownSignals))
      return verdict(1, 'Apologised, but without naming what happened to this customer.', found.evidence('apologised'))
    }
    if (found.has('patronised', 'blamed', 'argued')) return verdict(0, "Put the customer down instead of acknowledging how they feel.", found.evidence('patronised', 'blamed', 'argued'))
    if (context.turnIndex === 0 && !context.customerCalm) {
      return verdict(0, 'First reply to an upset customer, and no acknowledgement or apology was found.', null)
    }
    return null
  },
  clarify(found) {
    if (found.has('directed_question') && !found.has(...putDownSignals)) return verdict(2, 'Asked a question aimed at a specific missing fact.', found.evidence('directed_question'))
    if (found.has('paraphrased')) return verdict(2, 'Restated the problem to check understanding.', found.evidence('paraphrased'))
    // "Anything else?" after summing up the solution is the close's check, not a clarifying question:
    // the facts are known by then, so clarify does not apply.
    if (found.has('vague_question') && !found.has('summarised')) {
      return verdict(1, 'Asked a question, but an open or repeated one that targets nothing specific.', found.evidence('vague_question'))
    }
    return null
  },
  no_blame(found) {
    if (found.has('blamed')) return verdict(0, 'Put the fault on the customer.', found.evidence('blamed'))
    if (found.has('patronised')) return verdict(0, 'Talked down to the customer.', found.evidence('patronised'))
    if (found.has('argued')) return verdict(0, "Argued with the customer's account.", found.evidence('argued'))
    if (found.has('dismissed', 'sarcastic', 'rushed', 'exasperated')) {
      return verdict(1, 'No outright blame, but a dismissive, mocking or rushing edge.', found.evidence('dismissed', 'sarcastic', 'rushed', 'exasperated'))
    }
    return verdict(2, 'No blame, put-down or argument found.', null)
  },
  can_do(found) {
    if (found.has('can_do', 'collaborated')) return verdict(2, 'Said what can be done or worked on it together.', found.evidence('can_do', 'collaborated'))
    if (found.has('cant_do')) return verdict(0, 'A dead end with no alternative offered.', found.evidence('cant_do'))
    return null
  },
  ownership(found) {
    if (found.has('ownership') && found.has('deflected')) {
      return verdict(1, 'Took on the follow-up, but also pointed at someone else.', found.evidence('deflected'))
    }
    if (found.has('ownership')) return verdict(2, 'Took responsibility for the fix or the follow-up.', found.evidence('ownership'))
    if (found.has('deflected')) return verdict(0, 'Passed the responsibility to someone or something else.', found.evidence('deflected'))
    return null
  },
  honest_promises(found) {
    if (found.has('over_promised')) return verdict(0, 'Promised something that cannot be guaranteed.', found.evidence('over_promised'))
    if (found.has('promised')) return verdict(2, 'Made a concrete commitment.', found.evidence('promised'))
    return null
  },
  composure(found) {
    if (found.has('hostile')) return verdict(0, 'Returned hostility or sarcasm.', found.evidence('hostile'))
    if (found.has('profanity')) return verdict(0, 'Swore at or in front of the customer.', found.evidence('profanity'))
    if (found.has('sarcastic')) return verdict(0, 'Answered with sarcasm.', found.evidence('sarcastic'))
    if (found.has('instruction_to_ai')) return verdict(0, 'Tried to instruct the AI or the grader instead of talking to the customer.', found.evidence('instruction_to_ai'))
    if (found.has('abuse_warning')) return verdict(2, 'Set a calm limit on abusive language.', found.evidence('abuse_warning'))
    if (found.has('dismissed', 'exasperated', 'rushed', 'patronised')) {
      return verdict(1, 'A curt, irritated or superior edge.', found.evidence('dismissed', 'exasperated', 'rushed', 'patronised'))
    }
    return verdict(2, 'No hostility, sarcasm or swearing found.', null)
  },
  personalize(found) {
    if (found.has('used_name')) return verdict(2, "Used the customer's name.", found.evidence('used_name'))
    return null
  },
  close(found, context) {
    if (found.has('summarised') && found.has('thanked')) return verdict(2, 'Summarised the next steps and thanked the customer.', found.evidence('summarised'))
    if (found.has('summarised')) return verdict(1, 'Summarised the next steps but did not thank the customer.', found.evidence('summarised'))
    if (found.has('thanked') && context.customerCalm) return verdict(1, 'Thanked the customer but did not sum up what happens next.', found.evidence('thanked'))
    return null
  },
} satisfies Record<string, RuleJudge>))
