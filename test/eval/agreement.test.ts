import { describe, expect, it } from 'vitest'
import { quadraticWeightedKappa, shareIdentical, summariseAgreement, type ScorePair } from '../../src/grader/agreement'
import type { Score } from '../../src/grader/grade-types'

function pairs(reference: Score[], graded: Score[]): ScorePair[] {
  return reference.map((score, index) => ({ reference: score, graded: graded[index] ?? null }))
}

describe('quadraticWeightedKappa', () => {
  it('is 1 for perfect agreement over more than one score', () => {
    expect(quadraticWeightedKappa([[0, 0], [1, 1], [2, 2], [2, 2]])).toBe(1)
  })

  it('is -1 when the scores are mirrored', () => {
    // Observed: 0↔2 twice (weight 1), 1↔1 (weight 0) → 2/3. Chance, with uniform marginals: (1/9)·(12/4) = 1/3.
    expect(quadraticWeightedKappa([[0, 2], [1, 1], [2, 0]])).toBeCloseTo(-1, 10)
  })

  it('matches a hand-computed case with unequal marginals', () => {
    // Reference 0,0,1,2; graded 0,1,1,2. Observed weighted disagreement: one miss by one point = (1/4)/4 = 1/16.
    // Marginals: reference (2,1,1)/4, graded (1,2,1)/4. Chance: 1/4·(4+1+1+2)/16 + 1·(2+1)/16 = 5/16. kappa = 1 − 1/5.
    expect(quadraticWeightedKappa([[0, 0], [0, 1], [1, 1], [2, 2]])).toBeCloseTo(0.8, 10)
  })

  it('weighs a two-point miss four times a one-point miss', () => {
    const base: Array<[number, number]> = [[0, 0], [1, 1], [2, 2], [0, 0], [2, 2]]
    const onePoint = quadraticWeightedKappa([...base, [1, 2]])!
    const twoPoints = quadraticWeightedKappa([...base, [0, 2]])!
    expect(onePoint).toBeGreaterThan(twoPoints)
    // Reference 0,1,2,0,2,1 and graded 0,1,2,0,2,2: observed (1/4)/6 = 1/24. Marginals (2,2,2)/6 and (2,1,3)/6,
    // chance = [(1/4)(2·1 + 2·2 + 2·3 + 2·1) + 1·(2·3 + 2·2)] / 36 = 13.5/36. kappa = 1 − (1/24)/(13.5/36) = 8/9.
    expect(onePoint).toBeCloseTo(8 / 9, 10)
  })

  it('is null without pairs, and when both sides used one and the same score throughout', () => {
    expect(quadraticWeightedKappa([])).toBeNull()
    expect(quadraticWeightedKappa([[2, 2], [2, 2]])).toBeNull()
  })

  it('is 0 or below when one side is constant and the other is not', () => {
    expect(quadraticWeightedKappa([[2, 2], [1, 2], [0, 2]])).toBe(0)
  })

  it('refuses ratings outside the scale', () => {
    expect(() => quadraticWeightedKappa([[0, 3]])).toThrow(RangeError)
  })
})

describe('summariseAgreement', () => {
  it('computes exact, within-one and kappa over the pairs both sides scored, and coverage of the reference', () => {
    const summary = summariseAgreement(pairs([0, 0, 1, 2, 2, null, 1], [0, 1, 1, 2, null, null, 2]))
    expect(summary.pairs).toBe(7)
    expect(summary.referenceScored).toBe(6)
    expect(summary.n).toBe(5)
    expect(summary.coverage).toBeCloseTo(5 / 6, 10)
    expect(summary.exact).toBeCloseTo(3 / 5, 10)
    expect(summary.withinOne).toBe(1)
    // Scored pairs: (0,0) (0,1) (1,1) (2,2) (1,2).
    expect(summary.kappa).toBeCloseTo(quadraticWeightedKappa([[0, 0], [0, 1], [1, 1], [2, 2], [1, 2]])!, 10)
    expect(summary.applicabilityAgreement).toBeCloseTo(6 / 7, 10)
  })

  it('keeps n/a as its own row and column of the confusion matrix', () => {
    const summary = summariseAgreement(pairs([0, null, 2, 2], [null, 0, 2, 1]))
    expect(summary.confusion).toEqual([
      [0, 0, 0, 1],
      [0, 0, 0, 0],
      [0, 1, 1, 0],
      [1, 0, 0, 0],
    ])
  })

  it("counts a 0 the reference called n/a against the precision of flagged 0s", () => {
    const summary = summariseAgreement(pairs([0, 0, 1, null, 0], [0, 0, 0, 0, 2]))
    expect(summary.flaggedZeros).toEqual({ flagged: 4, confirmed: 2, precision: 0.5 })
    expect(summary.zeroRecall).toBeCloseTo(2 / 3, 10)
    expect(summary.precisionByScore[0]).toBe(0.5)
    expect(summary.precisionByScore[2]).toBe(0)
    expect(summary.precisionByScore[1]).toBeNull()
  })

  it('reports null figures rather than dividing by zero', () => {
    const summary = summariseAgreement([])
    expect(summary).toMatchObject({ n: 0, coverage: null, exact: null, withinOne: null, kappa: null, zeroRecall: null })
    expect(summary.flaggedZeros.precision).toBeNull()
  })
})

describe('shareIdentical', () => {
  it('counts an item consistent only when every repeat gave the same labels', () => {
    const same = { acknowledge: 2, clarify: null } as const
    expect(
      shareIdentical([
        [same, same, same],
        [same, { acknowledge: 2, clarify: 1 }, same],
        [{ close: 1 }, { close: 1 }],
        [],
      ]),
    ).toBe(0.5)
    expect(shareIdentical([])).toBeNull()
  })
})
