import { Hono } from 'hono'
import { z } from 'zod'
import type { TurnGrade } from '../../grader/grade-types'
import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import { getTurn } from '../db/queries/practice-queries'
import { deleteGradeReview, reviewView, saveGradeReview } from '../db/queries/review-queries'
import { type AppEnv, requireUser } from '../http/auth-middleware'
import { parseBody } from '../http/parse-body'
import { parseResultsFilters } from '../results/results-filters'
import { trainerAgreement } from '../results/trainer-agreement'

export const maxReviewCommentLength = 2_000

const reviewInputSchema = z.object({
  /** The trainer's score; null means "not applicable to this turn". Giving the grader's own score confirms it. */
  score: z.union([z.literal(0), z.literal(1), z.literal(2), z.null()], { error: 'score must be 0, 1, 2 or null (not applicable)' }),
  comment: z.string().trim().max(maxReviewCommentLength, `Keep the comment under ${maxReviewCommentLength} characters.`).default(''),
})

/** Trainer reviews of grades (overrides and confirmations) and the trainer-agreement figure. */
export function reviewRoutes(dependencies: AppDependencies) {
  const { db, clock } = dependencies

  /** The grade under review: a trainee turn's, holding that criterion, and no longer waiting for the model. */
  async function loadGradedCriterion(turnId: string, criterionId: string) {
    const turn = await getTurn(db, { id: turnId })
    if (!turn || turn.role !== 'trainee') throw new AppError('not_found:turn', 'No such trainee turn.')
    const grade = turn.grade as TurnGrade | null
    if (!grade) throw new AppError('conflict:not_graded', 'This turn has no grade to review yet.')
    const criterion = grade.criteria.find((entry) => entry.criterionId === criterionId)
    if (!criterion) throw new AppError('not_found:criterion', `This turn's grade has no criterion "${criterionId}".`)
    return { turn, grade, criterion }
  }

  return new Hono<AppEnv>()
    .use(requireUser(dependencies, ['trainer']))
    .get('/agreement', async (context) => {
      const filters = parseResultsFilters(context.req.query())
      return context.json(await trainerAgreement(db, filters))
    })
    .put('/:turnId/:criterionId', async (context) => {
      const reviewer = context.get('user')
      const input = await parseBody(context, reviewInputSchema)
      const { turn, grade, criterion } = await loadGradedCriterion(context.req.param('turnId'), context.req.param('criterionId'))
      if (grade.status === 'provisional') {
        throw new AppError('conflict:grade_pending', 'The grader is still working on this turn; review it once its grade has arrived.')
      }
      const row = await saveGradeReview(db, {
        turnId: turn.id,
        criterionId: criterion.criterionId,
        sessionId: turn.sessionId,
        gradedScore: criterion.score,
        gradeSource: grade.source,
        trainerScore: input.score,
        comment: input.comment,
        reviewerId: reviewer.id,
        now: clock(),
      })
      return context.json({ review: reviewView(row, reviewer.name) })
    })
    .delete('/:turnId/:criterionId', async (context) => {
      // By key alone: a review stays withdrawable even if the turn was re-graded without that criterion since.
      if (!(await deleteGradeReview(db, { turnId: context.req.param('turnId'), criterionId: context.req.param('criterionId') }))) {
        throw new AppError('not_found:review', 'This grade has no review to withdraw.')
      }
      return context.body(null, 204)
    })
}
