import { type Context, Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { judgeTraineeEnd } from '../../personas/hang-up-policy'
import { initialMoodState, type MoodState } from '../../personas/mood'
import type { PersonaSpec } from '../../personas/persona-spec'
import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import { getPersona, listPersonaVersions } from '../db/queries/persona-queries'
import {
  claimTurnSlot,
  createPracticeSession,
  findTurnByClientId,
  getPracticeSession,
  listPracticeSessions,
  listTurns,
  type PracticeSessionRow,
  type TurnRow,
  releaseTurnSlot,
  renewTurnSlot,
  rewindTurn,
} from '../db/queries/practice-queries'
import { type AppEnv, requireUser } from '../http/auth-middleware'
import { parseBody } from '../http/parse-body'
import { RateLimiter } from '../http/rate-limiter'
import type { UserRow } from '../db/queries/user-queries'
import { finishSession } from '../practice/finish-session'
import { createSessionSchema, endSessionSchema, turnInputSchema } from '../practice/practice-schemas'
import { sessionSummary, sessionView } from '../practice/session-view'
import { replayTurn } from '../practice/replay-turn'
import type { EmitTurnEvent } from '../practice/turn-events'
import { retryTurn, runNewTurn } from '../practice/turn-runner'
import { defaultRubric } from '../../grader/rubric'
import { findAssignmentForTrainee } from '../db/queries/assignment-queries'
import { listGradeReviews } from '../db/queries/review-queries'
import { getCurrentRubric } from '../db/queries/rubric-queries'

export function sessionRoutes(dependencies: AppDependencies) {
  const { db, clock } = dependencies
  const turnLimiter = new RateLimiter(db, 'turn', dependencies.config.rateLimits.turnsPerMinute, 60_000, () => clock().getTime())
  /** A turn holds its session for one lease, renewed while it runs; a crashed process's hold lapses within a lease. */
  const leaseMs = dependencies.config.turnLeaseMs

  async function loadSession(id: string, user: UserRow, access: 'read' | 'write'): Promise<PracticeSessionRow> {
    const session = await getPracticeSession(db, { id })
    const visible = session && (session.userId === user.id || user.role === 'trainer')
    if (!session || !visible) throw new AppError('not_found:session', 'No such practice session.')
    if (access === 'write' && session.userId !== user.id) throw new AppError('forbidden', 'Only the trainee holding this call can change it.')
    return session
  }

  // Persona versions never change once written, so each instance keeps the ones its calls use.
  // Only the spec and version are cached: published and archived flags are read fresh where they matter.
  const personaVersions = new Map<string, Promise<{ id: string; version: number; spec: PersonaSpec }>>()
  const personaVersionCacheSize = 500

  function loadPersona(session: PracticeSessionRow) {
    const key = `${session.personaId}@${session.personaVersion}`
    let cached = personaVersions.get(key)
    if (!cached) {
      cached = getPersona<PersonaSpec>(db, { id: session.personaId, version: session.personaVersion }).then((persona) => {
        if (!persona) throw new AppError('internal', 'The persona version of this session is missing.')
        return { id: persona.id, version: persona.version, spec: persona.spec }
      })
      cached.catch(() => personaVersions.delete(key))
      if (personaVersions.size >= personaVersionCacheSize) personaVersions.delete(personaVersions.keys().next().value!)
      personaVersions.set(key, cached)
    }
    return cached
  }

  /** A new turn's transcript, read once its slot is held (no other turn can change it in between), checked against the per-call cap. */
  async function transcriptUnderSlot(sessionId: string): Promise<TurnRow[]> {
    const rows = await listTurns(db, { sessionId })
    const { maxTurnsPerSession } = dependencies.config
    if (rows.filter((row) => row.role === 'trainee').length >= maxTurnsPerSession) {
      throw new AppError('conflict:turn_limit', `A call can have at most ${maxTurnsPerSession} turns. End this one and start another.`)
    }
    return rows
  }

  /** Streams one turn (new or retried) while holding the slot, renewing it, and gives the slot back at the end. */
  function runTurn(
    context: Context<AppEnv>,
    turn: {
      session: PracticeSessionRow
      persona: PersonaSpec
      slot: string
      input: { clientTurnId: string; text: string }
      next: { retry: TurnRow; rows?: undefined } | { rows: TurnRow[]; retry?: undefined }
    },
  ) {
    const { session, slot, input, next } = turn
    // A new turn is stored under its slot's id; a retried one keeps its own.
    const turnId = next.retry?.id ?? slot
    return streamSSE(context, (stream) => dependencies.turns.run(async () => {
      const abort = new AbortController()
      stream.onAbort(() => abort.abort())
      const renewal = setInterval(() => {
        renewTurnSlot(db, { sessionId: session.id, turnId: slot, until: new Date(clock().getTime() + leaseMs) }).catch((error) =>
          dependencies.logger('warn', 'could not renew the turn slot', { sessionId: session.id, error: String(error) }),
        )
      }, leaseMs / 3)
      const turnContext = { dependencies, session, persona: turn.persona, emit: sseEmitter(stream), signal: abort.signal }
      try {
        if (next.retry) await retryTurn(turnContext, next.retry)
        else await runNewTurn(turnContext, { turnId, clientTurnId: input.clientTurnId, text: input.text, rows: next.rows })
      } catch (error) {
        dependencies.logger('error', 'turn failed', { sessionId: session.id, turnId, error: String(error) })
        await turnContext.emit('turn-error', {
          turnId: next.retry?.id ?? null,
          code: 'internal',
          message: 'Something went wrong on the server. If your message shows as sent, it is saved; try again.',
          retryable: true,
          partialReply: null,
        })
      } finally {
        clearInterval(renewal)
        await releaseTurnSlot(db, { sessionId: session.id, turnId: slot }).catch((error) =>
          dependencies.logger('error', 'could not release the turn slot', { sessionId: session.id, error: String(error) }),
        )
      }
    }))
  }

  return new Hono<AppEnv>()
    .use(requireUser(dependencies))
    .get('/', async (context) => {
      const sessions = await listPracticeSessions(db, { userId: context.get('user').id })
      const personas = new Map((await listPersonaVersions<PersonaSpec>(db, { keys: sessions.map(({ personaId, personaVersion }) => ({ id: personaId, version: personaVersion })) })).map((persona) => [`${persona.id}@${persona.version}`, persona.spec]))
      return context.json({ sessions: sessions.map((session) => sessionSummary(session, clock(), personas.get(`${session.personaId}@${session.personaVersion}`))) })
    })
    .post('/', async (context) => {
      const user = context.get('user')
      const input = await parseBody(context, createSessionSchema)
      let mode = input.mode ?? (dependencies.llm.persona ? 'model' : 'scripted')
      let seed = dependencies.newId()
      let passMark: number | null = null
      if (input.assignmentId !== undefined) {
        const assignment = await findAssignmentForTrainee(db, { assignmentId: input.assignmentId, traineeId: user.id })
        if (!assignment) throw new AppError('not_found:assignment', 'No such assignment for you.')
        if (assignment.personaId !== input.personaId) throw new AppError('bad_request:assignment_persona', 'This assignment is for a different scenario.')
        if (assignment.mode === 'scripted') {
          // A standardised assessment: every trainee meets the same scripted customer.
          mode = 'scripted'
          seed = assignment.seed ?? assignment.id
        }
        passMark = assignment.passMark
      }
      const persona = await getPersona<PersonaSpec>(db, { id: input.personaId })
      // Trainers may practise with drafts (that is how they test-drive them); trainees see published personas only.
      const visible = persona && !persona.archived && (persona.published || user.role === 'trainer')
      if (!persona || !visible) throw new AppError('not_found:persona', 'No such persona.')
      if (mode === 'model' && !dependencies.llm.persona) {
        throw new AppError('model_not_configured', 'No model is configured for the customer: start a scripted call, or set PERSONA_MODEL and LLM_BASE_URL (see the README).')
      }
      const moodState = initialMoodState(persona.spec)
      const rubric = await getCurrentRubric(db)
      const session = await createPracticeSession(db, {
        id: dependencies.newId(),
        userId: user.id,
        personaId: persona.id,
        personaVersion: persona.version,
        mode,
        seed,
        // An assignment's own pass mark is the one this call is judged by, on the scorecard as on the dashboard.
        rubric: { ...(rubric?.rubric ?? defaultRubric), ...(passMark === null ? {} : { passMark }) },
        rubricVersion: rubric?.version ?? null,
        assignmentId: input.assignmentId ?? null,
        moodState,
        opening: { id: dependencies.newId(), text: persona.spec.openingLine },
      })
      const turns = await listTurns(db, { sessionId: session.id })
      return context.json({ ...sessionView({ session, persona, turns, now: clock() }), openingLine: persona.spec.openingLine }, 201)
    })
    .get('/:id', async (context) => {
      const session = await loadSession(context.req.param('id'), context.get('user'), 'read')
      const [persona, turns, reviews] = await Promise.all([loadPersona(session), listTurns(db, { sessionId: session.id }), listGradeReviews(db, { sessionId: session.id })])
      return context.json({ ...sessionView({ session, persona, turns, now: clock() }), reviews })
    })
    .post('/:id/end', async (context) => {
      const user = context.get('user')
      const session = await loadSession(context.req.param('id'), user, 'write')
      const { reason, note } = await parseBody(context, endSessionSchema)
      if (session.status === 'ended') throw new AppError('conflict:session_ended', 'This call has already ended.')
      const slot = dependencies.newId()
      if (!(await claimTurnSlot(db, { sessionId: session.id, turnId: slot, now: clock(), until: new Date(clock().getTime() + 30_000) }))) {
        throw new AppError('conflict:turn_in_flight', 'Wait for the customer to finish before ending the call.')
      }
      try {
        const persona = await loadPersona(session)
        const judged = judgeTraineeEnd(persona.spec, session.moodState as MoodState, reason)
        const result = await finishSession(dependencies, {
          session,
          persona: persona.spec,
          outcome: { kind: judged.outcome, endedBy: 'trainee', compliant: judged.compliant, explanation: judged.explanation, reason, note },
        })
        return context.json(result)
      } finally {
        await releaseTurnSlot(db, { sessionId: session.id, turnId: slot })
      }
    })
    .post('/:id/turns/:turnId/rewind', async (context) => {
      const session = await loadSession(context.req.param('id'), context.get('user'), 'write')
      if (session.status === 'ended') throw new AppError('conflict:session_ended', 'This call has ended.')
      const slot = dependencies.newId()
      if (!(await claimTurnSlot(db, { sessionId: session.id, turnId: slot, now: clock(), until: new Date(clock().getTime() + 30_000) }))) {
        throw new AppError('conflict:turn_in_flight', 'Wait for the customer to finish before taking a turn back.')
      }
      try {
        const turns = await listTurns(db, { sessionId: session.id })
        const target = turns.find((turn) => turn.id === context.req.param('turnId') && turn.role === 'trainee')
        if (!target) throw new AppError('not_found:turn', 'No such turn in this call.')
        const latest = turns.filter((turn) => turn.role === 'trainee' && !turn.rewoundAt).at(-1)
        if (target.rewoundAt || latest?.id !== target.id) throw new AppError('conflict:not_latest_turn', 'Only your latest turn can be taken back.')
        await rewindTurn(db, { sessionId: session.id, turnId: target.id, now: clock() })
      } finally {
        await releaseTurnSlot(db, { sessionId: session.id, turnId: slot })
      }
      const [current, persona, turns] = await Promise.all([getPracticeSession(db, { id: session.id }), loadPersona(session), listTurns(db, { sessionId: session.id })])
      return context.json(sessionView({ session: current!, persona, turns, now: clock() }))
    })
    .post('/:id/turns', async (context) => {
      const user = context.get('user')
      const session = await loadSession(context.req.param('id'), user, 'write')
      const input = await parseBody(context, turnInputSchema)
      // The lookup, the rate-limit hit and the claim on the call's turn slot go out together (side by side on
      // PostgreSQL); the transcript is read only once the slot is held. The slot is held under a fresh id, which
      // is also a new turn's id (a retried turn keeps its own).
      const slot = dependencies.newId()
      const now = clock()
      const claiming = claimTurnSlot(db, { sessionId: session.id, turnId: slot, now, until: new Date(now.getTime() + leaseMs) })
      const claimOutcome = claiming.catch(() => null)
      let goingAhead = false
      try {
        const [existing, wait, persona, current] = await Promise.all([
          findTurnByClientId(db, { sessionId: session.id, clientTurnId: input.clientTurnId }),
          turnLimiter.hit(user.id),
          loadPersona(session),
          claimOutcome,
        ])
        if (existing && existing.text !== input.text) {
          throw new AppError('conflict:client_turn_reused', 'This clientTurnId was already used for a different message.')
        }
        if (existing && existing.status === 'answered') return streamSSE(context, (stream) => replayTurn(dependencies, existing, session, sseEmitter(stream)))
        if (session.status === 'ended') throw new AppError('conflict:session_ended', 'This call has ended.')
        if (dependencies.turns.draining) throw new AppError('unavailable:shutting_down', 'The server is restarting. Your message was not sent; try again in a moment.')
        if (session.mode === 'model' && !dependencies.llm.persona) {
          throw new AppError('model_not_configured', 'No model is configured for the customer. Start a scripted call, or set PERSONA_MODEL and LLM_BASE_URL (see the README).')
        }
        if (wait > 0) throw new AppError('rate_limited', 'You are sending messages too fast.', { retryAfterSeconds: wait }, { 'retry-after': String(wait) })
        if (!current) {
          await claiming // a claim the database failed (rather than one that found the slot taken) answers as that failure
          throw new AppError('conflict:turn_in_flight', 'The customer is still answering your previous message.')
        }
        const next = existing ? { retry: existing } : { rows: await transcriptUnderSlot(session.id) }
        goingAhead = true
        // The claimed row is the session as it is now: another request may have finished a turn since it was read.
        return runTurn(context, { session: current, persona: persona.spec, slot, input, next })
      } finally {
        // A turn that does not go ahead gives the slot back at once, when its claim took it.
        if (!goingAhead && (await claimOutcome)) {
          await releaseTurnSlot(db, { sessionId: session.id, turnId: slot }).catch((error) =>
            dependencies.logger('error', 'could not release the turn slot', { sessionId: session.id, error: String(error) }),
          )
        }
      }
    })
}

type SseStream = Parameters<Parameters<typeof streamSSE>[1]>[0]

function sseEmitter(stream: SseStream): EmitTurnEvent {
  let id = 0
  return async (name, data) => {
    if (stream.aborted || stream.closed) return
    id += 1
    await stream.writeSSE({ event: name, data: JSON.stringify(data), id: String(id) })
  }
}
