import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { TurnGrade } from '../../src/grader/grade-types'
import { defaultRubric } from '../../src/grader/rubric'
import type { GradeReviewView, SessionScorecard } from '../../web/src/api/api-types'
import { CriterionScores, GradeReviewsContext } from '../../web/src/call/criterion-scores'

const grade: TurnGrade = {
  source: 'llm',
  status: 'graded',
  criteria: [
    { criterionId: 'acknowledge', score: 2, rationale: 'Named the missed callbacks.', evidence: 'three missed callbacks', evidenceVerified: true },
    { criterionId: 'clarify', score: null, rationale: 'No facts missing.', evidence: null, evidenceVerified: true },
    { criterionId: 'close', score: null, rationale: 'Not closing yet.', evidence: null, evidenceVerified: true },
  ],
  betterReply: null,
  weightedScore: 100,
  flagged: [],
}

function review(fields: Partial<GradeReviewView> & Pick<GradeReviewView, 'criterionId'>): GradeReviewView {
  return { turnId: 'turn-1', gradedScore: 2, gradeSource: 'llm', trainerScore: 2, overridden: false, comment: '', reviewerName: 'Tom Trainer', updatedAt: '2025-01-01T00:00:00.000Z', ...fields }
}

const named = defaultRubric.criteria

describe("trainers' reviews on the trainee's view of a call", () => {
  it("shows a trainer's override next to the grader's score, with the comment, escaped", () => {
    const html = renderToStaticMarkup(
      createElement(CriterionScores, {
        grade,
        named,
        turnId: 'turn-1',
        reviews: [review({ criterionId: 'acknowledge', trainerScore: 1, overridden: true, comment: 'Say sorry for <b>them</b> too.' })],
      }),
    )
    expect(html).toMatch(/2\/2 <span class="score-word">Strong<\/span>.*Trainer:.*1\/2 <span class="score-word">Partly<\/span>.*Say sorry for &lt;b&gt;them&lt;\/b&gt; too\./s)
    expect(html).toContain('Tom Trainer')
  })

  it('a criterion the grader called n/a is listed when a trainer scored it; a confirmation reads "Trainer agreed"', () => {
    const html = renderToStaticMarkup(
      createElement(CriterionScores, {
        grade,
        named,
        turnId: 'turn-1',
        reviews: [review({ criterionId: 'clarify', gradedScore: null, trainerScore: 0, overridden: true, comment: 'Ask which date.' }), review({ criterionId: 'close', gradedScore: null, trainerScore: null })],
      }),
    )
    expect(html).toMatch(/Clarify<\/strong>.*Trainer:.*0\/2.*Ask which date\./s)
    expect(html).toContain('Not applicable this turn: Close the call')
    expect(html).not.toContain('Trainer agreed')
    const confirmed = renderToStaticMarkup(createElement(CriterionScores, { grade, named, turnId: 'turn-1', reviews: [review({ criterionId: 'acknowledge' })] }))
    expect(confirmed).toContain('Trainer agreed')
  })

  it("reads reviews from the context, and only this turn's", () => {
    const reviews = [review({ criterionId: 'acknowledge', trainerScore: 0, overridden: true }), review({ turnId: 'turn-2', criterionId: 'acknowledge', trainerScore: 1, overridden: true })]
    const html = renderToStaticMarkup(createElement(GradeReviewsContext, { value: reviews }, createElement(CriterionScores, { grade, named, turnId: 'turn-1' })))
    expect(html).toContain('0/2')
    expect(html).not.toContain('1/2')
    const withoutTurn = renderToStaticMarkup(createElement(GradeReviewsContext, { value: reviews }, createElement(CriterionScores, { grade, named })))
    expect(withoutTurn).not.toContain('Trainer')
  })

  describe('the scorecard', () => {
    let ScorecardView: typeof import('../../web/src/scorecard/scorecard-view').ScorecardView
    beforeAll(async () => {
      // The scorecard's "Try again" reaches the router, which listens on window when loaded.
      vi.stubGlobal('window', { addEventListener: () => {}, removeEventListener: () => {}, location: { pathname: '/' } })
      ;({ ScorecardView } = await import('../../web/src/scorecard/scorecard-view'))
    })
    afterAll(() => vi.unstubAllGlobals())

    const scorecard: SessionScorecard = {
      rubricVersion: 'default-1',
      criteria: [
        { id: 'acknowledge', title: 'Acknowledge', average: 1.5, n: 2 },
        { id: 'clarify', title: 'Clarify', average: null, n: 0 },
      ],
      weightedTotal: 75,
      passMark: 70,
      passed: true,
      outcome: 'resolved',
      moodCurve: [80, 60, 30],
      strongest: null,
      weakest: null,
      coachingTips: [
        { criterionId: null, tip: 'One.' },
        { criterionId: null, tip: 'Two.' },
        { criterionId: null, tip: 'Three.' },
      ],
    }
    const persona = { id: 'p', version: 1, name: 'Dale Harrow', archetype: 'hostile' as const, difficulty: 4, summary: 's', company: 'Lumenet', hangUpPolicy: { kind: 'never' as const }, brief: { callingAbout: 's', account: [], history: [], notes: [], options: [] } }
    const props = { scorecard, rubric: defaultRubric, outcome: null, persona, mode: 'scripted' as const, moodLevels: [80, 60, 30], turnTexts: ['a', 'b'], endedAt: null }

    it('says per criterion how many grades a trainer reviewed and changed', () => {
      const reviews = [review({ criterionId: 'acknowledge', trainerScore: 1, overridden: true }), review({ turnId: 'turn-2', criterionId: 'acknowledge' })]
      const html = renderToStaticMarkup(createElement(ScorecardView, { ...props, models: { persona: false, grader: false }, reviews }))
      expect(html).toContain('Trainer reviewed 2: changed 1')
      expect(html).toContain('Try again')
      expect(html.match(/Trainer reviewed/g)).toHaveLength(1)
    })

    it('offers no "Try again" when shown without models (a trainer reviewing someone else’s call)', () => {
      const html = renderToStaticMarkup(createElement(ScorecardView, props))
      expect(html).not.toContain('Try again')
      expect(html).not.toContain('Trainer reviewed')
    })
  })
})
