import { and, asc, eq } from 'drizzle-orm'
import type { Database } from '../database'
import { gradeReviews, practiceSessions, users } from '../schema'
import type { ResultsFilters } from '../../results/results-filters'
import { withDatabaseError } from './database-error'
import { sessionFilterConditions } from './results-queries'

export type GradeReviewRow = typeof gradeReviews.$inferSelect

/** A trainer's review of one criterion on one turn, as the trainee and trainers see it. */
export interface GradeReviewView {
  turnId: string
  criterionId: string
  gradedScore: number | null
  gradeSource: 'rules' | 'llm'
  trainerScore: number | null
  /** The trainer's score differs from the grader's (otherwise they confirmed it). */
  overridden: boolean
  comment: string
  reviewerName: string
  updatedAt: string
}

/** Every review on a session's turns, oldest first. */
export function listGradeReviews(db: Database, { sessionId }: { sessionId: string }) {
  return withDatabaseError('reading grade reviews', async () => {
    const rows = await db
      .select({ review: gradeReviews, reviewerName: users.name })
      .from(gradeReviews)
      .innerJoin(users, eq(users.id, gradeReviews.reviewerId))
      .where(eq(gradeReviews.sessionId, sessionId))
      .orderBy(asc(gradeReviews.createdAt))
    return rows.map(({ review, reviewerName }) => reviewView(review, reviewerName))
  })
}

export function reviewView(review: GradeReviewRow, reviewerName: string): GradeReviewView {
  return {
    turnId: review.turnId,
    criterionId: review.criterionId,
    gradedScore: review.gradedScore,
    gradeSource: review.gradeSource,
    trainerScore: review.trainerScore,
    overridden: review.trainerScore !== review.gradedScore,
    comment: review.comment,
    reviewerName,
    updatedAt: review.updatedAt.toISOString(),
  }
}

/** The review of one criterion on one turn, if a trainer gave one. */
export function getGradeReview(db: Database, { turnId, criterionId }: { turnId: string; criterionId: string }) {
  return withDatabaseError('reading a grade review', async () => {
    const [row] = await db
      .select()
      .from(gradeReviews)
      .where(and(eq(gradeReviews.turnId, turnId), eq(gradeReviews.criterionId, criterionId)))
    return row ?? null
  })
}

/**
 * Stores a trainer's score for one criterion beside the grader's, replacing that criterion's earlier
 * review. The grader's score is copied as it stands now, so the pair stays what the trainer judged
 * even if the turn is re-graded later.
 */
export function saveGradeReview(
  db: Database,
  input: {
    turnId: string
    criterionId: string
    sessionId: string
    gradedScore: number | null
    gradeSource: 'rules' | 'llm'
    trainerScore: number | null
    comment: string
    reviewerId: string
    now: Date
  },
) {
  return withDatabaseError('saving a grade review', async () => {
    const { now, ...review } = input
    const [row] = await db
      .insert(gradeReviews)
      .values({ ...review, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [gradeReviews.turnId, gradeReviews.criterionId],
        set: {
          gradedScore: review.gradedScore,
          gradeSource: review.gradeSource,
          trainerScore: review.trainerScore,
          comment: review.comment,
          reviewerId: review.reviewerId,
          updatedAt: now,
        },
      })
      .returning()
    return row!
  })
}

/** Withdraws a review; false when there was none. */
export function deleteGradeReview(db: Database, { turnId, criterionId }: { turnId: string; criterionId: string }) {
  return withDatabaseError('withdrawing a grade review', async () => {
    const rows = await db
      .delete(gradeReviews)
      .where(and(eq(gradeReviews.turnId, turnId), eq(gradeReviews.criterionId, criterionId)))
      .returning({ turnId: gradeReviews.turnId })
    return rows.length > 0
  })
}

/**
 * Every review on the calls matching the filters, with the reviewer's name: the pairs behind the
 * trainer-agreement figure and the trainer columns of the turn export.
 */
export function listFilteredReviews(db: Database, { filters }: { filters: ResultsFilters }) {
  return withDatabaseError('listing grade reviews', async () => {
    const rows = await db
      .select({ review: gradeReviews, reviewerName: users.name })
      .from(gradeReviews)
      .innerJoin(practiceSessions, eq(practiceSessions.id, gradeReviews.sessionId))
      .innerJoin(users, eq(users.id, gradeReviews.reviewerId))
      .where(and(...sessionFilterConditions(filters)))
      .orderBy(asc(gradeReviews.createdAt))
    return rows.map(({ review, reviewerName }) => reviewView(review, reviewerName))
  })
}
