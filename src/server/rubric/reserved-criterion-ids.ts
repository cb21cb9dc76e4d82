import type { Rubric } from '../../grader/rubric'

export interface CriterionIdProblem {
  index: number
  message: string
}

/**
 * The ids of the shipped criteria stay theirs: grades, scorecards and the dashboard's per-criterion
 * figures join on the id across rubric versions. A criterion may carry a shipped id when it is
 * already in the current rubric (its wording may change freely) or when it reinstates a retired one,
 * recognised by a title that id has carried before (the shipped title or one from an earlier
 * version). Anything else under that id would be a different criterion mixed into the old one's figures.
 */
export function reservedCriterionIdProblems(input: {
  criteria: readonly { id?: unknown; title?: unknown }[]
  /** The rubric being edited: its criteria keep their ids. */
  current: Rubric
  /** The shipped rubric, whose ids are reserved. */
  shipped: Rubric
  /** Every stored version, for the titles a reserved id has carried. */
  history: readonly Rubric[]
}): CriterionIdProblem[] {
  const inCurrent = new Set(input.current.criteria.map((criterion) => criterion.id))
  const problems: CriterionIdProblem[] = []
  input.criteria.forEach((criterion, index) => {
    if (typeof criterion.id !== 'string' || inCurrent.has(criterion.id)) return
    const shipped = input.shipped.criteria.find((candidate) => candidate.id === criterion.id)
    if (!shipped) return
    const knownTitles = new Set([shipped, ...input.history.flatMap((rubric) => rubric.criteria)].filter((candidate) => candidate.id === criterion.id).map((candidate) => comparable(candidate.title)))
    if (typeof criterion.title === 'string' && knownTitles.has(comparable(criterion.title))) return
    problems.push({
      index,
      message: `"${criterion.id}" is the id of the built-in criterion "${shipped.title}": give a new criterion its own id, or reinstate "${shipped.title}" under its own title`,
    })
  })
  return problems
}

function comparable(title: string) {
  return title.trim().toLowerCase()
}
