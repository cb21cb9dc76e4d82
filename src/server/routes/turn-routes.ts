import { Hono } from 'hono'
import type { PersonaSpec } from '../../personas/persona-spec'
import type { Rubric } from '../../grader/rubric'
import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import { getPersona } from '../db/queries/persona-queries'
import { appendModelCalls, getPracticeSession, getTurn, listTurns, saveGrade } from '../db/queries/practice-queries'
import { type AppEnv, requireUser } from '../http/auth-middleware'
import { gradeTraineeTurn } from '../practice/grade-turn'

export function turnRoutes(dependencies: AppDependencies) {
  const { db } = dependencies
  return new Hono<AppEnv>().use(requireUser(dependencies)).post('/:id/regrade', async (context) => {
    const user = context.get('user')
    const turn = await getTurn(db, { id: context.req.param('id') })
    const session = turn ? await getPracticeSession(db, { id: turn.sessionId }) : null
    if (!turn || !session || (session.userId !== user.id && user.role !== 'trainer')) throw new AppError('not_found:turn', 'No such turn.')
    if (turn.role !== 'trainee') throw new AppError('bad_request:not_a_trainee_turn', 'Only trainee turns are graded.')
    if (!dependencies.llm.grader) throw new AppError('model_not_configured', 'No grader model is configured. Set GRADER_MODEL (see the README).')
    const persona = await getPersona<PersonaSpec>(db, { id: session.personaId, version: session.personaVersion })
    if (!persona) throw new AppError('internal', 'The persona version of this session is missing.')
    const before = (await listTurns(db, { sessionId: session.id })).filter((row) => row.seq < turn.seq && (!row.rewoundAt || row.id === turn.id))
    const attempt = await gradeTraineeTurn(dependencies, { rubric: session.rubric as Rubric, persona: persona.spec, sessionId: session.id, turn, before, signal: context.req.raw.signal })
    if (attempt.call) await appendModelCalls(db, { turnId: turn.id, calls: [attempt.call] })
    // A failed regrade keeps whatever grade the turn had: it never replaces a grade with a worse state.
    if (!attempt.ok) return context.json({ turnId: turn.id, grade: turn.grade, regraded: false, failure: attempt.failure })
    await saveGrade(db, { turnId: turn.id, grade: attempt.grade })
    return context.json({ turnId: turn.id, grade: attempt.grade, regraded: true, failure: null })
  })
}
