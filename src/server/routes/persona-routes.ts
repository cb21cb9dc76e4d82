import { Hono, type MiddlewareHandler } from 'hono'
import { z } from 'zod'
import { defaultDynamicsRuns, judgeDynamics, playDynamicsRun, type DynamicsRun } from '../../personas/dynamics-check'
import { personaSpecSchema, type PersonaSpec } from '../../personas/persona-spec'
import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import { listManagedPersonas, listPersonaHistory, listPersonas } from '../db/queries/persona-queries'
import { type AppEnv, requireUser } from '../http/auth-middleware'
import { parseBody, parseInput } from '../http/parse-body'
import type {
  DynamicsCheckResponse,
  ManagedPersonaList,
  PersonaDiffResponse,
  PersonaSpecResponse,
  PersonaVersionList,
} from '../personas/persona-admin-types'
import {
  canonicalSpec,
  changePersonaStatus,
  createTrainerPersona,
  duplicateTrainerPersona,
  exportBundle,
  importPersonaFile,
  loadEditablePersona,
  loadManagedPersona,
  loadPersonaVersion,
  restorePersonaVersion,
  toManagedPersona,
  updateTrainerPersona,
} from '../personas/persona-admin'
import { diffSpecs } from '../personas/persona-diff'
import { personaFileFormats, serialisePersonaFile, type PersonaFileFormat } from '../personas/persona-file'
import { personaCard } from '../practice/session-view'

const note = z
  .string()
  .trim()
  .max(500)
  .optional()
  .transform((value) => (value ? value : null))
/** The spec is validated on its own (parseInput), so issue paths are the spec's own: `['mood', 'start']`. */
const specBody = z.object({ spec: z.unknown(), note })
const versionNumber = z.coerce.number().int().min(1)
const formatQuery = z.enum(personaFileFormats).default('yaml')

const restoreBody = z.object({ version: z.int().min(1) })
const statusBody = z.object({ published: z.boolean().optional(), archived: z.boolean().optional() })
const duplicateBody = z.object({ id: personaSpecSchema.shape.id, name: personaSpecSchema.shape.name })
const importBody = z.object({
  content: z.string().min(1, 'The file is empty'),
  filename: z.string().max(255).optional(),
  format: z.enum(personaFileFormats).optional(),
  dryRun: z.boolean().default(false),
})
const checkDynamicsBody = z.object({ spec: z.unknown(), runs: z.int().min(1).max(50).default(defaultDynamicsRuns) })

const contentTypes: Record<PersonaFileFormat, string> = { yaml: 'application/yaml; charset=utf-8', json: 'application/json; charset=utf-8' }

/**
 * Scenario cards for everyone; authoring for trainers: versions, diffs, status, duplicates,
 * import/export and the mood-dynamics check. Every route but `GET /` is trainer-only.
 */
export function personaRoutes(dependencies: AppDependencies) {
  const { db } = dependencies
  const trainerOnly: MiddlewareHandler<AppEnv> = async (context, next) => {
    if (context.get('user').role !== 'trainer') throw new AppError('forbidden', 'Only trainers can manage personas.')
    await next()
  }
  const specOf = (input: { spec: unknown }): PersonaSpec => parseInput(personaSpecSchema, input.spec)

  return new Hono<AppEnv>()
    .use(requireUser(dependencies))
    .get('/', async (context) => {
      const trainer = context.get('user').role === 'trainer'
      const personas = (await listPersonas<PersonaSpec>(dependencies.db)).filter((persona) => persona.published || trainer)
      return context.json({ personas: personas.map((persona) => ({ ...personaCard(persona), published: persona.published })) })
    })
    .get('/manage', trainerOnly, async (context) => {
      const records = await listManagedPersonas<PersonaSpec>(db)
      return context.json({ personas: records.map(toManagedPersona) } satisfies ManagedPersonaList)
    })
    .get('/export', trainerOnly, async (context) => {
      const { format } = parseInput(z.object({ format: formatQuery }), context.req.query())
      return download(serialisePersonaFile(await exportBundle(db), format), `toughcall-personas.${format}`, format)
    })
    .post('/import', trainerOnly, async (context) => {
      const input = await parseBody(context, importBody)
      return context.json(await importPersonaFile(db, { ...input, user: context.get('user') }))
    })
    .post('/check-dynamics', trainerOnly, async (context) => {
      const input = await parseBody(context, checkDynamicsBody)
      const spec = specOf(input)
      // Each run is ~50 ms of signal detection; yielding between runs keeps other requests (live calls) flowing.
      const runs: DynamicsRun[] = []
      for (let seed = 1; seed <= input.runs; seed += 1) {
        runs.push(playDynamicsRun(spec, seed))
        await new Promise((resolve) => setImmediate(resolve))
      }
      return context.json(judgeDynamics(spec, runs) satisfies DynamicsCheckResponse)
    })
    .post('/', trainerOnly, async (context) => {
      const input = await parseBody(context, specBody)
      return context.json(await createTrainerPersona(db, { spec: specOf(input), note: input.note, user: context.get('user') }), 201)
    })
    .get('/:id/versions', trainerOnly, async (context) => {
      const id = context.req.param('id')
      const persona = await loadManagedPersona(db, id)
      const versions = (await listPersonaHistory(db, { id })).map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }))
      return context.json({ persona, versions } satisfies PersonaVersionList)
    })
    .get('/:id/spec', trainerOnly, async (context) => {
      const id = context.req.param('id')
      const { version } = parseInput(z.object({ version: versionNumber.optional() }), context.req.query())
      const stored = await loadPersonaVersion(db, { id, version })
      return context.json({ persona: await loadManagedPersona(db, id), version: stored.version, spec: canonicalSpec(stored.spec) } satisfies PersonaSpecResponse)
    })
    .get('/:id/diff', trainerOnly, async (context) => {
      const id = context.req.param('id')
      await loadManagedPersona(db, id)
      const { from, to } = parseInput(z.object({ from: versionNumber, to: versionNumber }), context.req.query())
      const [before, after] = await Promise.all([loadPersonaVersion(db, { id, version: from }), loadPersonaVersion(db, { id, version: to })])
      return context.json({ from, to, changes: diffSpecs(canonicalSpec(before.spec), canonicalSpec(after.spec)) } satisfies PersonaDiffResponse)
    })
    .get('/:id/export', trainerOnly, async (context) => {
      const id = context.req.param('id')
      const { format, version } = parseInput(z.object({ format: formatQuery, version: versionNumber.optional() }), context.req.query())
      const stored = await loadPersonaVersion(db, { id, version })
      return download(serialisePersonaFile(canonicalSpec(stored.spec), format), `${stored.id}.${format}`, format)
    })
    .put('/:id', trainerOnly, async (context) => {
      const id = context.req.param('id')
      // A built-in answers 403 before its body is looked at: there is nothing to fix in the form.
      await loadEditablePersona(db, id)
      const input = await parseBody(context, specBody)
      return context.json(await updateTrainerPersona(db, { id, spec: specOf(input), note: input.note, user: context.get('user') }))
    })
    .post('/:id/restore', trainerOnly, async (context) => {
      const { version } = await parseBody(context, restoreBody)
      return context.json(await restorePersonaVersion(db, { id: context.req.param('id'), version, user: context.get('user') }))
    })
    .post('/:id/status', trainerOnly, async (context) => {
      const input = await parseBody(context, statusBody)
      return context.json(await changePersonaStatus(db, { id: context.req.param('id'), ...input }))
    })
    .post('/:id/duplicate', trainerOnly, async (context) => {
      const input = await parseBody(context, duplicateBody)
      return context.json(await duplicateTrainerPersona(db, { id: context.req.param('id'), newId: input.id, name: input.name, user: context.get('user') }), 201)
    })
}

/** A file download; ids are slugs, so the filename needs no escaping. */
function download(body: string, filename: string, format: PersonaFileFormat): Response {
  return new Response(body, {
    status: 200,
    headers: { 'content-type': contentTypes[format], 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' },
  })
}
