import { randomUUID } from 'node:crypto'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { PerceptionOutput } from '../../../src/grader/perception-schema'
import { detectSignals } from '../../../src/grader/signals'
import type { TurnSignals } from '../../../src/grader/signal-types'
import { hostileBroadbandCallbacks as persona } from '../../../src/personas/builtin/hostile-broadband-callbacks'
import { earnFacts } from '../../../src/personas/hidden-facts'
import { applyTurn, initialMoodState } from '../../../src/personas/mood'
import { signalContextFor } from '../../../src/personas/signal-context'
import { type FakeOpenAi, type FakeRequest, type FakeScript, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, readEvents, type SseEvent, type TestApp } from '../../support/test-app'

/** Sarcasm without a stock phrase: the rules should find nothing in it (checked in the test). */
const sarcasm = 'Well, that is just marvellous for you.'
/** The time box of the timeout test; the others get a generous one, so a loaded test machine cannot trip it. */
const perceptionTimeoutMs = 400

const grade = {
  criteria: [{ criterionId: 'composure', score: 1, rationale: 'Fine.', evidenceQuote: null }],
  betterReply: 'I am sorry the engineer did not come.',
}

function perception(fields: Partial<PerceptionOutput> = {}): PerceptionOutput {
  return { behaviours: [], misread: [], askedAbout: [], offeredResolutionId: null, offeredQuote: null, refusedOutcomeId: null, refusedQuote: null, promised: null, ...fields }
}

const isPerception = (request: FakeRequest) => request.body.response_format?.json_schema?.name === 'turn_perception'
const rulesOf = (text: string): TurnSignals => detectSignals(text, signalContextFor(persona, [{ role: 'customer', text: persona.openingLine }]))
const firstMood = (signals: TurnSignals) => applyTurn(persona, initialMoodState(persona), signals).state.level
const find = (events: SseEvent[], name: string) => events.find((event) => event.event === name)

describe('model perception of a trainee turn', () => {
  let fake: FakeOpenAi
  let testApp: TestApp
  /** What the perception model answers next; the grader always answers `grade`. */
  let perceive: FakeScript

  beforeAll(async () => {
    fake = await startFakeOpenAi()
  })
  afterAll(() => fake.close())
  beforeEach(async () => {
    fake.reset()
    perceive = { json: perception() }
    fake.setDefault('stream', { stream: 'Oh, marvellous, is it?' })
    fake.setDefault('object', (request) => (isPerception(request) ? (typeof perceive === 'function' ? perceive(request) : perceive) : { json: grade }))
    testApp = await createTestApp({ fake, perception: true, environment: { PERCEPTION_TIMEOUT_MS: '30000' } })
  })
  afterEach(() => testApp.close())

  async function call(mode?: 'model' | 'scripted') {
    const { cookie } = await testApp.createUserAndSignIn()
    const response = await testApp.request('/api/sessions', { cookie, body: { personaId: persona.id, ...(mode ? { mode } : {}) } })
    const { session } = await response.json()
    const turn = async (text: string, clientTurnId = `perception-${randomUUID()}`) =>
      readEvents(await testApp.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId, text } }))
    const state = async () => (await testApp.request(`/api/sessions/${session.id}`, { cookie })).json()
    return { sessionId: session.id as string, turn, state }
  }

  it('escalates in the same turn on sarcasm the rules miss: turn-accepted, signals-ready, perception-ready, then mood-changed and the reply', async () => {
    const rules = rulesOf(sarcasm)
    expect(rules.signals.map((signal) => signal.id)).not.toContain('sarcastic')
    perceive = { json: perception({ behaviours: [{ signal: 'sarcastic', quote: 'that is just marvellous' }] }) }
    const { turn, state } = await call()
    const events = await turn(sarcasm)

    // The grade runs alongside the reply, so the two may end in either order.
    const order = events.map((event) => event.event).filter((name) => name !== 'reply-delta')
    expect(order.slice(0, 4)).toEqual(['turn-accepted', 'signals-ready', 'perception-ready', 'mood-changed'])
    expect(order.slice(4).sort()).toEqual(['grade-ready', 'reply-end'])
    expect(find(events, 'signals-ready')!.data.signals).toEqual(rules)
    expect(find(events, 'signals-ready')!.data.grade.status).toBe('provisional')
    expect(find(events, 'perception-ready')!.data).toEqual({
      turnId: events[0]!.data.turnId,
      status: 'ran',
      behaviours: [{ signal: 'sarcastic', quote: 'that is just marvellous' }],
      removed: [],
      reason: null,
    })
    const mood = find(events, 'mood-changed')!.data
    const withSarcasm = { ...rules, signals: [...rules.signals, { id: 'sarcastic' as const, evidence: 'that is just marvellous', source: 'perception' as const }] }
    expect(mood.after).toBe(firstMood(withSarcasm))
    expect(mood.after).toBeGreaterThan(firstMood(rules))
    expect(mood.reasons).toContainEqual({ signal: 'sarcastic', delta: expect.any(Number) })

    // The customer's request left only once the perception had answered.
    const perceptionRequest = fake.requests.find(isPerception)!
    const personaRequest = fake.requests.find((request) => request.kind === 'stream')!
    expect(perceptionRequest.index).toBeLessThan(personaRequest.index)
    expect(personaRequest.receivedAt).toBeGreaterThanOrEqual(perceptionRequest.endedAt!)
    expect(String(perceptionRequest.body.messages?.at(-1)?.content)).toContain(`<agent_turn>\n${sarcasm}\n</agent_turn>`)

    const stored = (await state()).turns[1]
    expect(stored.moodAfter).toBe(mood.after)
    expect(stored.perception).toEqual({ status: 'ran', behaviours: [{ signal: 'sarcastic', quote: 'that is just marvellous' }], removed: [], reason: null })
    expect(stored.modelCalls.map((record: { role: string }) => record.role).sort()).toEqual(['grader', 'perception', 'persona'])
    expect(stored.modelCalls.find((record: { role: string }) => record.role === 'perception')).toMatchObject({ outcome: 'ok', model: 'fake-model' })
    const metrics = testApp.dependencies.metrics.render({ activeStreams: 0 })
    expect(metrics).toMatch(/toughcall_model_calls_total\{[^}]*role="perception"[^}]*\} 1/)
  })

  it('falls back to the rules when the perception model answers after the time box, and the reply still comes', async () => {
    await testApp.close()
    testApp = await createTestApp({ fake, perception: true, environment: { PERCEPTION_TIMEOUT_MS: String(perceptionTimeoutMs) } })
    perceive = { json: perception({ behaviours: [{ signal: 'sarcastic', quote: 'that is just marvellous' }] }), ttftMs: perceptionTimeoutMs * 10 }
    const { turn, state } = await call()
    const started = Date.now()
    const events = await turn(sarcasm)
    const perceptionReady = find(events, 'perception-ready')!.data
    expect(perceptionReady).toMatchObject({ status: 'timed_out', behaviours: [], removed: [], reason: expect.stringContaining(`${perceptionTimeoutMs} ms`) })
    expect(find(events, 'mood-changed')!.data.after).toBe(firstMood(rulesOf(sarcasm)))
    expect(find(events, 'reply-end')!.data.status).toBe('complete')
    expect(Date.now() - started).toBeLessThan(perceptionTimeoutMs * 10)
    // The late request is abandoned at the model server.
    const request = fake.requests.find(isPerception)!
    await request.settled
    expect(request.aborted).toBe(true)
    const stored = (await state()).turns[1]
    expect(stored.perception.status).toBe('timed_out')
    expect(stored.modelCalls.find((record: { role: string }) => record.role === 'perception')).toMatchObject({ outcome: 'model_timeout' })
  })

  it('falls back to the rules on garbage output, after the client retried once', async () => {
    perceive = { content: 'The agent sounds sarcastic to me, honestly.' }
    const { turn } = await call()
    const events = await turn(sarcasm)
    expect(find(events, 'perception-ready')!.data).toEqual({
      turnId: events[0]!.data.turnId,
      status: 'fell_back',
      behaviours: [],
      removed: [],
      reason: 'The perception model gave an unusable answer; the rules stand.',
    })
    expect(fake.requests.filter(isPerception)).toHaveLength(2)
    expect(find(events, 'mood-changed')!.data.after).toBe(firstMood(rulesOf(sarcasm)))
    expect(find(events, 'reply-end')!.data.status).toBe('complete')
  })

  it('drops a behaviour whose quote is not in the trainee text', async () => {
    perceive = { json: perception({ behaviours: [{ signal: 'sarcastic', quote: 'oh how marvellous' }] }) }
    const { turn } = await call()
    const events = await turn(sarcasm)
    expect(find(events, 'perception-ready')!.data).toMatchObject({ status: 'ran', behaviours: [] })
    expect(find(events, 'mood-changed')!.data.after).toBe(firstMood(rulesOf(sarcasm)))
  })

  it('refuses a removal without a verified quote and lets one with a verified negation stand', async () => {
    const text = 'Sorry, Dale. When was the engineer meant to come?'
    const rules = rulesOf(text)
    expect(rules.signals.map((signal) => signal.id)).toEqual(expect.arrayContaining(['used_name', 'directed_question']))
    perceive = {
      json: perception({
        misread: [
          { signal: 'directed_question', quote: 'that was not really a question', why: 'negated' },
          { signal: 'used_name', quote: 'Sorry, Dale', why: 'quoted' },
        ],
      }),
    }
    const { turn } = await call()
    const events = await turn(text)
    const ready = find(events, 'perception-ready')!.data
    expect(ready.removed).toEqual([{ signal: 'used_name', quote: 'Sorry, Dale' }])
    const withoutName = { ...rules, signals: rules.signals.filter((signal) => signal.id !== 'used_name') }
    expect(find(events, 'mood-changed')!.data.after).toBe(firstMood(withoutName))
    expect(find(events, 'mood-changed')!.data.reasons.map((reason: { signal: string }) => reason.signal)).toContain('directed_question')
  })

  it('earns a fact the perception verified as asked about in the same turn, and never tells the browser which', async () => {
    const text = 'What happened before today?'
    const fact = persona.hiddenFacts.find((candidate) => candidate.id === 'conflicting-explanations')!
    expect(earnFacts(persona, text, rulesOf(text), [])).not.toContain(fact.id)
    perceive = { json: perception({ askedAbout: [fact.id], behaviours: [{ signal: 'directed_question', quote: text }] }) }
    const { turn, state } = await call()
    const events = await turn(text)

    // The customer model is told the fact in this very turn.
    expect(JSON.stringify(fake.requests.find((request) => request.kind === 'stream')!.body.messages)).toContain(fact.fact)

    const secrets = [
      ...persona.hiddenFacts.flatMap((hidden) => [hidden.id, hidden.fact, hidden.answers]),
      ...persona.resolutions.map((resolution) => resolution.id),
      ...persona.refusedOutcomes.map((outcome) => outcome.id),
    ]
    const perceptionEvents = JSON.stringify(events.filter((event) => event.event === 'perception-ready'))
    for (const secret of secrets) expect(perceptionEvents).not.toContain(secret)
    const view = JSON.stringify((await state()).turns.map((row: { perception: unknown }) => row.perception))
    for (const secret of secrets) expect(view).not.toContain(secret)
  })

  it('reuses the stored perception when a failed reply is retried, and never perceives the turn again', async () => {
    perceive = { json: perception({ behaviours: [{ signal: 'sarcastic', quote: 'that is just marvellous' }] }) }
    const { turn } = await call()
    fake.onStream({ status: 503, headers: { 'x-should-retry': 'false' }, body: { error: { message: 'down' } } })
    const clientTurnId = `perception-retry-${randomUUID()}`
    const first = await turn(sarcasm, clientTurnId)
    expect(find(first, 'turn-error')!.data.retryable).toBe(true)
    perceive = { json: perception() }
    const retried = await turn(sarcasm, clientTurnId)
    expect(retried[0]).toMatchObject({ event: 'turn-accepted', data: { replayed: true } })
    expect(find(retried, 'perception-ready')!.data).toEqual(find(first, 'perception-ready')!.data)
    expect(find(retried, 'mood-changed')!.data).toEqual(find(first, 'mood-changed')!.data)
    expect(find(retried, 'reply-end')!.data.status).toBe('complete')
    expect(fake.requests.filter(isPerception)).toHaveLength(1)
  })

  it('never perceives a scripted call with the model, even with a perception model configured', async () => {
    perceive = { json: perception({ behaviours: [{ signal: 'sarcastic', quote: 'that is just marvellous' }] }) }
    const { turn } = await call('scripted')
    const events = await turn(sarcasm)
    expect(find(events, 'perception-ready')).toBeUndefined()
    expect(find(events, 'mood-changed')!.data.after).toBe(firstMood(rulesOf(sarcasm)))
    expect(find(events, 'reply-end')!.data.status).toBe('complete')
    expect(fake.requests.filter(isPerception)).toHaveLength(0)
  })
})

describe('without a perception model', () => {
  let fake: FakeOpenAi
  let testApp: TestApp
  beforeAll(async () => {
    fake = await startFakeOpenAi()
    fake.setDefault('stream', { stream: 'Go on then.' })
    fake.setDefault('object', { json: grade })
    testApp = await createTestApp({ fake })
  })
  afterAll(async () => {
    await testApp.close()
    await fake.close()
  })

  it('the rules alone perceive: no perception-ready, no perception request, and the stored turn says so', async () => {
    const { cookie } = await testApp.createUserAndSignIn()
    const { session } = await (await testApp.request('/api/sessions', { cookie, body: { personaId: persona.id } })).json()
    const events = await readEvents(await testApp.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId: 'rules-only-1', text: sarcasm } }))
    expect(events.map((event) => event.event)).not.toContain('perception-ready')
    expect(fake.requests.filter(isPerception)).toHaveLength(0)
    const view = await (await testApp.request(`/api/sessions/${session.id}`, { cookie })).json()
    expect(view.turns[1].perception).toBeNull()
  })
})
