import { type PersonaSpec, personaSpecSchema } from '../../../../src/personas/persona-spec'
import { ApiError } from '../../api/api-error'
import { type PersonaForm, specFromForm } from './persona-form'
import { personaIssueMessage } from './persona-issue-message'
import { normalizePath } from './persona-field-path'

/** One problem with the persona, at a dotted spec path ("" for the spec as a whole). */
export interface FieldIssue {
  path: string
  message: string
}

export interface PersonaValidation {
  /** The validated spec (defaults filled, text trimmed), or null while there are issues. */
  spec: PersonaSpec | null
  issues: FieldIssue[]
}

/** Runs the same schema the server runs, so the form shows each problem at its field before saving. */
export function validatePersonaForm(form: PersonaForm): PersonaValidation {
  const result = personaSpecSchema.safeParse(specFromForm(form), { error: personaIssueMessage })
  if (result.success) return { spec: result.data, issues: [] }
  return { spec: null, issues: result.error.issues.map((issue) => ({ path: normalizePath(issue.path), message: issue.message })) }
}

/** Issues keyed by path, in the order they were reported. */
export function groupIssues(issues: readonly FieldIssue[]): Map<string, string[]> {
  const grouped = new Map<string, string[]>()
  for (const issue of issues) {
    const messages = grouped.get(issue.path) ?? []
    if (!messages.includes(issue.message)) messages.push(issue.message)
    grouped.set(issue.path, messages)
  }
  return grouped
}

const within = (path: string, ancestor: string) => path === ancestor || path.startsWith(`${ancestor}.`)

/**
 * The issues worth showing now: all of them once the trainer tried to save, otherwise only those at fields they
 * have left (or inside, or around, such a field), so a blank form does not open covered in "Required". The mood
 * rules compare fields with each other, so touching any mood number shows every mood issue.
 */
export function visibleIssues(issues: readonly FieldIssue[], touched: ReadonlySet<string>, attempted: boolean): FieldIssue[] {
  if (attempted) return [...issues]
  const touchedPaths = [...touched]
  const touchedMood = touchedPaths.some((path) => within(path, 'mood'))
  return issues.filter(
    (issue) =>
      (touchedMood && within(issue.path, 'mood')) ||
      touchedPaths.some((path) => within(path, issue.path) || (issue.path !== '' && within(issue.path, path))),
  )
}

/** What a failed save means for the form: problems at fields, or one problem for the whole form. */
export interface SaveFailure {
  issues: FieldIssue[]
  problem: string | null
}

function serverIssues(details: unknown): FieldIssue[] {
  const issues = (details as { issues?: unknown } | undefined)?.issues
  if (!Array.isArray(issues)) return []
  return issues.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return []
    const { path, message } = issue as { path?: unknown; message?: unknown }
    if (typeof message !== 'string') return []
    const segments = Array.isArray(path) ? path.map(String) : typeof path === 'string' ? normalizePath(path).split('.') : []
    // The request body is `{ spec, note }`: the spec's fields sit under "spec".
    const inSpec = segments[0] === 'spec' ? segments.slice(1) : segments
    return [{ path: inSpec.filter((segment) => segment !== '').join('.'), message }]
  })
}

/** Turns the server's answer to a save into field issues (`details.issues`, a taken or mismatched id) or a form problem. */
export function saveFailure(error: unknown): SaveFailure {
  if (!(error instanceof ApiError)) return { issues: [], problem: error instanceof Error ? error.message : 'Could not save the persona.' }
  if (error.code === 'conflict:persona_exists' || error.code === 'bad_request:id_mismatch') {
    return { issues: [{ path: 'id', message: error.message }], problem: null }
  }
  const issues = error.code.startsWith('validation_failed') ? serverIssues(error.details) : []
  if (issues.length > 0) return { issues, problem: null }
  return { issues: [], problem: error.message }
}
