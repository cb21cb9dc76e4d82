import { describe, expect, it } from 'vitest'
import { averageText, countText, kappaMeaning, kappaText, percentText, scoreText, weakestCriterion } from '../../web/src/trainer/results/results-figures'
import { sparklinePoints, sparklineY } from '../../web/src/trainer/results/sparkline-geometry'

describe('results figures', () => {
  it('formats shares, averages, scores and kappa, with a dash for "no figure"', () => {
    expect(percentText(0.625)).toBe('63%')
    expect(percentText(null)).toBe('–')
    expect(averageText(1.25)).toBe('1.3')
    expect(averageText(null)).toBe('–')
    expect(scoreText(69.6)).toBe('70')
    expect(kappaText(5 / 13)).toBe('0.38')
    expect(kappaText(-0.25)).toBe('−0.25')
    expect(kappaText(-0.001)).toBe('0.00')
    expect(kappaText(null)).toBe('–')
    expect(countText(1, 'call')).toBe('1 call')
    expect(countText(2, 'call')).toBe('2 calls')
  })

  it('reads kappa in words on the usual scale', () => {
    expect([null, -0.1, 0.1, 0.3, 0.5, 0.7, 0.9].map(kappaMeaning)).toEqual([
      'not enough reviews',
      'worse than chance',
      'slight',
      'fair',
      'moderate',
      'substantial',
      'almost perfect',
    ])
  })

  it('finds the weakest graded criterion, skipping those never graded', () => {
    const criteria = [
      { id: 'acknowledge', title: 'Acknowledge' },
      { id: 'clarify', title: 'Clarify' },
      { id: 'close', title: 'Close' },
    ]
    expect(weakestCriterion({ acknowledge: 1.5, clarify: 0.5, close: null }, criteria)).toEqual({ id: 'clarify', title: 'Clarify', average: 0.5 })
    expect(weakestCriterion({ close: null }, criteria)).toBeNull()
  })
})

describe('score sparkline geometry', () => {
  it('spreads scores from left to right with 100 at the top and 0 at the bottom', () => {
    const points = sparklinePoints(
      [
        { score: 0, passed: false },
        { score: 50, passed: false },
        { score: 100, passed: true },
      ],
      108,
      28,
    )
    expect(points.map(({ x, y }) => [x, y])).toEqual([
      [4, 24],
      [54, 14],
      [104, 4],
    ])
    expect(points[2]!.passed).toBe(true)
  })

  it('puts a single score in the middle and keeps out-of-range scores inside', () => {
    expect(sparklinePoints([{ score: 140, passed: true }], 108, 28)).toEqual([{ x: 54, y: 4, score: 140, passed: true }])
    expect(sparklineY(70, 28)).toBe(10)
  })
})
