import { type Context, Hono } from 'hono'
import { z } from 'zod'
import { defaultRubric } from '../../grader/rubric'
import type { PersonaSpec } from '../../personas/persona-spec'
import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import { getPersona, listPersonas } from '../db/queries/persona-queries'
import { getPracticeSession, listTurns } from '../db/queries/practice-queries'
import { getResultSession, listResultSessions, listResultTurns, listTraineeAccounts } from '../db/queries/results-queries'
import { listFilteredReviews, listGradeReviews } from '../db/queries/review-queries'
import { getCurrentRubric } from '../db/queries/rubric-queries'
import { type AppEnv, requireUser } from '../http/auth-middleware'
import { parseInput } from '../http/parse-body'
import { decodeCallCursor, encodeCallCursor, resultCall } from '../results/result-call'
import { sessionsCsv, turnsCsv } from '../results/results-csv'
import { parseResultsFilters, type ResultsFilters } from '../results/results-filters'
import { buildTeamDashboard } from '../results/team-dashboard'
import { trainerAgreement } from '../results/trainer-agreement'
import { transcriptExport } from '../results/transcript-export'

const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
})

/** Trainer-only (except a trainee's own transcript): the team dashboard, every trainee's calls, CSV and JSON exports. */
export function resultsRoutes(dependencies: AppDependencies) {
  const { db, clock } = dependencies
  const trainerOnly = requireUser(dependencies, ['trainer'])

  async function personaNames() {
    return namesOf(await listPersonas<PersonaSpec>(db, { includeArchived: true }))
  }

  async function currentCriteria() {
    return ((await getCurrentRubric(db))?.rubric ?? defaultRubric).criteria.map(({ id, title }) => ({ id, title }))
  }

  async function matchingCalls(filters: ResultsFilters) {
    const [rows, personas] = await Promise.all([listResultSessions(db, { filters }), listPersonas<PersonaSpec>(db, { includeArchived: true })])
    const names = namesOf(personas)
    return { calls: rows.map((row) => resultCall(row, names)), names, personas }
  }

  return new Hono<AppEnv>()
    .get('/dashboard', trainerOnly, async (context) => {
      const filters = parseResultsFilters(context.req.query())
      const [{ calls, names, personas }, trainees, criteria, agreement] = await Promise.all([
        matchingCalls(filters),
        listTraineeAccounts(db),
        currentCriteria(),
        trainerAgreement(db, filters),
      ])
      const dashboard = buildTeamDashboard({
        calls,
        trainees: filters.traineeId ? trainees.filter((trainee) => trainee.id === filters.traineeId) : trainees,
        personaNames: names,
        criteria,
        agreement,
      })
      return context.json({
        filters: filtersView(filters),
        ...dashboard,
        /** Every persona, for the filter (archived ones too: their calls are kept). */
        personaOptions: personas.map((persona) => ({ id: persona.id, name: persona.spec.name, archived: persona.archived })),
      })
    })
    .get('/sessions', trainerOnly, async (context) => {
      const query = context.req.query()
      const filters = parseResultsFilters(query)
      const page = parseInput(pageSchema, { limit: query.limit || undefined, cursor: query.cursor || undefined })
      const cursor = page.cursor === undefined ? null : decodeCallCursor(page.cursor)
      if (page.cursor !== undefined && !cursor) throw new AppError('validation_failed', 'cursor: not a page token from this list', { issues: [{ path: ['cursor'], message: 'Not a page token from this list; start again from the first page.', code: 'custom' }] })
      const [rows, names] = await Promise.all([listResultSessions(db, { filters, limit: page.limit + 1, cursor }), personaNames()])
      const shown = rows.slice(0, page.limit)
      return context.json({
        sessions: shown.map((row) => resultCall(row, names)),
        nextCursor: rows.length > page.limit ? encodeCallCursor(shown.at(-1)!) : null,
      })
    })
    .get('/sessions/:id/transcript.json', requireUser(dependencies), async (context) => {
      const user = context.get('user')
      const session = await getPracticeSession(db, { id: context.req.param('id') })
      // A trainee may take their own calls with them; anyone else's answers like one that does not exist.
      if (!session || (session.userId !== user.id && user.role !== 'trainer')) throw new AppError('not_found:session', 'No such practice session.')
      const [persona, turns, reviews, summary] = await Promise.all([
        getPersona<PersonaSpec>(db, { id: session.personaId, version: session.personaVersion }),
        listTurns(db, { sessionId: session.id }),
        listGradeReviews(db, { sessionId: session.id }),
        getResultSession(db, { id: session.id }),
      ])
      if (!persona || !summary) throw new AppError('internal', 'The persona version of this session is missing.')
      const document = transcriptExport({ session, persona, turns, reviews, trainee: { id: summary.traineeId, name: summary.traineeName }, now: clock() })
      return download(context, JSON.stringify(document, null, 2), 'application/json; charset=utf-8', `toughcall-call-${session.id}.json`)
    })
    .get('/sessions/:id', trainerOnly, async (context) => {
      const [row, names] = await Promise.all([getResultSession(db, { id: context.req.param('id') }), personaNames()])
      if (!row) throw new AppError('not_found:session', 'No such practice session.')
      return context.json({ session: resultCall(row, names) })
    })
    .get('/export/sessions.csv', trainerOnly, async (context) => {
      const filters = parseResultsFilters(context.req.query())
      const [{ calls }, criteria] = await Promise.all([matchingCalls(filters), currentCriteria()])
      const columns = [...criteria.map(({ id }) => id), ...calls.flatMap((call) => (call.criteria ?? []).map(({ id }) => id))]
      const csv = sessionsCsv(calls, [...new Set(columns)].map((id) => ({ id })))
      return download(context, csv, 'text/csv; charset=utf-8', `toughcall-sessions-${stamp(clock())}.csv`)
    })
    .get('/export/turns.csv', trainerOnly, async (context) => {
      const filters = parseResultsFilters(context.req.query())
      const [turns, reviews, names] = await Promise.all([listResultTurns(db, { filters }), listFilteredReviews(db, { filters }), personaNames()])
      return download(context, turnsCsv(turns, reviews, names), 'text/csv; charset=utf-8', `toughcall-turns-${stamp(clock())}.csv`)
    })
}

function namesOf(personas: readonly { id: string; spec: PersonaSpec }[]) {
  return new Map(personas.map((persona) => [persona.id, persona.spec.name]))
}

function filtersView(filters: ResultsFilters) {
  return { from: filters.from?.toISOString() ?? null, to: filters.to?.toISOString() ?? null, personaId: filters.personaId, traineeId: filters.traineeId }
}

function stamp(now: Date) {
  return now.toISOString().slice(0, 10)
}

/** A file the browser saves rather than shows; never cached, since it holds trainees' results. */
function download(context: Context, body: string, contentType: string, filename: string) {
  return context.body(body, 200, {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
}
