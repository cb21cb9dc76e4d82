import type { CriterionGrade } from './grade-types'
import type { Rubric } from './rubric'

/**
 * Weighted mean of the scores that count, scaled to 0–100 and rounded to a whole number.
 * A criterion counts when it has a score, its evidence was verified (a flagged score is not
 * trusted) and the rubric knows it. Null when nothing counts.
 */
export function weightedScore(criteria: readonly CriterionGrade[], rubric: Rubric): number | null {
  const weights = new Map(rubric.criteria.map((criterion) => [criterion.id, criterion.weight]))
  let earned = 0
  let possible = 0
  for (const grade of criteria) {
    const weight = weights.get(grade.criterionId)
    if (weight === undefined || grade.score === null || !grade.evidenceVerified) continue
    earned += weight * grade.score
    possible += weight * 2
  }
  return possible === 0 ? null : Math.round((earned / possible) * 100)
}
