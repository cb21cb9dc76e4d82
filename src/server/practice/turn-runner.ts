import type { TurnGrade } from '../../grader/grade-types'
import { lateSignals } from '../../grader/late-signals'
import { provisionalGrade } from '../../grader/provisional-grade'
import type { Rubric } from '../../grader/rubric'
import { detectSignals } from '../../grader/signals'
import type { TurnSignals } from '../../grader/signal-types'
import { earnFacts } from '../../personas/hidden-facts'
import { signalContextFor } from '../../personas/signal-context'
import { applyTurn, type MoodState, type MoodUpdate } from '../../personas/mood'
import { buildPersonaMessages } from '../../personas/persona-prompt'
import { scriptedReply, scriptedReplyChunks } from '../../personas/scripted-customer'
import type { PersonaSpec } from '../../personas/persona-spec'
import type { ReplyProblem } from '../../personas/reply-guard'
import type { AppDependencies } from '../app-dependencies'
import {
  listTurns,
  markTraineeTurnFailed,
  markTraineeTurnPending,
  type PracticeSessionRow,
  appendModelCalls,
  recordUsedLines,
  saveCustomerReply,
  saveGrade,
  savePerception,
  saveTraineeTurn,
  type TurnRow,
} from '../db/queries/practice-queries'
import { LlmError } from '../llm/llm-client'
import { checkedModelReply, type ReplyCheck } from './checked-model-reply'
import { finishSession } from './finish-session'
import { fallbackGrade, gradeTraineeTurn } from './grade-turn'
import { startModelCall } from './model-call-record'
import { perceiveTurn, perceptionReadyEvent, type StoredPerception } from './perceive-turn'
import { type TranscriptLine, transcriptFromTurns, windowTranscript } from './transcript'
import type { EmitTurnEvent } from './turn-events'
import { publicSignals } from './public-signals'

/**
 * Lines of the call the customer model sees besides its opening: twenty exchanges, long enough to remember the
 * call (facts it gave up ride in the director's note anyway), bounded so a 30-turn call's prompt is under
 * twice its 10th turn's. The cut moves 20 lines at a time, so the cacheable prefix breaks once per ten turns.
 */
const personaContextLines = 40

export interface TurnContext {
  dependencies: AppDependencies
  session: PracticeSessionRow
  persona: PersonaSpec
  emit: EmitTurnEvent
  /** Aborted when the browser goes away: cancels both model calls. */
  signal: AbortSignal
}

/** What the mood step decided for a trainee turn, stored with it so a retried reply plays the same scene. */
export interface StoredMood {
  reasons: MoodUpdate['reasons']
  band: MoodUpdate['band']
  event: MoodUpdate['event']
}

/**
 * A new trainee turn: signals → mood → stored → reply and grade side by side. `rows` is the transcript as read
 * under the turn slot. With a perception model, on a call a model plays, the customer perceives the turn first
 * (`perceiveTurn`, time-boxed) and the mood and facts follow the merged reading; otherwise the customer's request
 * goes out before the turn is even stored.
 */
export async function runNewTurn(context: TurnContext, input: { turnId: string; clientTurnId: string; text: string; rows: TurnRow[] }) {
  const { dependencies, session, persona, emit } = context
  const rubric = session.rubric as Rubric
  const rows = input.rows.filter((row) => !row.rewoundAt)
  const previousTraineeTexts = rows.filter((row) => row.role === 'trainee').map((row) => row.text)
  const signals = detectSignals(input.text, signalContextFor(persona, transcriptFromTurns(rows)))
  const moodState = session.moodState as MoodState
  // What the grader model found in the previous turn and neither the rules nor the perception saw reaches the customer now.
  const previous = rows.findLast((row) => row.role === 'trainee')
  const late = lateSignals(previous?.grade as TurnGrade | null, perceivedSignals(previous))
  const mood = applyTurn(persona, moodState, signals, { lateSignals: late })
  const alreadyEarned = session.earnedFactIds
  const earnedFactIds = [...alreadyEarned, ...earnFacts(persona, input.text, signals, alreadyEarned)]
  const grade = provisionalGrade(signals, rubric, { turnIndex: previousTraineeTexts.length, customerCalm: mood.state.level <= persona.mood.calmThreshold })
  const storedMood: StoredMood = { reasons: mood.reasons, band: mood.band, event: mood.event }
  const lines: TranscriptLine[] = [...transcriptFromTurns(rows), { role: 'trainee', text: input.text }]
  // Scripted calls (standardised assessments among them) never perceive: the same words meet the same customer.
  const perceiver = session.mode === 'model' ? dependencies.llm.perception : null
  // Everything the customer's prompt needs is known now (without perception): its request goes out before the
  // turn is saved, so the save overlaps with the model's own time to first token. No delta is sent before the turn is stored.
  let pending: PersonaStream | null =
    session.mode === 'model' && perceiver === null ? startPersonaStream(context, { turnId: input.turnId, lines, earnedFactIds, moodState: mood.state, storedMood }) : null
  // With perception, it is the perception request that leaves before the save, for the same reason; its answer
  // is read (and `perception-ready` sent) only after `signals-ready`. It never throws: the rules stand on a failure.
  const stopPerceiving = new AbortController()
  const perceiving =
    perceiver === null
      ? null
      : perceiveTurn(dependencies, {
          client: perceiver,
          persona,
          sessionId: session.id,
          turnId: input.turnId,
          transcript: transcriptFromTurns(rows),
          text: input.text,
          rules: signals,
          signal: AbortSignal.any([context.signal, stopPerceiving.signal]),
        })
  // Whatever happens from here (a failed save, a stream that broke before the reply was read), the early
  // requests are stopped; once they were read this is a no-op.
  try {
    // Stored with the rules' reading first: should perception never finish (the process dies), the turn is whole.
    const turn = await saveTraineeTurn(dependencies.db, {
      id: input.turnId,
      sessionId: session.id,
      clientTurnId: input.clientTurnId,
      text: input.text,
      signals,
      grade,
      moodBefore: moodState.level,
      moodAfter: mood.state.level,
      moodReasons: storedMood,
      moodStateBefore: moodState,
      earnedFactIdsBefore: alreadyEarned,
      moodState: mood.state,
      earnedFactIds,
    })
    await emit('turn-accepted', { turnId: turn.id, clientTurnId: input.clientTurnId, seq: turn.seq, replayed: false })
    if (perceiving === null) {
      await emitAnalysis(emit, turn)
      await answerTurn(context, { turn, transcript: [...rows, turn], earnedFactIds, moodState: mood.state, storedMood, needsGrade: true, early: pending })
      return
    }
    await emit('signals-ready', { turnId: turn.id, signals: publicSignals(signals), grade })
    const perception = await perceiving
    await emit('perception-ready', perceptionReadyEvent(turn.id, perception.stored))
    const perceived = perception.stored.signals
    const perceivedMood = applyTurn(persona, moodState, perceived, { lateSignals: late })
    const perceivedFacts = [...alreadyEarned, ...newlyAskedFacts(persona, earnFacts(persona, input.text, perceived, alreadyEarned), perception.factIds, alreadyEarned)]
    const perceivedStoredMood: StoredMood = { reasons: perceivedMood.reasons, band: perceivedMood.band, event: perceivedMood.event }
    // As without perception, the customer's request leaves before the save, overlapping it.
    pending = startPersonaStream(context, { turnId: turn.id, lines, earnedFactIds: perceivedFacts, moodState: perceivedMood.state, storedMood: perceivedStoredMood })
    const perceivedTurn = await savePerception(dependencies.db, {
      turnId: turn.id,
      sessionId: session.id,
      perception: perception.stored,
      moodAfter: perceivedMood.state.level,
      moodReasons: perceivedStoredMood,
      moodState: perceivedMood.state,
      earnedFactIds: perceivedFacts,
      modelCalls: [perception.call],
    })
    await emitMood(emit, perceivedTurn)
    await answerTurn(context, {
      turn: perceivedTurn,
      transcript: [...rows, perceivedTurn],
      earnedFactIds: perceivedFacts,
      moodState: perceivedMood.state,
      storedMood: perceivedStoredMood,
      needsGrade: true,
      early: pending,
    })
  } finally {
    pending?.cancel()
    stopPerceiving.abort()
  }
}

/** What the customer felt in a turn: the perception's merged reading when there was one, else the rules'. */
function perceivedSignals(turn: TurnRow | undefined): TurnSignals | null {
  if (!turn) return null
  return (turn.perception as StoredPerception | null)?.signals ?? (turn.signals as TurnSignals | null)
}

/** The facts the rules earned, with the ones the perception verified as asked about, in the persona's order, none earned twice. */
function newlyAskedFacts(persona: PersonaSpec, byRules: string[], byPerception: string[], alreadyEarned: string[]): string[] {
  const earned = new Set(alreadyEarned)
  const asked = new Set([...byRules, ...byPerception])
  return persona.hiddenFacts.filter((fact) => asked.has(fact.id) && !earned.has(fact.id)).map((fact) => fact.id)
}

/** A trainee turn whose reply failed (or whose process died): the same scene is played again, the turn is not re-scored. */
export async function retryTurn(context: TurnContext, turn: TurnRow) {
  const { dependencies, session, emit } = context
  await markTraineeTurnPending(dependencies.db, { turnId: turn.id })
  const rows = (await listTurns(dependencies.db, { sessionId: session.id })).filter((row) => !row.rewoundAt)
  const transcript = rows.filter((row) => row.seq <= turn.seq || row.replyTo === turn.id)
  await emit('turn-accepted', { turnId: turn.id, clientTurnId: turn.clientTurnId ?? '', seq: turn.seq, replayed: true })
  await emitAnalysis(emit, turn)
  const needsGrade = (turn.grade as TurnGrade | null)?.source !== 'llm'
  await answerTurn(context, {
    turn,
    transcript,
    earnedFactIds: session.earnedFactIds,
    moodState: session.moodState as MoodState,
    storedMood: turn.moodReasons as StoredMood,
    needsGrade,
  })
}

/** A stored turn's analysis, event by event: the rules' signals, the stored perception if any (never run again), the mood. */
export async function emitAnalysis(emit: EmitTurnEvent, turn: TurnRow) {
  await emit('signals-ready', { turnId: turn.id, signals: publicSignals(turn.signals as TurnSignals), grade: turn.grade as TurnGrade })
  const perception = turn.perception as StoredPerception | null
  if (perception) await emit('perception-ready', perceptionReadyEvent(turn.id, perception))
  await emitMood(emit, turn)
}

async function emitMood(emit: EmitTurnEvent, turn: TurnRow) {
  const storedMood = turn.moodReasons as StoredMood
  const before = turn.moodBefore ?? 0
  const after = turn.moodAfter ?? 0
  await emit('mood-changed', { turnId: turn.id, before, after, delta: after - before, band: storedMood.band, reasons: storedMood.reasons, event: storedMood.event })
}

async function answerTurn(
  context: TurnContext,
  input: {
    turn: TurnRow
    transcript: TurnRow[]
    earnedFactIds: string[]
    moodState: MoodState
    storedMood: StoredMood
    needsGrade: boolean
    /** The customer's reply, already requested before the turn was saved. */
    early?: PersonaStream | null
  },
) {
  const { dependencies, session, persona, emit, signal } = context
  const { turn } = input
  // The reply's request goes out first; the grader's right behind it, never in front.
  const reply =
    session.mode === 'scripted'
      ? scriptReply(context, input)
      : modelReply(context, input)
  const grading = input.needsGrade ? gradeTurn(context, turn, input.transcript.filter((row) => row.seq < turn.seq)) : Promise.resolve(turn.grade as TurnGrade)
  const [replyOutcome] = await Promise.all([reply, grading])
  if (replyOutcome === 'complete' && input.storedMood.event && !signal.aborted) {
    const { outcome, scorecard } = await finishSession(dependencies, {
      session,
      persona,
      outcome:
        input.storedMood.event === 'hang_up'
          ? { kind: 'customer_hung_up', endedBy: 'customer', compliant: false, explanation: 'The customer stayed too upset for too long and hung up.' }
          : { kind: 'resolved', endedBy: 'customer', compliant: true, explanation: 'The customer calmed down, accepted the resolution and the call was closed.' },
    })
    await emit('session-ended', { sessionId: session.id, outcome, scorecard })
  }
}

type AnswerInput = Parameters<typeof answerTurn>[1]

interface PersonaStream {
  deltas: AsyncIterable<string>
  call: ModelCall
  /** Drops a reply that will not be used (its turn could not be stored): aborts the request. */
  cancel(): void
}

/** The customer model's reply: the one requested before the turn was saved, or (a retried turn) a new request. */
function modelReply(context: TurnContext, input: AnswerInput) {
  const stream = input.early ?? startPersonaStream(context, { turnId: input.turn.id, lines: transcriptFromTurns(input.transcript), ...input })
  const check: ReplyCheck = {
    // This turn's own cut-off reply (a retried turn) is the scene being played again, not a line to avoid.
    earlierCustomerLines: input.transcript.filter((row) => row.role === 'customer' && row.replyTo !== input.turn.id).map((row) => row.text),
    callEnds: input.storedMood.event !== null,
    band: input.storedMood.band,
    regenerate: (correction) => startPersonaStream(context, { turnId: input.turn.id, lines: transcriptFromTurns(input.transcript), ...input, correction }),
  }
  return streamReply(context, input.turn, stream.deltas, stream.call, check)
}

/**
 * Sends the customer model's request now and holds its first delta until someone reads the stream.
 * Its own abort controller follows the browser's, and `cancel` aborts it when the reply is not wanted.
 */
function startPersonaStream(
  context: TurnContext,
  input: { turnId: string; lines: TranscriptLine[]; earnedFactIds: string[]; moodState: MoodState; storedMood: StoredMood; correction?: ReplyProblem },
): PersonaStream {
  const { dependencies, session, persona, signal } = context
  const personaClient = dependencies.llm.persona
  if (!personaClient) throw new LlmError('model_rejected', 'No persona model is configured.')
  const messages = buildPersonaMessages(
    persona,
    {
      mood: { level: input.moodState.level, band: input.storedMood.band, reasons: input.storedMood.reasons, event: input.storedMood.event },
      earnedFactIds: input.earnedFactIds,
      turn: input.moodState.turn,
      correction: input.correction,
    },
    windowTranscript(input.lines, personaContextLines),
  )
  const call = startModelCall(dependencies, { role: 'persona', model: personaClient.model, sessionId: session.id, turnId: input.turnId })
  const controller = new AbortController()
  const relay = () => controller.abort()
  if (signal.aborted) controller.abort()
  else signal.addEventListener('abort', relay, { once: true })
  const iterator = personaClient
    .streamChat({ messages, signal: controller.signal, temperature: 0.8, maxTokens: dependencies.config.llm.personaMaxTokens, onUsage: call.onUsage })
    [Symbol.asyncIterator]()
  const first = iterator.next()
  // Read (and its failure handled) by `deltas`; this only keeps an unread failure from being unhandled.
  first.catch(() => undefined)
  async function* deltas() {
    try {
      for (let next = await first; !next.done; next = await iterator.next()) yield next.value
    } finally {
      signal.removeEventListener('abort', relay)
      // The reader stopped early (e.g. the browser went): let the model stream run its own cleanup.
      await iterator.return?.()
    }
  }
  return {
    deltas: deltas(),
    call,
    cancel() {
      signal.removeEventListener('abort', relay)
      controller.abort()
    },
  }
}

/** The scripted customer: the same scene from the script engine, streamed in small chunks like a model's reply. */
async function scriptReply(context: TurnContext, input: AnswerInput) {
  const { dependencies, session, persona } = context
  const { turn } = input
  const before = new Set((turn.earnedFactIdsBefore as string[] | null) ?? [])
  const reply = scriptedReply({
    persona,
    mood: { state: input.moodState, delta: (turn.moodAfter ?? 0) - (turn.moodBefore ?? 0), ...input.storedMood },
    signals: turn.signals as TurnSignals,
    newlyEarnedFactIds: input.earnedFactIds.filter((id) => !before.has(id)),
    usedLineIds: session.usedLineIds,
    seed: session.seed ?? session.id,
    turnNumber: input.moodState.turn,
  })
  await recordUsedLines(dependencies.db, { sessionId: session.id, lineIds: reply.lineIds })
  return streamReply(context, turn, paced(scriptedReplyChunks(reply.text), scriptedChunkDelayMs, context.signal), null)
}

/** A scripted reply arrives at a speaking pace, not all at once. */
const scriptedChunkDelayMs = 12

async function* paced(chunks: string[], delayMs: number, signal: AbortSignal) {
  for (const chunk of chunks) {
    if (signal.aborted) throw new LlmError('model_aborted', 'The call was interrupted.')
    yield chunk
    await new Promise((resolve) => setTimeout(resolve, delayMs))
  }
}

type ModelCall = ReturnType<typeof startModelCall>

async function streamReply(context: TurnContext, turn: TurnRow, deltas: AsyncIterable<string>, call: ModelCall | null, check?: ReplyCheck): Promise<'complete' | 'failed'> {
  const { dependencies, session, emit } = context
  let text = ''
  try {
    for await (const delta of deltas) {
      call?.firstToken()
      text += delta
      await emit('reply-delta', { text: delta })
    }
    if (call) await appendModelCalls(dependencies.db, { turnId: turn.id, calls: [call.finish()] })
    if (check) text = await checkedModelReply({ dependencies, persona: context.persona, emit, sessionId: session.id, turnId: turn.id }, text, check)
    const reply = await saveCustomerReply(dependencies.db, { id: dependencies.newId(), sessionId: session.id, replyTo: turn.id, text: text.trim(), status: 'complete' })
    await emit('reply-end', { turnId: reply.id, replyTo: turn.id, text: reply.text, status: 'complete' })
    dependencies.metrics.turns.add({ outcome: 'answered' })
    return 'complete'
  } catch (error) {
    if (call) await appendModelCalls(dependencies.db, { turnId: turn.id, calls: [call.finish(error)] })
    dependencies.metrics.turns.add({ outcome: 'reply_failed' })
    const failure = describeFailure(error)
    dependencies.logger('warn', 'persona reply failed', { sessionId: session.id, turnId: turn.id, code: failure.code, partial: text.length > 0 })
    if (text.trim()) {
      const partial = await saveCustomerReply(dependencies.db, {
        id: dependencies.newId(),
        sessionId: session.id,
        replyTo: turn.id,
        text: text.trim(),
        status: 'partial',
        error: failure,
      })
      await emit('reply-end', { turnId: partial.id, replyTo: turn.id, text: partial.text, status: 'partial' })
    } else {
      await markTraineeTurnFailed(dependencies.db, { turnId: turn.id, error: failure })
    }
    await emit('turn-error', { turnId: turn.id, code: failure.code, message: failure.message, retryable: failure.retryable, partialReply: text.trim() || null })
    return 'failed'
  }
}

async function gradeTurn(context: TurnContext, turn: TurnRow, before: TurnRow[]): Promise<TurnGrade> {
  const { dependencies, session, persona, emit, signal } = context
  const attempt = await gradeTraineeTurn(dependencies, { rubric: session.rubric as Rubric, persona, sessionId: session.id, turn, before, signal })
  const grade = attempt.ok ? attempt.grade : fallbackGrade(turn.grade as TurnGrade, attempt)
  if (attempt.call) await appendModelCalls(dependencies.db, { turnId: turn.id, calls: [attempt.call] })
  await saveGrade(dependencies.db, { turnId: turn.id, grade })
  await emit('grade-ready', { turnId: turn.id, grade })
  return grade
}

function describeFailure(error: unknown): { code: string; message: string; retryable: boolean } {
  if (error instanceof LlmError) return { code: error.code, message: messageFor(error), retryable: error.retryable }
  return { code: 'internal', message: 'Something went wrong while the customer was answering. Your message is saved; try again.', retryable: true }
}

function messageFor(error: LlmError): string {
  switch (error.code) {
    case 'model_timeout':
      return 'The model server stopped answering. Your message is saved; try again.'
    case 'model_unavailable':
      return 'The model server is unavailable. Your message is saved; try again.'
    case 'model_rate_limited':
      return 'The model server is busy (rate limited). Your message is saved; try again in a moment.'
    case 'model_rejected':
      return 'The model server refused the request (check the model name and key). Your message is saved.'
    case 'model_invalid_output':
      return 'The model gave an unusable answer. Your message is saved; try again.'
    case 'model_aborted':
      return 'The call was interrupted. Your message is saved.'
  }
}
