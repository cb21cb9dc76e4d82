import { describe, expect, it } from 'vitest'
import type { CriterionGrade, TurnGrade } from '../../src/grader/grade-types'
import { defaultRubric } from '../../src/grader/rubric'
import { buildScorecard, generalCoachingTips, scorecardSchema, type ScorecardTurn } from '../../src/grader/scorecard'
import { weightedScore } from '../../src/grader/weighted-score'

function criterion(criterionId: string, score: 0 | 1 | 2 | null, evidence: string | null = null, evidenceVerified = true): CriterionGrade {
  return { criterionId, score, rationale: `${criterionId} rationale`, evidence, evidenceVerified }
}

function turnGrade(criteria: CriterionGrade[]): TurnGrade {
  return {
    source: 'llm',
    status: 'graded',
    criteria,
    betterReply: null,
    weightedScore: weightedScore(criteria, defaultRubric),
    flagged: criteria.filter((entry) => !entry.evidenceVerified).map((entry) => entry.criterionId),
  }
}

const turns: ScorecardTurn[] = [
  {
    turnId: 't1',
    text: "Calm down. You should have read the terms before you ordered, there is nothing I can do about the fee.",
    grade: turnGrade([criterion('acknowledge', 0), criterion('no_blame', 0, 'You should have read the terms'), criterion('can_do', 0, 'there is nothing I can do')]),
    moodBefore: 70,
    moodAfter: 85,
  },
  {
    turnId: 't2',
    text: "I'm sorry, that came out wrong. I can hear how stressful this fee is. Which date was it charged?",
    grade: turnGrade([
      criterion('acknowledge', 2, 'I can hear how stressful this fee is'),
      criterion('clarify', 2, 'Which date was it charged?'),
      criterion('no_blame', 2),
    ]),
    moodBefore: 85,
    moodAfter: 60,
  },
  {
    turnId: 't3',
    text: 'What I can do is refund the fee today.',
    // The model's quote for can_do did not check out: it must not count.
    grade: turnGrade([criterion('can_do', 2, 'refund everything', false), criterion('clarify', 1)]),
    moodBefore: 60,
    moodAfter: 40,
  },
]

describe('buildScorecard', () => {
  const scorecard = buildScorecard({ rubric: defaultRubric, turns, startMood: 70, outcome: 'resolved' })

  it('matches its schema', () => {
    expect(scorecardSchema.safeParse(scorecard).success).toBe(true)
  })

  it('averages each criterion over the turns where it applied and its evidence held', () => {
    const byId = new Map(scorecard.criteria.map((entry) => [entry.id, entry]))
    expect(byId.get('acknowledge')).toEqual({ id: 'acknowledge', title: 'Acknowledge', average: 1, n: 2 })
    expect(byId.get('clarify')).toMatchObject({ average: 1.5, n: 2 })
    expect(byId.get('can_do')).toMatchObject({ average: 0, n: 1 })
    expect(byId.get('close')).toMatchObject({ average: null, n: 0 })
  })

  it('weights the averages into a total and compares it with the pass mark', () => {
    // acknowledge 3×1 + clarify 3×1.5 + no_blame 3×1 + can_do 2×0 = 10.5 of 22 possible.
    expect(scorecard.weightedTotal).toBe(48)
    expect(scorecard.passed).toBe(false)
    expect(scorecard.outcome).toBe('resolved')
    expect(scorecard.rubricVersion).toBe(defaultRubric.version)
  })

  it('draws the mood curve from the start and after each trainee turn', () => {
    expect(scorecard.moodCurve).toEqual([70, 85, 60, 40])
  })

  it('picks the strongest and weakest moments with their evidence', () => {
    expect(scorecard.strongest).toMatchObject({ turnId: 't2', quote: 'I can hear how stressful this fee is', score: 100 })
    expect(scorecard.strongest?.why).toContain('from 85 to 60')
    expect(scorecard.weakest).toMatchObject({ turnId: 't1', quote: 'You should have read the terms', score: 0 })
    expect(scorecard.weakest?.why).toContain('went up from 70 to 85')
  })

  it('gives exactly three coaching tips from the weakest criteria first', () => {
    expect(scorecard.coachingTips).toHaveLength(3)
    const tipFor = (id: string) => defaultRubric.criteria.find((entry) => entry.id === id)?.coachingTip
    expect(scorecard.coachingTips[0]).toEqual({ criterionId: 'can_do', tip: tipFor('can_do') })
    expect(scorecard.coachingTips.map((tip) => tip.criterionId)).toEqual(['can_do', 'acknowledge', 'no_blame'])
  })

  it('fills the tips with general advice when few criteria were weak', () => {
    const good = buildScorecard({ rubric: defaultRubric, turns: [turns[1] as ScorecardTurn], startMood: 85, outcome: 'resolved' })
    expect(good.coachingTips).toEqual(generalCoachingTips.map((tip) => ({ criterionId: null, tip })))
    expect(good.passed).toBe(true)
    expect(good.strongest?.turnId).toBe('t2')
    expect(good.weakest).toBeNull()
  })

  it('quotes the start of the turn when no evidence was given', () => {
    const long = 'A'.repeat(50) + ' ' + 'b'.repeat(300)
    const card = buildScorecard({
      rubric: defaultRubric,
      turns: [{ turnId: 'x', text: long, grade: turnGrade([criterion('clarify', 0)]), moodBefore: 50, moodAfter: 55 }],
      startMood: 50,
      outcome: 'customer_hung_up',
    })
    expect(card.weakest?.quote).toBe(long.slice(0, 160))
    expect(card.strongest).toBeNull()
  })

  it('has no total, no moments and still three tips when nothing was graded', () => {
    const empty = buildScorecard({ rubric: defaultRubric, turns: [], startMood: 60, outcome: 'trainee_ended' })
    expect(empty.weightedTotal).toBeNull()
    expect(empty.passed).toBe(false)
    expect(empty.moodCurve).toEqual([60])
    expect(empty.strongest).toBeNull()
    expect(empty.weakest).toBeNull()
    expect(empty.coachingTips).toHaveLength(3)
  })
})
