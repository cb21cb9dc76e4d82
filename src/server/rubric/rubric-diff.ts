import type { Rubric, RubricCriterion } from '../../grader/rubric'

type FieldValue = string | number | null

/** One difference between two rubric versions, by path (`passMark`, `criteria.no_blame.anchors.0`). */
export type RubricChange =
  | { kind: 'changed'; path: string; criterionId: string | null; field: string; before: FieldValue; after: FieldValue }
  | { kind: 'added'; path: string; criterionId: string; title: string }
  | { kind: 'retired'; path: string; criterionId: string; title: string }
  | { kind: 'reordered'; path: 'criteria'; before: string[]; after: string[] }

const criterionFields: { field: string; read: (criterion: RubricCriterion) => FieldValue }[] = [
  { field: 'title', read: (criterion) => criterion.title },
  { field: 'description', read: (criterion) => criterion.description },
  { field: 'anchors.0', read: (criterion) => criterion.anchors[0] },
  { field: 'anchors.1', read: (criterion) => criterion.anchors[1] },
  { field: 'anchors.2', read: (criterion) => criterion.anchors[2] },
  { field: 'weight', read: (criterion) => criterion.weight },
  { field: 'coachingTip', read: (criterion) => criterion.coachingTip },
  { field: 'appliesWhen', read: (criterion) => criterion.appliesWhen ?? null },
]

/** What changed from `before` to `after`: the pass mark, criteria added or retired, field edits, and the order. */
export function diffRubrics(before: Rubric, after: Rubric): RubricChange[] {
  const changes: RubricChange[] = []
  if (before.passMark !== after.passMark) {
    changes.push({ kind: 'changed', path: 'passMark', criterionId: null, field: 'passMark', before: before.passMark, after: after.passMark })
  }
  const beforeById = new Map(before.criteria.map((criterion) => [criterion.id, criterion]))
  const afterIds = new Set(after.criteria.map((criterion) => criterion.id))
  for (const criterion of after.criteria) {
    const previous = beforeById.get(criterion.id)
    if (!previous) {
      changes.push({ kind: 'added', path: `criteria.${criterion.id}`, criterionId: criterion.id, title: criterion.title })
      continue
    }
    for (const { field, read } of criterionFields) {
      if (read(previous) !== read(criterion)) {
        changes.push({ kind: 'changed', path: `criteria.${criterion.id}.${field}`, criterionId: criterion.id, field, before: read(previous), after: read(criterion) })
      }
    }
  }
  for (const criterion of before.criteria) {
    if (!afterIds.has(criterion.id)) changes.push({ kind: 'retired', path: `criteria.${criterion.id}`, criterionId: criterion.id, title: criterion.title })
  }
  const keptBefore = before.criteria.map((criterion) => criterion.id).filter((id) => afterIds.has(id))
  const keptAfter = after.criteria.map((criterion) => criterion.id).filter((id) => beforeById.has(id))
  if (keptBefore.join('\n') !== keptAfter.join('\n')) changes.push({ kind: 'reordered', path: 'criteria', before: keptBefore, after: keptAfter })
  return changes
}
