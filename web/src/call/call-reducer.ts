import type { TurnGrade } from '../../../src/grader/grade-types'
import type { Rubric } from '../../../src/grader/rubric'
import { type MoodBand, moodBand } from '../../../src/personas/mood'
import type { SessionOutcome } from '../../../src/server/practice/finish-session'
import type { CallMode, PersonaCard, SessionScorecard, SessionState } from '../api/api-types'
import type { TurnEvent } from '../api/stream-turn'
import { type CallFacts, callFactsFromView } from '../scorecard/call-facts'
import { newCustomerReply, newTraineeMessage, type TranscriptTurn, type TurnFailure, transcriptTurnFromView } from './transcript-turn'
import type { UnsentMessage } from './unsent-messages'

export interface CallState {
  sessionId: string
  persona: PersonaCard
  /** Who plays the customer: an AI model or the script. */
  mode: CallMode
  /** The rubric the call is graded under. */
  rubric: Rubric
  status: 'active' | 'ended'
  mood: { level: number; band: MoodBand }
  /** The customer's frustration at the start, then after each kept trainee turn. */
  moodHistory: number[]
  turns: TranscriptTurn[]
  /** The clientTurnId whose stream this tab is reading, if any. */
  streaming: string | null
  /** The server has a turn in flight that this tab is not reading (another tab, or the page was reloaded). */
  serverBusy: boolean
  outcome: SessionOutcome | null
  scorecard: SessionScorecard | null
  createdAt: string
  endedAt: string | null
  /** The hidden facts uncovered and missed: only once the call has ended (the server sends none before). */
  facts: CallFacts | null
}

export type CallAction =
  /** `unsent`: messages this tab kept from before a reload that the server may never have received. */
  | { type: 'session-loaded'; view: SessionState; unsent?: UnsentMessage[] }
  | { type: 'message-sent'; clientTurnId: string; text: string }
  | { type: 'retry-started'; clientTurnId: string }
  | { type: 'turn-event'; clientTurnId: string; event: TurnEvent }
  /** The request failed before the server streamed anything (409, 429, 503, network). */
  | { type: 'request-failed'; clientTurnId: string; failure: TurnFailure }
  /** The stream ended, cleanly or not. */
  | { type: 'stream-closed'; clientTurnId: string }
  /** A turn was graded again after the grader had failed. */
  | { type: 'grade-updated'; turnId: string; grade: TurnGrade }

const connectionLost: TurnFailure = {
  message: 'The connection dropped before the customer finished. Your message is kept: retry it.',
  retryable: true,
}

const notDelivered: TurnFailure = { message: 'This message did not reach the server. It is kept here: retry it.', retryable: true }

export function callStateFromView(view: SessionState, previous?: CallState | null, saved: readonly UnsentMessage[] = []): CallState {
  const serverBusy = view.session.inFlight
  const turns = view.turns.map((turn) => transcriptTurnFromView(turn, serverBusy))
  // Messages the server never received stay on screen so they can be sent again.
  const known = new Set(turns.map((turn) => turn.clientTurnId).filter(Boolean))
  const candidates = [
    ...(previous?.turns ?? []).filter((turn) => turn.role === 'trainee' && (turn.status === 'unsent' || turn.status === 'sending')),
    ...saved.map((message) => newTraineeMessage(message.clientTurnId, message.text)),
  ]
  const unsent = candidates.filter((turn) => {
    if (!turn.clientTurnId || known.has(turn.clientTurnId)) return false
    known.add(turn.clientTurnId)
    return true
  })
  return {
    sessionId: view.session.id,
    persona: view.persona,
    mode: view.session.mode,
    rubric: view.rubric,
    status: view.session.status === 'ended' ? 'ended' : 'active',
    mood: { level: view.session.mood.level, band: view.session.mood.band },
    moodHistory: view.moodHistory,
    turns: [...turns, ...unsent.map((turn) => ({ ...turn, status: 'unsent' as const, failure: turn.failure ?? notDelivered }))],
    streaming: null,
    serverBusy,
    outcome: view.session.outcome,
    scorecard: view.session.scorecard,
    createdAt: view.session.createdAt,
    endedAt: view.session.endedAt,
    facts: callFactsFromView(view),
  }
}

export function callReducer(state: CallState | null, action: CallAction): CallState | null {
  if (action.type === 'session-loaded') {
    // A reload during this tab's own stream would drop what the stream is about to deliver.
    if (state?.streaming) return state
    return callStateFromView(action.view, state, action.unsent)
  }
  if (!state) return state
  switch (action.type) {
    case 'message-sent':
      return { ...state, streaming: action.clientTurnId, turns: [...state.turns, newTraineeMessage(action.clientTurnId, action.text)] }
    case 'retry-started':
      return {
        ...state,
        streaming: action.clientTurnId,
        turns: updateTrainee(state.turns, action.clientTurnId, (turn) => ({ ...turn, status: turn.id ? 'pending' : 'sending', failure: null })),
      }
    case 'request-failed':
      return {
        ...state,
        streaming: null,
        turns: updateTrainee(state.turns, action.clientTurnId, (turn) => ({
          ...turn,
          status: turn.id ? 'reply_failed' : 'unsent',
          failure: action.failure,
        })),
      }
    case 'stream-closed':
      return {
        ...state,
        streaming: state.streaming === action.clientTurnId ? null : state.streaming,
        turns: dropStreamingReplies(
          updateTrainee(state.turns, action.clientTurnId, (turn) =>
            turn.status === 'sending' || turn.status === 'pending'
              ? { ...turn, status: turn.id ? 'reply_failed' : 'unsent', failure: connectionLost }
              : turn,
          ),
        ),
      }
    case 'turn-event':
      return applyTurnEvent(state, action.clientTurnId, action.event)
    case 'grade-updated':
      return { ...state, turns: updateById(state.turns, action.turnId, (turn) => ({ ...turn, grade: action.grade })) }
  }
}

function applyTurnEvent(state: CallState, clientTurnId: string, event: TurnEvent): CallState {
  switch (event.name) {
    case 'turn-accepted':
      return {
        ...state,
        turns: updateTrainee(state.turns, clientTurnId, (turn) => ({ ...turn, id: event.data.turnId, status: 'pending', failure: null })),
      }
    case 'signals-ready':
      return {
        ...state,
        turns: updateById(state.turns, event.data.turnId, (turn) => ({
          ...turn,
          signals: event.data.signals,
          // A replayed turn sends its stored grade again; never let the rules-only grade replace the grader's.
          grade: turn.grade?.source === 'llm' ? turn.grade : event.data.grade,
        })),
      }
    case 'perception-ready': {
      const { turnId, ...perception } = event.data
      return { ...state, turns: updateById(state.turns, turnId, (turn) => ({ ...turn, perception })) }
    }
    case 'mood-changed': {
      const turns = updateById(state.turns, event.data.turnId, (turn) => ({ ...turn, moodBefore: event.data.before, moodAfter: event.data.after }))
      const start = state.moodHistory[0] ?? event.data.before
      const kept = turns.filter((turn) => turn.role === 'trainee' && !turn.rewound && turn.moodAfter !== null)
      return {
        ...state,
        turns,
        mood: { level: event.data.after, band: moodBand(event.data.after) },
        moodHistory: [start, ...kept.map((turn) => turn.moodAfter as number)],
      }
    }
    case 'reply-delta': {
      const trainee = state.turns.find((turn) => turn.role === 'trainee' && turn.clientTurnId === clientTurnId)
      const open = state.turns.findIndex((turn) => turn.status === 'streaming')
      if (open === -1) {
        const reply = newCustomerReply({ key: `reply-to-${clientTurnId}-${state.turns.length}`, id: null, replyTo: trainee?.id ?? null, text: event.data.text, status: 'streaming' })
        return { ...state, turns: [...state.turns, reply] }
      }
      return { ...state, turns: state.turns.map((turn, index) => (index === open ? { ...turn, text: turn.text + event.data.text } : turn)) }
    }
    case 'reply-reset':
      // The words shown so far were withdrawn; the reply streams again from the start.
      return { ...state, turns: dropStreamingReplies(state.turns) }
    case 'reply-end': {
      const { turnId, replyTo, text, status } = event.data
      // A replayed reply may already be on screen (loaded from the server); keep one copy.
      const alreadyShown = state.turns.some((turn) => turn.id === turnId && turn.status !== 'streaming')
      let turns = alreadyShown
        ? state.turns.filter((turn) => turn.status !== 'streaming')
        : state.turns.map((turn) => (turn.status === 'streaming' ? { ...turn, id: turnId, replyTo, text, status } : turn))
      if (!alreadyShown && !turns.some((turn) => turn.id === turnId)) {
        turns = [...turns, newCustomerReply({ key: turnId, id: turnId, replyTo, text, status })]
      }
      turns = updateById(turns, replyTo, (turn) => ({ ...turn, status: status === 'complete' ? 'answered' : 'reply_failed' }))
      return { ...state, turns }
    }
    case 'grade-ready':
      return { ...state, turns: updateById(state.turns, event.data.turnId, (turn) => ({ ...turn, grade: event.data.grade })) }
    case 'session-ended':
      return {
        ...state,
        status: 'ended',
        outcome: event.data.outcome as SessionOutcome,
        scorecard: event.data.scorecard as SessionScorecard,
        endedAt: state.endedAt ?? new Date().toISOString(),
      }
    case 'turn-error': {
      const failure: TurnFailure = { message: event.data.message, retryable: event.data.retryable }
      return {
        ...state,
        turns: dropStreamingReplies(
          updateTrainee(state.turns, clientTurnId, (turn) => ({ ...turn, status: turn.id ? 'reply_failed' : 'unsent', failure })),
        ),
      }
    }
  }
}

function updateTrainee(turns: TranscriptTurn[], clientTurnId: string, update: (turn: TranscriptTurn) => TranscriptTurn): TranscriptTurn[] {
  return turns.map((turn) => (turn.role === 'trainee' && turn.clientTurnId === clientTurnId ? update(turn) : turn))
}

function updateById(turns: TranscriptTurn[], id: string, update: (turn: TranscriptTurn) => TranscriptTurn): TranscriptTurn[] {
  return turns.map((turn) => (turn.id === id ? update(turn) : turn))
}

/** Words that arrived without a `reply-end` were never stored; the server's copy (if any) comes with the next load. */
function dropStreamingReplies(turns: TranscriptTurn[]): TranscriptTurn[] {
  return turns.filter((turn) => turn.status !== 'streaming')
}

/** The customer is answering: this tab's stream, or another request the server is still working on. */
export function isBusy(state: CallState): boolean {
  return state.streaming !== null || state.serverBusy
}

/** The trainee turn that may be taken back: the latest kept one, answered, with nothing in flight. */
export function rewindableTurn(state: CallState): TranscriptTurn | null {
  if (state.status !== 'active' || isBusy(state)) return null
  const latest = state.turns.findLast((turn) => turn.role === 'trainee' && !turn.rewound && turn.id !== null)
  return latest && latest.status === 'answered' ? latest : null
}

/** The trainee message that can be sent again: the latest one, when its reply failed or it never arrived. */
export function retryableTurn(state: CallState): TranscriptTurn | null {
  if (state.status !== 'active' || isBusy(state)) return null
  const latest = state.turns.findLast((turn) => turn.role === 'trainee' && !turn.rewound)
  return latest?.failure?.retryable ? latest : null
}
