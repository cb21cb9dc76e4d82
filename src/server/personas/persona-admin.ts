import { personaSpecSchema, type PersonaSpec } from '../../personas/persona-spec'
import { upgradePersonaSpec } from '../../personas/upgrade-persona-spec'
import { AppError } from '../app-error'
import type { Database } from '../db/database'
import {
  createPersona,
  getPersona,
  listManagedPersonas,
  type ManagedPersonaRecord,
  sameSpec,
  savePersonaSpecs,
  savePersonaVersion,
  setPersonaStatus,
  type StoredPersona,
} from '../db/queries/persona-queries'
import type { UserRow } from '../db/queries/user-queries'
import { parseInput } from '../http/parse-body'
import type {
  ManagedPersona,
  PersonaBundle,
  PersonaImportIssue,
  PersonaImportResponse,
  PersonaSaved,
  PersonaStatusResponse,
  PersonaUpdated,
} from './persona-admin-types'
import type { PersonaFileFormat } from './persona-file'
import { lineAndColumn, personaBundleKind, readPersonaImport } from './persona-import'

/*
 * What the trainer's persona routes do, between parsing the request and answering it: the rules
 * (built-ins stay as shipped, ids are unique, an import saves all or nothing) and the shapes of
 * the answers. The routes stay thin; the database work is in persona-queries.
 */

export function toManagedPersona(record: ManagedPersonaRecord<PersonaSpec>): ManagedPersona {
  const { spec } = record
  return {
    id: record.id,
    name: spec.name,
    archetype: spec.archetype,
    difficulty: spec.difficulty,
    summary: spec.summary,
    builtin: record.builtin,
    published: record.published,
    archived: record.archived,
    currentVersion: record.version,
    versionCount: record.versionCount,
    duplicatedFrom: record.duplicatedFrom,
    updatedAt: record.updatedAt.toISOString(),
  }
}

export async function loadManagedPersona(db: Database, id: string): Promise<ManagedPersona> {
  const [record] = await listManagedPersonas<PersonaSpec>(db, { id })
  if (!record) throw new AppError('not_found:persona', 'No such persona.')
  return toManagedPersona(record)
}

/** The given version of a persona (the current one when `version` is omitted), or 404. */
export async function loadPersonaVersion(db: Database, { id, version }: { id: string; version?: number }): Promise<StoredPersona<PersonaSpec>> {
  const persona = await getPersona<PersonaSpec>(db, { id, version })
  if (persona) return persona
  if (version !== undefined && (await getPersona(db, { id }))) throw new AppError('not_found:persona_version', `This persona has no version ${version}.`)
  throw new AppError('not_found:persona', 'No such persona.')
}

/**
 * The spec as the schema writes it: fields in the documented order with every default filled in.
 * Exports use it, so a file is the same bytes whenever the same spec is exported (the database does
 * not keep key order).
 */
export function canonicalSpec(spec: unknown): PersonaSpec {
  const upgraded = upgradePersonaSpec(spec).spec
  const parsed = personaSpecSchema.safeParse(upgraded)
  return parsed.success ? parsed.data : (upgraded as PersonaSpec)
}

export async function createTrainerPersona(db: Database, input: { spec: PersonaSpec; note: string | null; user: UserRow }): Promise<PersonaSaved> {
  const created = await createPersona(db, { spec: input.spec, createdBy: input.user.id, note: input.note ?? 'Created' })
  if (!created) throw new AppError('conflict:persona_exists', `A persona with the id "${input.spec.id}" already exists; choose another id.`)
  return { persona: await loadManagedPersona(db, input.spec.id), version: created.version }
}

/** Loads a persona a trainer wants to change; built-ins are read-only (403). */
export async function loadEditablePersona(db: Database, id: string): Promise<ManagedPersona> {
  const persona = await loadManagedPersona(db, id)
  if (persona.builtin) throw new AppError('forbidden:builtin_persona', 'Built-in personas stay as shipped; duplicate this one to edit your own copy.')
  return persona
}

export async function updateTrainerPersona(db: Database, input: { id: string; spec: PersonaSpec; note: string | null; user: UserRow }): Promise<PersonaUpdated> {
  await loadEditablePersona(db, input.id)
  if (input.spec.id !== input.id) {
    throw new AppError('bad_request:id_mismatch', `The spec's id "${input.spec.id}" differs from the persona's id "${input.id}". To save under a new id, duplicate the persona.`)
  }
  const saved = await savePersonaVersion(db, { spec: input.spec, createdBy: input.user.id, note: input.note })
  if (!saved) throw new AppError('not_found:persona', 'No such persona.')
  return { persona: await loadManagedPersona(db, input.id), version: saved.version, unchanged: saved.action === 'unchanged' }
}

/** Saves an old version's spec as the newest version (nothing new when it already is the current spec). */
export async function restorePersonaVersion(db: Database, input: { id: string; version: number; user: UserRow }): Promise<PersonaSaved> {
  await loadEditablePersona(db, input.id)
  const old = await loadPersonaVersion(db, { id: input.id, version: input.version })
  const saved = await savePersonaVersion(db, { spec: old.spec, createdBy: input.user.id, note: `Restored version ${input.version}` })
  if (!saved) throw new AppError('not_found:persona', 'No such persona.')
  return { persona: await loadManagedPersona(db, input.id), version: saved.version }
}

export async function changePersonaStatus(db: Database, input: { id: string; published?: boolean; archived?: boolean }): Promise<PersonaStatusResponse> {
  const persona = await loadManagedPersona(db, input.id)
  if (persona.builtin && input.published === false) {
    throw new AppError('forbidden:builtin_persona', 'Built-in personas are always published; archive one to hide it from trainees.')
  }
  await setPersonaStatus(db, input)
  return { persona: await loadManagedPersona(db, input.id) }
}

/** A draft copy of any persona (built-ins included) under a new id and name. */
export async function duplicateTrainerPersona(db: Database, input: { id: string; newId: string; name: string; user: UserRow }): Promise<PersonaSaved> {
  const source = await loadPersonaVersion(db, { id: input.id })
  const spec = parseInput(personaSpecSchema, { ...canonicalSpec(source.spec), id: input.newId, name: input.name })
  const created = await createPersona(db, {
    spec,
    createdBy: input.user.id,
    note: `Duplicated from ${input.id} version ${source.version}`,
    duplicatedFrom: input.id,
  })
  if (!created) throw new AppError('conflict:persona_exists', `A persona with the id "${input.newId}" already exists; choose another id.`)
  return { persona: await loadManagedPersona(db, input.newId), version: created.version }
}

/** Every persona that is not archived, at its current version, as one file's content. */
export async function exportBundle(db: Database): Promise<PersonaBundle> {
  const records = await listManagedPersonas<PersonaSpec>(db)
  return { kind: personaBundleKind, version: 1, personas: records.filter((record) => !record.archived).map((record) => canonicalSpec(record.spec)) }
}

/**
 * Imports a file holding one spec or a bundle. Nothing is saved unless every persona in it is valid
 * and allowed; `dryRun` answers what would happen and saves nothing.
 */
export async function importPersonaFile(
  db: Database,
  input: { content: string; filename?: string; format?: PersonaFileFormat; dryRun: boolean; user: UserRow },
): Promise<PersonaImportResponse> {
  const reading = readPersonaImport(input)
  if (!reading.ok) throw importError(reading.issues)

  const existing = new Map((await listManagedPersonas<PersonaSpec>(db)).map((record) => [record.id, record]))
  const issues: PersonaImportIssue[] = []
  for (const persona of reading.personas) {
    const current = existing.get(persona.spec.id)
    // A built-in exactly as shipped (e.g. from an exported bundle) is fine: it is left as it is.
    if (current?.builtin && !sameSpec(canonicalSpec(current.spec), persona.spec)) {
      issues.push({ persona: persona.label, path: 'id', ...lineAndColumn(persona.locate(['id'])), message: "built-in personas can't be overwritten; change the id" })
    }
  }
  if (issues.length > 0) throw importError(issues)

  if (input.dryRun) {
    const results = reading.personas.map(({ spec, upgradeNotes }) => {
      const current = existing.get(spec.id)
      if (!current) return { id: spec.id, action: 'created' as const, version: 1, upgradeNotes }
      if (sameSpec(current.spec, spec) || (current.builtin && sameSpec(canonicalSpec(current.spec), spec))) return { id: spec.id, action: 'unchanged' as const, version: current.version, upgradeNotes }
      return { id: spec.id, action: 'new_version' as const, version: current.version + 1, upgradeNotes }
    })
    return { results, dryRun: true }
  }
  // Built-ins as shipped are skipped rather than compared again inside the transaction.
  const unchangedBuiltins = reading.personas.filter(({ spec }) => existing.get(spec.id)?.builtin)
  const saved = await savePersonaSpecs(db, {
    specs: reading.personas.filter((persona) => !unchangedBuiltins.includes(persona)).map(({ spec }) => spec),
    createdBy: input.user.id,
    note: importNote(input.filename),
  })
  const byId = new Map(saved.map((result) => [result.id, result]))
  const results = reading.personas.map(({ spec, upgradeNotes }) => ({
    ...(byId.get(spec.id) ?? { id: spec.id, action: 'unchanged' as const, version: existing.get(spec.id)!.version }),
    upgradeNotes,
  }))
  return { results, dryRun: false }
}

function importNote(filename: string | undefined): string {
  const name = filename?.split(/[\\/]/).at(-1)?.trim()
  return name ? `Imported from ${name.slice(0, 120)}` : 'Imported from a file'
}

function importError(issues: PersonaImportIssue[]): AppError {
  const [first] = issues
  const where = (issue: PersonaImportIssue) =>
    [issue.persona, issue.path, issue.line === null ? '' : `line ${issue.line}${issue.column === null ? '' : `, column ${issue.column}`}`].filter((part) => part !== '').join(' ')
  const summary = first ? `${where(first) ? `${where(first)}: ` : ''}${first.message}` : 'The file could not be imported.'
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : ''
  return new AppError('validation_failed:import', `Nothing was imported. ${summary}${more}`, { issues })
}
