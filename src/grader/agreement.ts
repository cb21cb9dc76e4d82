import type { Score } from './grade-types'

/**
 * How far two graders agree on 0–2 rubric scores: a reference (gold labels, or a trainer's
 * override) and a grader under test (the rules, the model). Pure; the grader evaluation and the
 * trainer dashboard's "trainer agreement" both use it, so both report the same figures.
 *
 * n/a (null) is a judgement of its own, not a score: the figures on scores (exact, within one,
 * kappa) are over the pairs where both sides gave a score, `coverage` says how many of the
 * reference's scores that is, and the confusion matrix keeps the n/a row and column.
 */
export interface ScorePair {
  reference: Score
  graded: Score
}

/** Row and column order of the confusion matrix: the three scores, then n/a. */
export const confusionLabels = ['0', '1', '2', 'n/a'] as const

export interface AgreementSummary {
  /** Pairs given. */
  pairs: number
  /** Pairs where both sides gave a score; exact, withinOne and kappa are over these. */
  n: number
  /** Pairs where the reference gave a score. */
  referenceScored: number
  /** Share of the reference's scores the grader also scored (it said n/a to the rest); null without reference scores. */
  coverage: number | null
  /** Share of scored pairs with the same score. */
  exact: number | null
  /** Share of scored pairs at most one point apart. */
  withinOne: number | null
  /** Quadratic-weighted Cohen's kappa over the scored pairs; null when it is undefined (see `quadraticWeightedKappa`). */
  kappa: number | null
  /** Both sides said n/a, or both gave a score, over all pairs. */
  applicabilityAgreement: number | null
  /** counts[reference][graded], in `confusionLabels` order. */
  confusion: number[][]
  /**
   * The grader's 0s: how many it gave, and how many of those the reference also scored 0. A 0 is
   * what a trainee is told they did wrong, so a false 0 costs most; the reference's n/a counts as
   * "not a 0".
   */
  flaggedZeros: { flagged: number; confirmed: number; precision: number | null }
  /** Share of the reference's 0s the grader also scored 0. */
  zeroRecall: number | null
  /** For each score 0, 1, 2: of the grader's scores of that value, the share the reference gave the same score. */
  precisionByScore: [number | null, number | null, number | null]
}

export function summariseAgreement(pairs: readonly ScorePair[]): AgreementSummary {
  const confusion = confusionLabels.map(() => confusionLabels.map(() => 0))
  const scored: Array<[number, number]> = []
  let referenceScored = 0
  let sameApplicability = 0
  let flagged = 0
  let confirmed = 0
  let referenceZeros = 0
  let zerosFound = 0
  for (const { reference, graded } of pairs) {
    const row = confusion[index(reference)]!
    row[index(graded)] = (row[index(graded)] ?? 0) + 1
    if (reference !== null) referenceScored += 1
    if ((reference === null) === (graded === null)) sameApplicability += 1
    if (reference !== null && graded !== null) scored.push([reference, graded])
    if (graded === 0) {
      flagged += 1
      if (reference === 0) confirmed += 1
    }
    if (reference === 0) {
      referenceZeros += 1
      if (graded === 0) zerosFound += 1
    }
  }
  const n = scored.length
  return {
    pairs: pairs.length,
    n,
    referenceScored,
    coverage: share(n, referenceScored),
    exact: share(scored.filter(([first, second]) => first === second).length, n),
    withinOne: share(scored.filter(([first, second]) => Math.abs(first - second) <= 1).length, n),
    kappa: quadraticWeightedKappa(scored),
    applicabilityAgreement: share(sameApplicability, pairs.length),
    confusion,
    flaggedZeros: { flagged, confirmed, precision: share(confirmed, flagged) },
    zeroRecall: share(zerosFound, referenceZeros),
    precisionByScore: [0, 1, 2].map((score) => {
      const column = confusion.map((row) => row[score] ?? 0)
      return share(column[score] ?? 0, column.reduce((sum, count) => sum + count, 0))
    }) as AgreementSummary['precisionByScore'],
  }
}

/**
 * Cohen's kappa with quadratic weights, for ratings 0 … categories−1: a miss by two points costs
 * four times a miss by one. 1 is perfect agreement, 0 is what chance would give with the same
 * score distributions, below 0 is worse than chance.
 *
 * kappa = 1 − Σ w·O / Σ w·E, with O the observed and E the chance-expected share of each cell and
 * w = (i − j)² / (categories − 1)². Null when there are no pairs, or when chance disagreement is 0
 * (both sides gave one and the same score throughout), where kappa is undefined.
 */
export function quadraticWeightedKappa(pairs: ReadonlyArray<readonly [number, number]>, categories = 3): number | null {
  const total = pairs.length
  if (total === 0 || categories < 2) return null
  const observed = Array.from({ length: categories }, () => new Array<number>(categories).fill(0))
  const firstMarginal = new Array<number>(categories).fill(0)
  const secondMarginal = new Array<number>(categories).fill(0)
  for (const [first, second] of pairs) {
    if (!isCategory(first, categories) || !isCategory(second, categories)) {
      throw new RangeError(`ratings must be whole numbers from 0 to ${categories - 1}; got ${first} and ${second}`)
    }
    observed[first]![second]! += 1
    firstMarginal[first]! += 1
    secondMarginal[second]! += 1
  }
  let observedDisagreement = 0
  let expectedDisagreement = 0
  for (let row = 0; row < categories; row += 1) {
    for (let column = 0; column < categories; column += 1) {
      const weight = (row - column) ** 2 / (categories - 1) ** 2
      observedDisagreement += (weight * observed[row]![column]!) / total
      expectedDisagreement += (weight * firstMarginal[row]! * secondMarginal[column]!) / (total * total)
    }
  }
  if (expectedDisagreement === 0) return null
  return 1 - observedDisagreement / expectedDisagreement
}

/**
 * Share of items on which every repeated grading gave identical labels (a grader's consistency).
 * `repeats[item]` holds that item's labels from each repeat, keyed by criterion id; an item graded
 * fewer than twice counts as consistent only if it was graded at all.
 */
export function shareIdentical(repeats: ReadonlyArray<ReadonlyArray<Readonly<Record<string, Score>>>>): number | null {
  if (repeats.length === 0) return null
  const identical = repeats.filter((runs) => {
    const [first, ...rest] = runs
    if (first === undefined) return false
    const keys = new Set([...Object.keys(first), ...rest.flatMap((run) => Object.keys(run))])
    return rest.every((run) => [...keys].every((key) => run[key] === first[key]))
  }).length
  return identical / repeats.length
}

function index(score: Score): number {
  return score === null ? 3 : score
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole
}

function isCategory(value: number, categories: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < categories
}
