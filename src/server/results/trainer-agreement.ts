import type { Database } from '../db/database'
import { listFilteredReviews } from '../db/queries/review-queries'
import { getCurrentRubric } from '../db/queries/rubric-queries'
import { defaultRubric } from '../../grader/rubric'
import { agreementReport } from './agreement-report'
import type { ResultsFilters } from './results-filters'

/** The trainer-agreement figure over the reviews of the calls matching the filters, criteria in current rubric order. */
export async function trainerAgreement(db: Database, filters: ResultsFilters) {
  const [reviews, rubric] = await Promise.all([listFilteredReviews(db, { filters }), getCurrentRubric(db)])
  return agreementReport(reviews, (rubric?.rubric ?? defaultRubric).criteria)
}
