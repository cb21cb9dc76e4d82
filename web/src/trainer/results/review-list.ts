import type { Score } from '../../../../src/grader/grade-types'
import type { GradeReviewView } from '../../../../src/server/db/queries/review-queries'

/** The review of one criterion on one turn, if there is one. */
export function findReview(reviews: readonly GradeReviewView[], turnId: string, criterionId: string): GradeReviewView | null {
  return reviews.find((review) => review.turnId === turnId && review.criterionId === criterionId) ?? null
}

/** The list with this review in place of any earlier one for the same turn and criterion. */
export function withReview(reviews: readonly GradeReviewView[], review: GradeReviewView): GradeReviewView[] {
  const index = reviews.findIndex((entry) => entry.turnId === review.turnId && entry.criterionId === review.criterionId)
  if (index === -1) return [...reviews, review]
  return reviews.map((entry, position) => (position === index ? review : entry))
}

export function withoutReview(reviews: readonly GradeReviewView[], turnId: string, criterionId: string): GradeReviewView[] {
  return reviews.filter((review) => !(review.turnId === turnId && review.criterionId === criterionId))
}

/** How much of a call trainers have reviewed: grades reviewed, and how many of those they changed. */
export function reviewTally(reviews: readonly GradeReviewView[]) {
  return { reviewed: reviews.length, overridden: reviews.filter((review) => review.overridden).length }
}

/** A score as the form's radio value, and back: null (n/a) has to be a string in a form. */
export function scoreToChoice(score: Score): string {
  return score === null ? 'na' : String(score)
}

export function choiceToScore(choice: string): Score {
  return choice === '0' ? 0 : choice === '1' ? 1 : choice === '2' ? 2 : null
}

/** The grader's score as it was when the trainer reviewed it, if the turn has been re-graded since. */
export function staleGradedScore(review: GradeReviewView, currentScore: Score): Score | undefined {
  return review.gradedScore === currentScore ? undefined : (review.gradedScore as Score)
}
