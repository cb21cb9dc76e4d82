import { summariseAgreement } from '../../grader/agreement'
import type { GradeSource, Score } from '../../grader/grade-types'

/** One reviewed grade: the grader's score as the trainer saw it, and the trainer's. */
export interface ReviewedScore {
  criterionId: string
  gradedScore: number | null
  gradeSource: GradeSource
  trainerScore: number | null
}

export interface AgreementRow {
  /** Null on the overall rows. */
  criterionId: string | null
  title: string
  /** Grades trainers reviewed. */
  reviewed: number
  /** Reviews that kept the grader's score (n/a included). */
  confirmed: number
  /** Reviews that changed it. */
  overridden: number
  /** Reviews where both gave a score (not n/a): what exact, withinOne and kappa are over. */
  n: number
  /** Share of those where the trainer gave the grader's score. */
  exact: number | null
  withinOne: number | null
  /** Quadratic-weighted Cohen's kappa, trainer against grader; null when undefined (too few or all one score). */
  kappa: number | null
  /** How many of the reviewed grades came from each grader. */
  sources: Record<GradeSource, number>
}

export interface AgreementReport {
  criteria: AgreementRow[]
  overall: AgreementRow
  /** The overall figure for each grader, so a trainer can tell the model's agreement from the rules'. */
  bySource: Record<GradeSource, AgreementRow>
}

/**
 * "Trainer agreement": how often trainers agree with the grader, per criterion and overall, from
 * their overrides and confirmations. The trainer is the reference and the grader the one under test,
 * through the same `summariseAgreement` the grader evaluation uses, so both report the same figures.
 * Criteria are listed in the order given, then any other reviewed ones.
 */
export function agreementReport(reviews: readonly ReviewedScore[], criteria: readonly { id: string; title: string }[]): AgreementReport {
  const ids = [...new Set([...criteria.map(({ id }) => id), ...reviews.map(({ criterionId }) => criterionId)])]
  const titled = new Map(criteria.map(({ id, title }) => [id, title]))
  return {
    criteria: ids
      .map((id) => row(id, titled.get(id) ?? id, reviews.filter((review) => review.criterionId === id)))
      .filter((entry) => entry.reviewed > 0 || titled.has(entry.criterionId!)),
    overall: row(null, 'All criteria', reviews),
    bySource: {
      llm: row(null, 'Model grader', reviews.filter((review) => review.gradeSource === 'llm')),
      rules: row(null, 'Rules grader', reviews.filter((review) => review.gradeSource === 'rules')),
    },
  }
}

function row(criterionId: string | null, title: string, reviews: readonly ReviewedScore[]): AgreementRow {
  const summary = summariseAgreement(reviews.map((review) => ({ reference: asScore(review.trainerScore), graded: asScore(review.gradedScore) })))
  const confirmed = reviews.filter((review) => review.trainerScore === review.gradedScore).length
  return {
    criterionId,
    title,
    reviewed: reviews.length,
    confirmed,
    overridden: reviews.length - confirmed,
    n: summary.n,
    exact: summary.exact,
    withinOne: summary.withinOne,
    kappa: summary.kappa,
    sources: {
      llm: reviews.filter((review) => review.gradeSource === 'llm').length,
      rules: reviews.filter((review) => review.gradeSource === 'rules').length,
    },
  }
}

function asScore(value: number | null): Score {
  return value === 0 || value === 1 || value === 2 ? value : null
}
