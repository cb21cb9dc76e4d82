import type { z } from 'zod'
import { type Rubric, type RubricCriterion, rubricSchema } from '../../../../src/grader/rubric'

/** Where a criterion in the editor came from: the rubric being edited, added just now, or a built-in brought back. */
export type CriterionOrigin = 'kept' | 'added' | 'reinstated'

/** One criterion as the form holds it: text as typed (numbers too), so nothing is lost while it is half-edited. */
export interface DraftCriterion {
  /** Stable across edits (ids can be mid-edit or clash), for React and focus. */
  key: string
  origin: CriterionOrigin
  id: string
  title: string
  description: string
  anchors: { 0: string; 1: string; 2: string }
  weight: string
  coachingTip: string
  appliesWhen: string
}

export interface RubricDraft {
  passMark: string
  criteria: DraftCriterion[]
}

export interface RubricIssue {
  /** Dotted path as the rubric spec names it: `passMark`, `criteria.2.anchors.0`, `criteria`. */
  path: string
  message: string
}

let nextKey = 0
const newKey = () => `criterion-${(nextKey += 1)}`

export function draftCriterion(criterion: RubricCriterion, origin: CriterionOrigin): DraftCriterion {
  return {
    key: newKey(),
    origin,
    id: criterion.id,
    title: criterion.title,
    description: criterion.description,
    anchors: { ...criterion.anchors },
    weight: String(criterion.weight),
    coachingTip: criterion.coachingTip,
    appliesWhen: criterion.appliesWhen ?? '',
  }
}

export function draftFromRubric(rubric: Rubric): RubricDraft {
  return { passMark: String(rubric.passMark), criteria: rubric.criteria.map((criterion) => draftCriterion(criterion, 'kept')) }
}

/** A typed number as the schema should see it: a number when it reads as one, else what was typed (so the schema names the field). */
function typedNumber(text: string): unknown {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : trimmed
}

/** The body of `PUT /api/rubric` from the draft: numbers parsed, an empty "applies when" left out. */
export function rubricInput(draft: RubricDraft): { passMark: unknown; criteria: unknown[] } {
  return {
    passMark: typedNumber(draft.passMark),
    criteria: draft.criteria.map((criterion) => ({
      id: criterion.id.trim(),
      title: criterion.title,
      description: criterion.description,
      anchors: { ...criterion.anchors },
      weight: typedNumber(criterion.weight),
      coachingTip: criterion.coachingTip,
      ...(criterion.appliesWhen.trim() ? { appliesWhen: criterion.appliesWhen } : {}),
    })),
  }
}

/** Plain words for zod's generic messages; the rubric spec's own messages (duplicate ids, weights) are kept. */
export function rubricIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return issue.expected === 'number' ? 'Enter a number.' : 'Required.'
      return issue.expected === 'number' ? 'Enter a number, like 2 or 1.5.' : undefined
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Required.' : `Use at least ${issue.minimum} characters.`
      if (issue.origin === 'array') return 'Keep at least one criterion.'
      if (issue.origin === 'number') return `Use ${issue.minimum} or more.`
      return undefined
    case 'too_big':
      if (issue.origin === 'string') return `Keep it to ${issue.maximum} characters or fewer.`
      if (issue.origin === 'array') return `A rubric can have at most ${issue.maximum} criteria.`
      if (issue.origin === 'number') return `Use ${issue.maximum} or less.`
      return undefined
    default:
      return undefined
  }
}

/** The ids of the shipped criteria: a criterion added here may not take one (it would mix into that criterion's history). */
export function reservedIdMessage(id: string, shipped: Rubric): string | null {
  const owner = shipped.criteria.find((criterion) => criterion.id === id)
  return owner ? `"${id}" belongs to the built-in criterion "${owner.title}". Choose another id, or reinstate "${owner.title}" from the retired criteria.` : null
}

/** Every problem in the draft, by the same rules the server applies. */
export function draftIssues(draft: RubricDraft, shipped: Rubric): RubricIssue[] {
  const input = rubricInput(draft)
  const issues: RubricIssue[] = []
  const result = rubricSchema.safeParse({ version: 'draft', ...input }, { error: rubricIssueMessage })
  if (!result.success) issues.push(...result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })))
  draft.criteria.forEach((criterion, index) => {
    const reserved = criterion.origin === 'added' ? reservedIdMessage(criterion.id.trim(), shipped) : null
    if (reserved) issues.push({ path: `criteria.${index}.id`, message: reserved })
  })
  return issues
}

/** Issues grouped by path, each message once. */
export function issuesByPath(issues: readonly RubricIssue[]): Map<string, string[]> {
  const grouped = new Map<string, string[]>()
  for (const issue of issues) {
    const messages = grouped.get(issue.path) ?? []
    if (!messages.includes(issue.message)) messages.push(issue.message)
    grouped.set(issue.path, messages)
  }
  return grouped
}

export function moveCriterion(draft: RubricDraft, index: number, offset: -1 | 1): RubricDraft {
  const target = index + offset
  if (target < 0 || target >= draft.criteria.length) return draft
  const criteria = [...draft.criteria]
  ;[criteria[index], criteria[target]] = [criteria[target]!, criteria[index]!]
  return { ...draft, criteria }
}

export function retireCriterion(draft: RubricDraft, index: number): RubricDraft {
  return { ...draft, criteria: draft.criteria.filter((_, position) => position !== index) }
}

/** Brings a retired built-in back, at the end, as shipped. */
export function reinstateCriterion(draft: RubricDraft, criterion: RubricCriterion): RubricDraft {
  return { ...draft, criteria: [...draft.criteria, draftCriterion(criterion, 'reinstated')] }
}

/** Built-in criteria the draft leaves out: the editor offers them back. */
export function retiredShippedCriteria(draft: RubricDraft, shipped: Rubric): RubricCriterion[] {
  const present = new Set(draft.criteria.map((criterion) => criterion.id.trim()))
  return shipped.criteria.filter((criterion) => !present.has(criterion.id))
}

/** Why an id can't be used for a new criterion, or null when it can. */
export function newCriterionIdProblem(id: string, draft: RubricDraft, shipped: Rubric): string | null {
  const trimmed = id.trim()
  if (trimmed === '') return 'Give the criterion an id, such as "product_knowledge".'
  if (!/^[a-z][a-z0-9_]*$/.test(trimmed)) return 'Use lower case letters, digits and underscores, starting with a letter.'
  if (trimmed.length > 40) return 'Keep the id to 40 characters or fewer.'
  if (draft.criteria.some((criterion) => criterion.id.trim() === trimmed)) return `The rubric already has a criterion "${trimmed}".`
  return reservedIdMessage(trimmed, shipped)
}

/** A suggested id for a title: "Product knowledge" → "product_knowledge". */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
  return slug.slice(0, 40).replace(/_+$/, '')
}

/** A new criterion with the given id and title, weight 1, and the rest for the trainer to write. */
export function addCriterion(draft: RubricDraft, { id, title }: { id: string; title: string }): RubricDraft {
  const blank: RubricCriterion = { id: id.trim(), title, description: '', anchors: { 0: '', 1: '', 2: '' }, weight: 1, coachingTip: '' }
  return { ...draft, criteria: [...draft.criteria, draftCriterion(blank, 'added')] }
}

/**
 * Each criterion's weight as a share of the total, in whole percent (null for a weight that is not a
 * number yet, or when nothing weighs anything), so trainers see what counts.
 */
export function weightShares(draft: RubricDraft): (number | null)[] {
  const weights = draft.criteria.map((criterion) => {
    const value = typedNumber(criterion.weight)
    return typeof value === 'number' && value >= 0 ? value : null
  })
  const total = weights.reduce<number>((sum, weight) => sum + (weight ?? 0), 0)
  return weights.map((weight) => (weight === null || total === 0 ? null : Math.round((weight / total) * 1000) / 10))
}

/** Whether the draft differs from the rubric it started from (what a save would change). */
export function draftChanged(draft: RubricDraft, rubric: Rubric): boolean {
  return JSON.stringify(rubricInput(draft)) !== JSON.stringify(rubricInput(draftFromRubric(rubric)))
}
