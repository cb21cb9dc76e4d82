import { personaSpecSchema, type PersonaSpec } from '../../personas/persona-spec'
import { upgradePersonaSpec } from '../../personas/upgrade-persona-spec'
import type { PersonaBundle, PersonaImportIssue } from './persona-admin-types'
import { guessPersonaFileFormat, parsePersonaFile, type FilePosition, type PersonaFileFormat } from './persona-file'

export const personaBundleKind: PersonaBundle['kind'] = 'toughcall-personas'

export interface ImportedPersona {
  spec: PersonaSpec
  /** The persona's id, or its place in the bundle ("#2"). */
  label: string
  /** Where a spec path (e.g. `['id']`) is in the file. */
  locate(path: readonly PropertyKey[]): FilePosition | null
  /** What was inferred to bring a spec of an older shape up to date; empty when the file was current. */
  upgradeNotes: string[]
}

export type PersonaImportReading = { ok: true; personas: ImportedPersona[] } | { ok: false; issues: PersonaImportIssue[] }

/**
 * Reads an uploaded file holding one persona spec or a bundle of them, and checks every spec
 * against the schema. Every problem in the file is reported (not only the first), each with the
 * persona, the dotted path and the line and column where it is.
 */
export function readPersonaImport(input: { content: string; filename?: string; format?: PersonaFileFormat }): PersonaImportReading {
  const format = input.format ?? guessPersonaFileFormat(input)
  const file = parsePersonaFile(input.content, format)
  if (!file.ok) return { ok: false, issues: file.errors.map((error) => ({ persona: '', path: '', ...lineAndColumn(error.position), message: error.message })) }

  const fileIssue = (path: PropertyKey[], message: string): PersonaImportReading => ({
    ok: false,
    issues: [{ persona: '', path: path.join('.'), ...lineAndColumn(file.locate(path)), message }],
  })
  const { value } = file
  if (value === null || value === undefined) return fileIssue([], 'The file is empty.')
  if (!isPlainObject(value)) return fileIssue([], `The file must hold one persona spec (with id, name, archetype, …) or a bundle with "kind: ${personaBundleKind}".`)

  let entries: { value: unknown; prefix: PropertyKey[] }[]
  if (value.kind === personaBundleKind) {
    if (value.version !== 1) return fileIssue(['version'], 'This bundle version is not supported; export the personas again from this toughcall.')
    if (!Array.isArray(value.personas)) return fileIssue(['personas'], 'A bundle needs a "personas" list.')
    if (value.personas.length === 0) return fileIssue(['personas'], 'The bundle holds no personas.')
    entries = value.personas.map((entry, index) => ({ value: entry, prefix: ['personas', index] }))
  } else {
    entries = [{ value, prefix: [] }]
  }

  const issues: PersonaImportIssue[] = []
  const personas: ImportedPersona[] = []
  const seen = new Set<string>()
  entries.forEach((entry, index) => {
    const rawId = isPlainObject(entry.value) ? entry.value.id : undefined
    const label = typeof rawId === 'string' && rawId.trim() !== '' ? rawId : `#${index + 1}`
    // A file of an older shape has no `resolutions`: a problem there is placed at the strings it was made from.
    const locate = (path: readonly PropertyKey[]) => file.locate([...entry.prefix, ...olderPlace(entry.value, path)])
    const issue = (path: PropertyKey[], message: string) => issues.push({ persona: label, path: path.map(String).join('.'), ...lineAndColumn(locate(path)), message })

    const upgrade = upgradePersonaSpec(entry.value)
    const parsed = personaSpecSchema.safeParse(upgrade.spec)
    if (!parsed.success) {
      for (const problem of parsed.error.issues) {
        if (problem.code === 'unrecognized_keys') {
          // One issue per unknown key, at the key itself: a misspelt field is found at a glance.
          for (const key of problem.keys) issue([...problem.path, key], `Unknown field "${key}"`)
        } else {
          issue(problem.path, problem.message)
        }
      }
      return
    }
    if (seen.has(parsed.data.id)) {
      issue(['id'], `The id "${parsed.data.id}" is used by more than one persona in this file.`)
      return
    }
    seen.add(parsed.data.id)
    personas.push({ spec: parsed.data, label, locate, upgradeNotes: upgrade.notes })
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, personas }
}

/** Where a field of the current shape was in a spec of shape 1 (the outcomes were strings in the scenario), for placing a problem. */
function olderPlace(spec: unknown, path: readonly PropertyKey[]): readonly PropertyKey[] {
  const field = String(path[0])
  const older = ({ resolutions: 'acceptableResolutions', refusedOutcomes: 'unacceptableResolutions' } as Record<string, string>)[field]
  if (older === undefined || !isPlainObject(spec) || field in spec) return path
  return ['scenario', older, ...path.slice(1, 2)]
}

export function lineAndColumn(position: FilePosition | null): { line: number | null; column: number | null } {
  return { line: position?.line ?? null, column: position?.column ?? null }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
