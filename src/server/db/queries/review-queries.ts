import { asc, eq } from 'drizzle-orm'
import type { Database } from '../database'
import { gradeReviews, users } from '../schema'
import { withDatabaseError } from './database-error'

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
