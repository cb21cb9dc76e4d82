import { Hono } from 'hono'
import { z } from 'zod'
import { defaultRubric, type Rubric } from '../../grader/rubric'
import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import { getAuthoredRubric, insertRubricVersion, listRubricVersions } from '../db/queries/rubric-queries'
import { type AppEnv, requireUser } from '../http/auth-middleware'
import { parseBody, parseInput } from '../http/parse-body'
import { diffRubrics } from '../rubric/rubric-diff'
import { editedRubricSchema, rubricEditBodySchema, rubricRestoreBodySchema, rubricVersionLabel } from '../rubric/rubric-edit-schema'
import { rubricVersionSummary, rubricVersionView } from '../rubric/rubric-version-view'

const versionNumber = z.coerce.number().int().positive()
const diffQuerySchema = z.object({ from: versionNumber, to: versionNumber })

/** The rubric: everyone may read the current one; trainers edit it (each save a new version). */
export function rubricRoutes(dependencies: AppDependencies) {
  const { db } = dependencies
  const trainerOnly = requireUser(dependencies, ['trainer'])

  async function currentVersion() {
    const current = await getAuthoredRubric(db)
    if (!current) throw new AppError('internal', 'The rubric has not been set up; restart the server to seed it.')
    return current
  }

  async function findVersion(version: number) {
    const stored = await getAuthoredRubric(db, { version })
    if (!stored) throw new AppError('not_found:rubric_version', `There is no rubric version ${version}.`)
    return stored
  }

  /** Stores the next version. New calls are graded under it at once; calls in progress keep the one they started with. */
  async function saveNext(input: { after: number; build: (label: string) => Rubric; createdBy: string; note: string | null }) {
    const version = input.after + 1
    const saved = await insertRubricVersion(db, { version, rubric: input.build(rubricVersionLabel(version)), createdBy: input.createdBy, note: input.note })
    if (!saved) throw new AppError('conflict:rubric_changed', 'Someone else saved the rubric at the same moment. Reload it, then make your change again.')
    return (await getAuthoredRubric(db, { version }))!
  }

  return new Hono<AppEnv>()
    .get('/', requireUser(dependencies), async (context) => context.json(rubricVersionView(await currentVersion())))
    .get('/versions', trainerOnly, async (context) => {
      const versions = await listRubricVersions(db)
      return context.json({ currentVersion: versions[0]?.version ?? null, versions: versions.map(rubricVersionSummary) })
    })
    .get('/versions/:version', trainerOnly, async (context) => {
      const version = parseInput(versionNumber, context.req.param('version'))
      return context.json(rubricVersionView(await findVersion(version)))
    })
    .get('/diff', trainerOnly, async (context) => {
      const { from, to } = parseInput(diffQuerySchema, context.req.query())
      const [before, after] = await Promise.all([findVersion(from), findVersion(to)])
      return context.json({ from, to, changes: diffRubrics(before.rubric, after.rubric) })
    })
    .put('/', trainerOnly, async (context) => {
      const body = await parseBody(context, rubricEditBodySchema)
      const current = await currentVersion()
      if (body.baseVersion !== undefined && body.baseVersion !== current.version) {
        throw new AppError('conflict:rubric_changed', `The rubric changed while you were editing: version ${current.version} is now current. Your edits are still on screen; reload the rubric to compare before saving.`, {
          currentVersion: current.version,
        })
      }
      const history = (await listRubricVersions(db)).map((stored) => stored.rubric)
      const label = rubricVersionLabel(current.version + 1)
      const rubric = parseInput(editedRubricSchema({ current: current.rubric, shipped: defaultRubric, history }), { version: label, passMark: body.passMark, criteria: body.criteria })
      const saved = await saveNext({ after: current.version, build: (version) => ({ ...rubric, version }), createdBy: context.get('user').id, note: body.note || null })
      return context.json(rubricVersionView(saved), 201)
    })
    .post('/restore', trainerOnly, async (context) => {
      const { version } = await parseBody(context, rubricRestoreBodySchema)
      const [source, current] = await Promise.all([findVersion(version), currentVersion()])
      const saved = await saveNext({
        after: current.version,
        build: (label) => ({ ...source.rubric, version: label }),
        createdBy: context.get('user').id,
        note: `Restored version ${version}`,
      })
      return context.json(rubricVersionView(saved), 201)
    })
}
