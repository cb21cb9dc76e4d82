import { z } from 'zod'
import { type Rubric, rubricSchema } from '../../grader/rubric'
import { reservedCriterionIdProblems } from './reserved-criterion-ids'

/**
 * `PUT /api/rubric`: the pass mark and the criteria (in scorecard order) of the next version, with
 * an optional note. The server names the version; `baseVersion`, when given, must still be the
 * current one, so two trainers editing at once don't silently overwrite each other.
 */
export const rubricEditBodySchema = z.object({
  passMark: z.unknown(),
  criteria: z.unknown(),
  note: z.string().trim().max(500).optional(),
  baseVersion: z.number().int().positive().optional(),
})

export const rubricRestoreBodySchema = z.object({
  version: z.number().int().positive(),
})

/**
 * The whole rubric check for a new version: the rubric spec (field by field) and the reserved
 * criterion ids. Issue paths match the request body (`criteria.2.anchors.0`).
 */
export function editedRubricSchema(context: { current: Rubric; shipped: Rubric; history: readonly Rubric[] }) {
  return rubricSchema.superRefine((rubric, issues) => {
    if (!Array.isArray(rubric.criteria)) return
    for (const problem of reservedCriterionIdProblems({ criteria: rubric.criteria, ...context })) {
      issues.addIssue({ code: 'custom', message: problem.message, path: ['criteria', problem.index, 'id'] })
    }
  })
}

/** The label a saved version carries on every grade and scorecard made under it. */
export function rubricVersionLabel(version: number) {
  return `v${version}`
}
