import type { AuthoredRubric } from '../db/queries/rubric-queries'

/** A version as the API shows it: the whole rubric, who saved it and why. */
export function rubricVersionView(stored: AuthoredRubric) {
  return {
    version: stored.version,
    rubric: stored.rubric,
    note: stored.note,
    createdAt: stored.createdAt.toISOString(),
    createdByName: stored.createdByName,
  }
}

/** A line of the version history: enough to pick one to look at, compare or restore. */
export function rubricVersionSummary(stored: AuthoredRubric) {
  return {
    version: stored.version,
    label: stored.rubric.version,
    passMark: stored.rubric.passMark,
    criterionCount: stored.rubric.criteria.length,
    note: stored.note,
    createdAt: stored.createdAt.toISOString(),
    createdByName: stored.createdByName,
  }
}
