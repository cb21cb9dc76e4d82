import { describe, expect, it } from 'vitest'
import type { GradeReviewView } from '../../web/src/api/api-types'
import { choiceToScore, findReview, reviewTally, scoreToChoice, staleGradedScore, withoutReview, withReview } from '../../web/src/trainer/results/review-list'

function review(fields: Partial<GradeReviewView> & Pick<GradeReviewView, 'turnId' | 'criterionId'>): GradeReviewView {
  return { gradedScore: 2, gradeSource: 'llm', trainerScore: 2, overridden: false, comment: '', reviewerName: 'Tom', updatedAt: '2025-01-01T00:00:00.000Z', ...fields }
}

describe('review list on the review screen', () => {
  it('a saved review replaces the earlier one for the same turn and criterion, in place', () => {
    const first = review({ turnId: 't1', criterionId: 'acknowledge' })
    const other = review({ turnId: 't1', criterionId: 'clarify' })
    const changed = review({ turnId: 't1', criterionId: 'acknowledge', trainerScore: 0, overridden: true })
    expect(withReview([first, other], changed)).toEqual([changed, other])
    expect(withReview([other], first)).toEqual([other, first])
    expect(findReview([first, other], 't1', 'clarify')).toBe(other)
    expect(findReview([first], 't2', 'acknowledge')).toBeNull()
  })

  it('withdrawing removes only that review', () => {
    const kept = review({ turnId: 't2', criterionId: 'acknowledge' })
    expect(withoutReview([review({ turnId: 't1', criterionId: 'acknowledge' }), kept], 't1', 'acknowledge')).toEqual([kept])
  })

  it('counts reviews and overrides', () => {
    expect(reviewTally([review({ turnId: 't1', criterionId: 'a' }), review({ turnId: 't1', criterionId: 'b', overridden: true, trainerScore: 1 })])).toEqual({ reviewed: 2, overridden: 1 })
  })

  it('n/a survives the trip through the form', () => {
    for (const score of [0, 1, 2, null] as const) expect(choiceToScore(scoreToChoice(score))).toBe(score)
    expect(scoreToChoice(null)).toBe('na')
  })

  it('notices when the turn was re-graded after the review', () => {
    expect(staleGradedScore(review({ turnId: 't', criterionId: 'a', gradedScore: 1 }), 2)).toBe(1)
    expect(staleGradedScore(review({ turnId: 't', criterionId: 'a', gradedScore: null }), 2)).toBeNull()
    expect(staleGradedScore(review({ turnId: 't', criterionId: 'a', gradedScore: 2 }), 2)).toBeUndefined()
  })
})
