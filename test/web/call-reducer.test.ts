import { describe, expect, it } from 'vitest'
import type { TurnEvent } from '../../web/src/api/stream-turn'
import { type CallAction, type CallState, callReducer, callStateFromView, retryableTurn, rewindableTurn } from '../../web/src/call/call-reducer'
import { gradeFixture, sessionStateFixture, turnView } from './session-state-fixture'

const clientTurnId = 'client-turn-1'
const text = 'Mr Harrow, I am sorry about the three callbacks.'

function run(state: CallState | null, ...actions: CallAction[]): CallState {
  const result = actions.reduce(callReducer, state)
  if (!result) throw new Error('no state')
  return result
}

const event = (value: TurnEvent): CallAction => ({ type: 'turn-event', clientTurnId, event: value })
const provisional = gradeFixture({ source: 'rules', status: 'provisional', betterReply: null })
const accepted = event({ name: 'turn-accepted', data: { turnId: 'turn-1', clientTurnId, seq: 1, replayed: false } })
const signals = event({ name: 'signals-ready', data: { turnId: 'turn-1', signals: { signals: [{ id: 'apologised', evidence: 'sorry' }], questions: [], wordCount: 9 }, grade: provisional } })
const mood = event({ name: 'mood-changed', data: { turnId: 'turn-1', before: 85, after: 67, delta: -18, band: 'angry', reasons: [], event: null } })
const delta = (words: string) => event({ name: 'reply-delta', data: { text: words } })
const replyEnd = event({ name: 'reply-end', data: { turnId: 'reply-1', replyTo: 'turn-1', text: 'Fine. What now?', status: 'complete' } })
const graded = event({ name: 'grade-ready', data: { turnId: 'turn-1', grade: gradeFixture() } })

function loaded(...turns: Parameters<typeof sessionStateFixture>[0][]) {
  return run(null, { type: 'session-loaded', view: sessionStateFixture(turns[0]) })
}

describe('callReducer', () => {
  it('shows the trainee message at once, then fills in signals, mood, the streamed reply and the grade', () => {
    let state = run(loaded(), { type: 'message-sent', clientTurnId, text })
    expect(state.turns.at(-1)).toMatchObject({ role: 'trainee', text, status: 'sending' })
    expect(state.streaming).toBe(clientTurnId)

    state = run(state, accepted, signals, mood)
    expect(state.turns.at(-1)).toMatchObject({ id: 'turn-1', status: 'pending', moodBefore: 85, moodAfter: 67, grade: { status: 'provisional' } })
    expect(state.turns.at(-1)?.signals?.signals.map((signal) => signal.id)).toEqual(['apologised'])
    expect(state.mood).toEqual({ level: 67, band: 'angry' })
    expect(state.moodHistory).toEqual([85, 67])

    state = run(state, delta('Fine. '), delta('What now?'))
    expect(state.turns.at(-1)).toMatchObject({ role: 'customer', text: 'Fine. What now?', status: 'streaming' })

    state = run(state, replyEnd, graded, { type: 'stream-closed', clientTurnId })
    expect(state.turns.map((turn) => [turn.role, turn.status])).toEqual([
      ['customer', 'complete'],
      ['trainee', 'answered'],
      ['customer', 'complete'],
    ])
    expect(state.turns.at(-1)).toMatchObject({ id: 'reply-1', replyTo: 'turn-1' })
    expect(state.turns[1]?.grade).toMatchObject({ source: 'llm', status: 'graded' })
    expect(state.streaming).toBeNull()
  })

  it('drops a withdrawn reply on reply-reset and streams the new one in its place', () => {
    let state = run(loaded(), { type: 'message-sent', clientTurnId, text }, accepted, signals, mood, delta('Fine. '), delta('Goodbye.'))
    expect(state.turns.at(-1)).toMatchObject({ role: 'customer', text: 'Fine. Goodbye.', status: 'streaming' })
    state = run(state, event({ name: 'reply-reset', data: { replyTo: 'turn-1', problem: 'goodbye' } }))
    expect(state.turns.some((turn) => turn.status === 'streaming')).toBe(false)
    expect(state.turns.at(-1)).toMatchObject({ role: 'trainee', status: 'pending' })
    expect(state.streaming).toBe(clientTurnId)
    state = run(state, delta('Fine. '), delta('What now?'), replyEnd)
    expect(state.turns.filter((turn) => turn.role === 'customer').map((turn) => turn.text)).toEqual([expect.any(String), 'Fine. What now?'])
    expect(state.turns.at(-2)).toMatchObject({ role: 'trainee', status: 'answered' })
  })

  it('keeps the message with a retryable failure when the reply fails, and a retry clears it', () => {
    let state = run(loaded(), { type: 'message-sent', clientTurnId, text }, accepted, signals, mood, delta('You '))
    state = run(
      state,
      event({ name: 'turn-error', data: { turnId: 'turn-1', code: 'model_unavailable', message: 'The model server is unavailable.', retryable: true, partialReply: null } }),
      { type: 'stream-closed', clientTurnId },
    )
    const trainee = state.turns.at(-1)
    expect(trainee).toMatchObject({ role: 'trainee', text, status: 'reply_failed', failure: { retryable: true } })
    expect(state.turns.some((turn) => turn.status === 'streaming')).toBe(false)
    expect(retryableTurn(state)?.clientTurnId).toBe(clientTurnId)

    state = run(state, { type: 'retry-started', clientTurnId })
    expect(state.turns.at(-1)).toMatchObject({ status: 'pending', failure: null })
    expect(state.turns.filter((turn) => turn.role === 'trainee')).toHaveLength(1)
  })

  it('keeps a message the server refused, and keeps it across a reload of the session', () => {
    let state = run(loaded(), { type: 'message-sent', clientTurnId, text }, {
      type: 'request-failed',
      clientTurnId,
      failure: { message: 'You are sending messages too fast.', retryable: true },
    })
    expect(state.turns.at(-1)).toMatchObject({ text, status: 'unsent', failure: { retryable: true } })
    state = run(state, { type: 'session-loaded', view: sessionStateFixture() })
    expect(state.turns.at(-1)).toMatchObject({ text, status: 'unsent', clientTurnId })
  })

  it('a dropped connection with no reply marks the message for retry', () => {
    const state = run(loaded(), { type: 'message-sent', clientTurnId, text }, accepted, delta('Half a'), { type: 'stream-closed', clientTurnId })
    expect(state.turns.at(-1)).toMatchObject({ role: 'trainee', status: 'reply_failed', failure: { retryable: true } })
    expect(state.streaming).toBeNull()
  })

  it('does not duplicate a replayed reply that is already on screen, nor let the rules grade replace the grader’s', () => {
    const view = sessionStateFixture({
      turns: [
        turnView({ id: 'turn-1', seq: 1, role: 'trainee', text, status: 'answered', clientTurnId, grade: gradeFixture(), moodBefore: 85, moodAfter: 67 }),
        turnView({ id: 'reply-1', seq: 2, role: 'customer', text: 'Fine. What now?', status: 'complete', replyTo: 'turn-1' }),
      ],
    })
    const state = run(null, { type: 'session-loaded', view }, { type: 'retry-started', clientTurnId }, accepted, signals, mood, delta('Fine. What now?'), replyEnd)
    expect(state.turns.filter((turn) => turn.role === 'customer')).toHaveLength(2)
    expect(state.turns[1]?.grade?.source).toBe('llm')
  })

  it('session-ended ends the call with its outcome and scorecard', () => {
    const state = run(
      loaded(),
      { type: 'message-sent', clientTurnId, text },
      event({
        name: 'session-ended',
        data: { sessionId: 'session-1', outcome: { kind: 'customer_hung_up', endedBy: 'customer', compliant: false, explanation: 'He hung up.' }, scorecard: { weightedTotal: 20 } },
      }),
    )
    expect(state.status).toBe('ended')
    expect(state.outcome).toMatchObject({ kind: 'customer_hung_up' })
    expect(rewindableTurn(state)).toBeNull()
  })

  it('after a rewind, both attempts stay and only the new one can be taken back', () => {
    const first = turnView({ id: 'turn-1', seq: 1, role: 'trainee', text: 'Calm down.', status: 'answered', clientTurnId: 'first', moodBefore: 85, moodAfter: 95, rewound: true })
    const firstReply = turnView({ id: 'reply-1', seq: 2, role: 'customer', text: 'Calm down?!', status: 'complete', replyTo: 'turn-1', rewound: true })
    const second = turnView({ id: 'turn-2', seq: 3, role: 'trainee', text, status: 'answered', clientTurnId: 'second', moodBefore: 85, moodAfter: 67 })
    const secondReply = turnView({ id: 'reply-2', seq: 4, role: 'customer', text: 'Go on.', status: 'complete', replyTo: 'turn-2' })

    const afterRewind = callStateFromView(sessionStateFixture({ turns: [first, firstReply] }))
    expect(afterRewind.turns.filter((turn) => turn.rewound).map((turn) => turn.id)).toEqual(['turn-1', 'reply-1'])
    expect(rewindableTurn(afterRewind)).toBeNull()

    const afterRetry = callStateFromView(sessionStateFixture({ turns: [first, firstReply, second, secondReply] }))
    expect(afterRetry.turns).toHaveLength(5)
    expect(rewindableTurn(afterRetry)?.id).toBe('turn-2')
  })

  it('nothing can be retried or taken back while the server is still answering', () => {
    const pending = turnView({ id: 'turn-1', seq: 1, role: 'trainee', text, status: 'pending', clientTurnId })
    const busy = callStateFromView(sessionStateFixture({ turns: [pending], inFlight: true }))
    expect(busy.serverBusy).toBe(true)
    expect(busy.turns.at(-1)?.failure).toBeNull()
    expect(retryableTurn(busy)).toBeNull()
    // Stored but nobody is answering it any more (a restart): it can be sent again.
    const stuck = callStateFromView(sessionStateFixture({ turns: [pending], inFlight: false }))
    expect(retryableTurn(stuck)?.clientTurnId).toBe(clientTurnId)
  })

  it('a session reload never interrupts the stream this tab is reading', () => {
    const state = run(loaded(), { type: 'message-sent', clientTurnId, text })
    expect(run(state, { type: 'session-loaded', view: sessionStateFixture() })).toBe(state)
  })
})

describe('callStateFromView', () => {
  it('brings back messages kept from before a reload that the server never received, once each', () => {
    const stored = turnView({ id: 'turn-1', seq: 1, role: 'trainee', text: 'Stored one', status: 'answered', clientTurnId: 'stored' })
    const state = callStateFromView(sessionStateFixture({ turns: [stored] }), null, [
      { clientTurnId: 'stored', text: 'Stored one' },
      { clientTurnId: 'lost', text: 'Never arrived' },
      { clientTurnId: 'lost', text: 'Never arrived' },
    ])
    expect(state.turns.map((turn) => [turn.clientTurnId, turn.status])).toEqual([
      [null, 'complete'],
      ['stored', 'answered'],
      ['lost', 'unsent'],
    ])
    expect(retryableTurn(state)?.clientTurnId).toBe('lost')
  })
})

describe('grade-updated', () => {
  it('replaces a failed grade with the new one', () => {
    const failed = gradeFixture({ source: 'rules', status: 'grader_failed', failure: 'The model gave an unusable answer.' })
    const turn = turnView({ id: 'turn-1', seq: 1, role: 'trainee', text, status: 'answered', clientTurnId, grade: failed })
    const state = run(null, { type: 'session-loaded', view: sessionStateFixture({ turns: [turn] }) }, { type: 'grade-updated', turnId: 'turn-1', grade: gradeFixture() })
    expect(state.turns[1]?.grade).toMatchObject({ source: 'llm', status: 'graded' })
  })
})
