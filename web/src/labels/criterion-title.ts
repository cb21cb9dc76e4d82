type NamedCriteria = readonly { id: string; title: string }[] | null | undefined

/**
 * The title of a rubric criterion. Grades carry only the id; the call's own rubric (from the session
 * view) names its criteria. An id the rubric doesn't know is shown in words.
 */
export function criterionTitle(id: string, named?: NamedCriteria): string {
  const title = named?.find((criterion) => criterion.id === id)?.title
  if (title) return title
  const words = id.replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Rubric order, so grades list criteria the way the scorecard does. */
export function criterionOrder(id: string, named?: NamedCriteria): number {
  const source = named ?? []
  const index = source.findIndex((criterion) => criterion.id === id)
  return index === -1 ? source.length : index
}
