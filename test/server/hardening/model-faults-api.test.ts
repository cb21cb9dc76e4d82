import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type FakeOpenAi, type FakeScript, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, readEvents, type TestApp } from '../../support/test-app'

const goodGrade = (quote: string) => ({
  criteria: [{ criterionId: 'acknowledge', score: 2, rationale: 'Names the problem.', evidenceQuote: quote }],
  betterReply: 'Name the missed callbacks and book the engineer.',
})

describe('model faults through the api', () => {
  let fake: FakeOpenAi
  let testApp: TestApp
  beforeAll(async () => {
    fake = await startFakeOpenAi()
  })
  afterAll(() => fake.close())
  beforeEach(async () => {
    fake.reset()
    fake.setDefault('stream', { stream: 'Fine. Go on.' })
    fake.setDefault('object', { json: goodGrade('I am sorry') })
    testApp = await createTestApp({ fake, idleTimeoutMs: 300, environment: { LLM_MAX_RETRIES: '1' } })
  })
  afterEach(() => testApp.close())

  async function call() {
    const { cookie } = await testApp.createUserAndSignIn()
    const { session } = await (await testApp.request('/api/sessions', { cookie, body: { personaId: 'hostile-broadband-callbacks' } })).json()
    let counter = 0
    const turn = async (text: string, clientTurnId = `fault-${session.id.slice(0, 8)}-${(counter += 1)}`) =>
      readEvents(await testApp.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId, text } }))
    const state = async () => (await testApp.request(`/api/sessions/${session.id}`, { cookie })).json()
    return { cookie, sessionId: session.id as string, turn, state }
  }

  it.each<[string, FakeScript]>([
    ['200 then silence', { fault: 'silence_after_headers' }],
    ['only keep-alive comments', { fault: 'keepalive_only', keepAliveMs: 50 }],
    ['content that never sends [DONE] nor closes', { fault: 'no_done', stream: ['I have ', 'been '] }],
  ])('a persona stream with %s is cut by the idle watchdog and reported as turn-error', async (_name, fault) => {
    const { turn, state } = await call()
    fake.onStream(fault)
    const events = await turn('I am sorry. Which day was the engineer due?')
    expect(events.find((event) => event.event === 'turn-error')!.data).toMatchObject({ code: 'model_timeout', retryable: true })
    const after = await state()
    expect(after.session.inFlight).toBe(false)
    const trainee = after.turns.find((row: { role: string }) => row.role === 'trainee')
    expect(trainee.text).toBe('I am sorry. Which day was the engineer due?')
    await fake.waitForRequests(2)
    // The abandoned request is closed at the fake: nothing keeps reading a dead stream.
    await Promise.all(fake.requests.map((request) => request.settled))
    expect(fake.activeConnections()).toBe(0)
  })

  it('a 429 with a short retry-after is retried by the SDK and the turn succeeds', async () => {
    const { turn } = await call()
    fake.onStream({ status: 429, headers: { 'retry-after': '0' }, body: { error: { message: 'slow down' } } }, { stream: 'Right then.' })
    const events = await turn('I am sorry about this. What date was it?')
    expect(events.find((event) => event.event === 'reply-end')!.data.text).toBe('Right then.')
  })

  it('x-should-retry: false is not retried', async () => {
    const { turn } = await call()
    fake.onStream({ status: 500, headers: { 'x-should-retry': 'false' }, body: { error: { message: 'no' } } }, { stream: 'never used' })
    const events = await turn('Which date was the engineer booked?')
    expect(events.find((event) => event.event === 'turn-error')).toBeDefined()
    expect(fake.requests.filter((request) => request.kind === 'stream')).toHaveLength(1)
  })

  it('grader down while the persona is up: the reply arrives and the rules-only grade stands as grader_failed', async () => {
    const { turn, state } = await call()
    fake.setDefault('object', { status: 503, headers: { 'x-should-retry': 'false' }, body: { error: { message: 'down' } } })
    const events = await turn('Mr Harrow, I am sorry. What I can do is book an engineer today.')
    expect(events.find((event) => event.event === 'reply-end')!.data.status).toBe('complete')
    expect(events.find((event) => event.event === 'grade-ready')!.data.grade).toMatchObject({ source: 'rules', status: 'grader_failed' })
    expect((await state()).turns[1].grade.status).toBe('grader_failed')
  })

  it('persona down while the grader is up: turn-error, the trainee turn is kept with its grade', async () => {
    const { turn, state } = await call()
    fake.setDefault('stream', { status: 503, headers: { 'x-should-retry': 'false' }, body: { error: { message: 'down' } } })
    const events = await turn('I am sorry, Mr Harrow.')
    expect(events.find((event) => event.event === 'turn-error')!.data.code).toBe('model_unavailable')
    expect(events.find((event) => event.event === 'grade-ready')!.data.grade.source).toBe('llm')
    const trainee = (await state()).turns[1]
    expect(trainee).toMatchObject({ status: 'reply_failed', grade: { source: 'llm' } })
  })

  it('a grader that ignores the schema request but returns JSON in prose is still understood', async () => {
    const { turn } = await call()
    fake.onObject({ content: `Here is my grade:\n\`\`\`json\n${JSON.stringify(goodGrade('I am sorry'))}\n\`\`\`` })
    const events = await turn('I am sorry about the callbacks.')
    expect(events.find((event) => event.event === 'grade-ready')!.data.grade).toMatchObject({ source: 'llm', status: 'graded' })
  })

  it('a refusal from the grader leaves grader_failed and POST /turns/:id/regrade fixes it later', async () => {
    const { turn, cookie, state } = await call()
    fake.onObject({ refusal: 'I cannot help with that.' }, { refusal: 'I cannot help with that.' })
    const events = await turn('I am sorry about the callbacks.')
    const turnId = events[0]!.data.turnId
    expect(events.find((event) => event.event === 'grade-ready')!.data.grade.status).toBe('grader_failed')

    const other = await testApp.createUserAndSignIn()
    expect((await testApp.request(`/api/turns/${turnId}/regrade`, { method: 'POST', cookie: other.cookie })).status).toBe(404)

    const regraded = await testApp.request(`/api/turns/${turnId}/regrade`, { method: 'POST', cookie })
    expect(regraded.status).toBe(200)
    expect(await regraded.json()).toMatchObject({ regraded: true, grade: { source: 'llm', status: 'graded' } })
    expect((await state()).turns[1].grade).toMatchObject({ source: 'llm', status: 'graded' })

    const trainer = await testApp.createUserAndSignIn('trainer')
    expect((await testApp.request(`/api/turns/${turnId}/regrade`, { method: 'POST', cookie: trainer.cookie })).status).toBe(200)
  })

  it('a failed regrade keeps the grade the turn had', async () => {
    const { turn, cookie, state } = await call()
    const events = await turn('I am sorry about the callbacks.')
    const turnId = events[0]!.data.turnId
    fake.onObject({ content: 'nope' }, { content: 'still nope' })
    const response = await (await testApp.request(`/api/turns/${turnId}/regrade`, { method: 'POST', cookie })).json()
    expect(response).toMatchObject({ regraded: false, grade: { source: 'llm', status: 'graded' }, failure: expect.any(String) })
    expect((await state()).turns[1].grade.status).toBe('graded')
  })
})
