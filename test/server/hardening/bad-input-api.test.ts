import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeOpenAi, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, readEvents, type TestApp } from '../../support/test-app'

describe('bad input gets the one error shape and damages nothing', () => {
  let fake: FakeOpenAi
  let testApp: TestApp
  let cookie: string
  let sessionId: string
  let counter = 0
  beforeAll(async () => {
    fake = await startFakeOpenAi()
    fake.setDefault('stream', { stream: 'Go on.' })
    fake.setDefault('object', { json: { criteria: [], betterReply: 'Try again.' } })
    testApp = await createTestApp({ fake, environment: { BODY_LIMIT_BYTES: '65536', MAX_TURNS_PER_SESSION: '40', TURN_RATE_LIMIT_PER_MINUTE: '1000' } })
    ;({ cookie } = await testApp.createUserAndSignIn())
    sessionId = (await (await testApp.request('/api/sessions', { cookie, body: { personaId: 'hostile-broadband-callbacks' } })).json()).session.id
  })
  afterAll(async () => {
    await testApp.close()
    await fake.close()
  })

  const send = (text: unknown) => testApp.request(`/api/sessions/${sessionId}/turns`, { cookie, body: { clientTurnId: `bad-input-${(counter += 1)}`, text } })
  const errorOf = async (response: Response) => (await response.json()).error

  it.each([
    ['a lone high surrogate', 'hello \uD800 there'],
    ['a lone low surrogate', '\uDC00 hello'],
    ['a bell character', 'ding\u0007'],
    ['a C1 control character', 'next\u0085line'],
    ['only whitespace', ' \n\t '],
    ['only invisible characters', '\u200B\u200D\uFEFF'],
    ['a number instead of text', 42],
    ['null', null],
  ])('text with %s answers 400 validation_failed', async (_name, text) => {
    const response = await send(text)
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toMatchObject({ code: 'validation_failed', message: expect.any(String), details: { issues: [expect.objectContaining({ path: ['text'] })] } })
  })

  it('a 1 MB message is refused before it is read', async () => {
    const response = await send('a'.repeat(1_000_000))
    expect(response.status).toBe(413)
    expect((await errorOf(response)).code).toBe('payload_too_large')
  })

  it('zero-width, bidi-override and tag characters are removed, so what is stored is what a reader sees', async () => {
    const events = await readEvents(await send('Mr\u200B Har\u202Erow, I am sorry\u2066.\uDB40\uDC41\uDB40\uDC42'))
    const state = await (await testApp.request(`/api/sessions/${sessionId}`, { cookie })).json()
    const stored = state.turns.find((turn: { id: string }) => turn.id === events[0]!.data.turnId)
    expect(stored.text).toBe('Mr Harrow, I am sorry.')
  })

  it('HTML and script are stored as the text the trainee typed', async () => {
    const text = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"'
    const events = await readEvents(await send(text))
    const state = await (await testApp.request(`/api/sessions/${sessionId}`, { cookie })).json()
    expect(state.turns.find((turn: { id: string }) => turn.id === events[0]!.data.turnId).text).toBe(text)
  })

  it('a body that is not JSON, or not sent as JSON, is refused with the one error shape', async () => {
    const wrongType = await testApp.app.request(`/api/sessions/${sessionId}/turns`, { method: 'POST', headers: { cookie, 'content-type': 'text/plain' }, body: JSON.stringify({ clientTurnId: 'plain-text-1', text: 'hi' }) })
    expect(wrongType.status).toBe(415)
    expect((await errorOf(wrongType)).code).toBe('unsupported_media_type')
    for (const body of ['{', '[1,2', '"just a string"', '']) {
      const response = await testApp.app.request(`/api/sessions/${sessionId}/turns`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body })
      expect(response.status).toBe(400)
      expect((await errorOf(response)).code).toMatch(/^(bad_request:invalid_json|validation_failed)$/)
    }
  })

  it('unknown routes and methods answer 404 with the one error shape', async () => {
    for (const [method, path] of [['GET', '/api/nope'], ['DELETE', `/api/sessions/${sessionId}`], ['PUT', '/api/personas'], ['GET', '/api/sessions/x/y/z']] as const) {
      const response = await testApp.request(path, { method, cookie })
      expect(response.status).toBe(404)
      expect(await errorOf(response)).toMatchObject({ code: expect.stringMatching(/^not_found/), message: expect.any(String) })
    }
  })

  it('a call is capped at MAX_TURNS_PER_SESSION turns', async () => {
    const { cookie: own } = await testApp.createUserAndSignIn()
    const capped = await createTestApp({ fake, environment: { MAX_TURNS_PER_SESSION: '2' }, database: testApp.database })
    const { session } = await (await capped.request('/api/sessions', { cookie: own, body: { personaId: 'long-winded-armchair-delivery' } })).json()
    for (const id of ['cap-1xxxxx', 'cap-2xxxxx']) await readEvents(await capped.request(`/api/sessions/${session.id}/turns`, { cookie: own, body: { clientTurnId: id, text: 'What is the order number?' } }))
    const third = await capped.request(`/api/sessions/${session.id}/turns`, { cookie: own, body: { clientTurnId: 'cap-3xxxxx', text: 'And the date?' } })
    expect(third.status).toBe(409)
    expect((await errorOf(third)).code).toBe('conflict:turn_limit')
    // The refused turn gave its slot back: the call is not left looking busy, and its last turn can still be taken back.
    const state = await (await capped.request(`/api/sessions/${session.id}`, { cookie: own })).json()
    expect(state.session.inFlight).toBe(false)
    const latest = state.turns.filter((turn: { role: string }) => turn.role === 'trainee').at(-1)
    expect((await capped.request(`/api/sessions/${session.id}/turns/${latest.id}/rewind`, { cookie: own, method: 'POST' })).status).toBe(200)
  })

  it('a trainee over the turn rate limit gets 429 with retry-after, and the refused turn leaves the call free', async () => {
    const { cookie: own } = await testApp.createUserAndSignIn()
    const limited = await createTestApp({ fake, environment: { TURN_RATE_LIMIT_PER_MINUTE: '1' }, database: testApp.database })
    const { session } = await (await limited.request('/api/sessions', { cookie: own, body: { personaId: 'long-winded-armchair-delivery', mode: 'scripted' } })).json()
    const first = await limited.request(`/api/sessions/${session.id}/turns`, { cookie: own, body: { clientTurnId: 'rate-1xxxxx', text: 'What is the order number?' } })
    expect(first.status).toBe(200)
    await readEvents(first)
    const second = await limited.request(`/api/sessions/${session.id}/turns`, { cookie: own, body: { clientTurnId: 'rate-2xxxxx', text: 'And the date?' } })
    expect(second.status).toBe(429)
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await errorOf(second)).code).toBe('rate_limited')
    const state = await (await limited.request(`/api/sessions/${session.id}`, { cookie: own })).json()
    expect(state.session.inFlight).toBe(false)
    // Sending the answered turn again still replays it: a replay is never refused for speed.
    const replay = await limited.request(`/api/sessions/${session.id}/turns`, { cookie: own, body: { clientTurnId: 'rate-1xxxxx', text: 'What is the order number?' } })
    expect(replay.status).toBe(200)
    expect((await readEvents(replay)).some((event) => event.event === 'turn-accepted' && (event.data as { replayed: boolean }).replayed)).toBe(true)
  })

  it('the state of the call is intact after all of it', async () => {
    const state = await (await testApp.request(`/api/sessions/${sessionId}`, { cookie })).json()
    expect(state.session).toMatchObject({ status: 'active', inFlight: false })
    expect(state.turns.filter((turn: { role: string }) => turn.role === 'trainee').every((turn: { status: string }) => turn.status === 'answered')).toBe(true)
  })
})
