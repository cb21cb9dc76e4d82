import { describe, expect, it } from 'vitest'
import type { TurnEvent } from '../../web/src/api/stream-turn'
import { type CallAction, type CallState, callReducer } from '../../web/src/call/call-reducer'
import { describePerception } from '../../web/src/call/perception-note'
import { gradeFixture, sessionStateFixture, turnView } from './session-state-fixture'

const clientTurnId = 'client-turn-1'
const event = (value: TurnEvent): CallAction => ({ type: 'turn-event', clientTurnId, event: value })

function run(state: CallState | null, ...actions: CallAction[]): CallState {
  const result = actions.reduce(callReducer, state)
  if (!result) throw new Error('no state')
  return result
}

describe('perception-ready in the call', () => {
  it("puts the customer's read on the trainee message, and a reload keeps it", () => {
    const loaded = run(null, { type: 'session-loaded', view: sessionStateFixture() })
    const state = run(
      loaded,
      { type: 'message-sent', clientTurnId, text: 'Well, that is just marvellous.' },
      event({ name: 'turn-accepted', data: { turnId: 'turn-1', clientTurnId, seq: 1, replayed: false } }),
      event({ name: 'perception-ready', data: { turnId: 'turn-1', status: 'ran', behaviours: [{ signal: 'sarcastic', quote: 'just marvellous' }], removed: [], reason: null } }),
    )
    expect(state.turns.at(-1)?.perception).toEqual({ status: 'ran', behaviours: [{ signal: 'sarcastic', quote: 'just marvellous' }], removed: [], reason: null })

    const perception = { status: 'timed_out' as const, behaviours: [], removed: [], reason: 'No answer in time; the rules stand.' }
    const view = sessionStateFixture({
      turns: [turnView({ id: 'turn-1', seq: 1, role: 'trainee', text: 'Hi.', status: 'answered', clientTurnId, grade: gradeFixture(), perception })],
    })
    expect(run(null, { type: 'session-loaded', view }).turns.at(-1)?.perception).toEqual(perception)
  })
})

describe('describePerception', () => {
  it('names what the customer also heard and what the rules misread, with the trainee words', () => {
    expect(
      describePerception({
        status: 'ran',
        behaviours: [{ signal: 'sarcastic', quote: 'just marvellous' }],
        removed: [{ signal: 'blamed', quote: 'None of this is your fault' }],
        reason: null,
      }),
    ).toBe('Customer’s read: also heard Sarcastic (“just marvellous”); not taken as Blamed (“None of this is your fault”).')
  })

  it('says nothing when the perception agreed with the badges, and says why when the rules stood alone', () => {
    expect(describePerception({ status: 'ran', behaviours: [], removed: [], reason: null })).toBeNull()
    expect(describePerception({ status: 'fell_back', behaviours: [], removed: [], reason: 'The perception model gave an unusable answer; the rules stand.' })).toBe(
      'Customer’s read: the rules alone this time (The perception model gave an unusable answer; the rules stand.)',
    )
  })
})
