import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeOpenAi, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, readEvents, type TestApp } from '../../support/test-app'

describe('what an operator sees', () => {
  let fake: FakeOpenAi
  let testApp: TestApp
  const lines: string[] = []
  beforeAll(async () => {
    fake = await startFakeOpenAi()
    fake.setDefault('stream', { stream: 'Right. Go on.', usage: { promptTokens: 120, completionTokens: 5 } })
    fake.setDefault('object', { json: { criteria: [], betterReply: 'x' }, usage: { promptTokens: 300, completionTokens: 40 } })
    testApp = await createTestApp({
      fake,
      environment: { METRICS_TOKEN: 'metrics-secret-token' },
      logger: (level, message, fields) => lines.push(JSON.stringify({ level, message, ...fields })),
    })
  })
  afterAll(async () => {
    await testApp.close()
    await fake.close()
  })

  it('stores every model call with its turn and sums them per call; logs carry no secrets or transcript text', async () => {
    const { cookie, password } = await testApp.createUserAndSignIn()
    const { session } = await (await testApp.request('/api/sessions', { cookie, body: { personaId: 'hostile-broadband-callbacks' } })).json()
    const secretText = 'My unique sentence about the purple engineer'
    await readEvents(await testApp.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId: 'observe-turn-1', text: secretText } }))
    const state = await (await testApp.request(`/api/sessions/${session.id}`, { cookie })).json()
    const calls = state.turns[1].modelCalls
    expect(calls.map((call: { role: string }) => call.role).sort()).toEqual(['grader', 'persona'])
    expect(calls.find((call: { role: string }) => call.role === 'persona')).toMatchObject({ model: 'fake-model', promptTokens: 120, completionTokens: 5, outcome: 'ok', ttftMs: expect.any(Number) })
    expect(state.session.usage).toMatchObject({ modelCalls: 2, promptTokens: 420, completionTokens: 45 })

    const logged = lines.join('\n')
    expect(logged).toContain('"message":"model call"')
    expect(logged).toContain('"route":"/api/sessions/:id/turns"')
    expect(logged).not.toContain(secretText)
    expect(logged).not.toContain(password)
    expect(logged).not.toContain(cookie.split('=')[1]!)
  })

  it('GET /metrics needs the token and reports requests, model calls, tokens and streams', async () => {
    expect((await testApp.request('/metrics')).status).toBe(401)
    expect((await testApp.request('/metrics', { headers: { authorization: 'Bearer wrong-token-of-same-len' } })).status).toBe(401)
    const response = await testApp.request('/metrics', { headers: { authorization: 'Bearer metrics-secret-token' } })
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).toMatch(/toughcall_http_requests_total\{method="POST",route="\/api\/sessions\/:id\/turns",status="200"\} \d+/)
    expect(text).toMatch(/toughcall_model_calls_total\{model="fake-model",outcome="ok",role="persona"\} \d+/)
    expect(text).toMatch(/toughcall_model_tokens_total\{kind="prompt",model="fake-model",role="grader"\} 300/)
    expect(text).toMatch(/toughcall_model_call_duration_seconds_bucket\{model="fake-model",role="persona",le="\+Inf"\} \d+/)
    expect(text).toContain('toughcall_active_streams 0')
    for (const gauge of ['process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_heap_size_total_bytes', 'nodejs_external_memory_bytes']) {
      expect(Number(text.match(new RegExp(`^${gauge} (\\d+)$`, 'm'))?.[1])).toBeGreaterThan(0)
    }
  })

  it('GET /metrics is off without a configured token', async () => {
    const plain = await createTestApp({ database: testApp.database })
    expect((await plain.request('/metrics')).status).toBe(404)
  })
})
