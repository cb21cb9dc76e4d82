import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeOpenAi, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, type TestApp } from '../../support/test-app'

/** A browser that goes away: reads the stream until the first reply-delta, then closes the connection. */
async function sendAndHangUp(base: string, cookie: string, sessionId: string, clientTurnId: string, text: string) {
  const abort = new AbortController()
  const response = await fetch(`${base}/api/sessions/${sessionId}/turns`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ clientTurnId, text }),
    signal: abort.signal,
  })
  if (response.status !== 200) throw new Error(`turn answered ${response.status}: ${await response.text()}`)
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  let seen = ''
  while (!seen.includes('event: reply-delta')) {
    const { value, done } = await reader.read()
    if (done) throw new Error(`stream ended before any reply-delta: ${JSON.stringify(seen)}`)
    seen += decoder.decode(value, { stream: true })
  }
  abort.abort()
  await reader.cancel().catch(() => {})
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 10_000) {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

function resourceCounts() {
  const counts: Record<string, number> = {}
  for (const name of process.getActiveResourcesInfo()) counts[name] = (counts[name] ?? 0) + 1
  return counts
}

describe('a browser that goes away mid-turn', () => {
  let fake: FakeOpenAi
  let testApp: TestApp
  let server: ServerType
  let base: string
  beforeAll(async () => {
    fake = await startFakeOpenAi()
    // A slow reply and a slow grade, so both model calls are still running when the browser leaves.
    fake.setDefault('stream', { stream: Array.from({ length: 40 }, (_, index) => `word${index} `), chunkDelayMs: 40 })
    fake.setDefault('object', { json: { criteria: [], betterReply: 'x' }, ttftMs: 3_000 })
    // The watchdog is not what this file tests: a generous one keeps a CPU-starved CI machine (twenty calls in one
    // process beside another test file) from cutting a slow first chunk and ending a turn before any reply-delta.
    testApp = await createTestApp({ fake, idleTimeoutMs: 20_000, timeoutMs: 30_000, environment: { TURN_RATE_LIMIT_PER_MINUTE: '100000', COOKIE_SECURE: 'false' } })
    server = serve({ fetch: testApp.app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => server.once('listening', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await testApp.close()
    await fake.close()
  })

  async function newCall() {
    const { cookie } = await testApp.createUserAndSignIn()
    const { session } = await (await testApp.request('/api/sessions', { cookie, body: { personaId: 'long-winded-armchair-delivery' } })).json()
    return { cookie, sessionId: session.id as string }
  }

  it('cancels both model calls, keeps the trainee turn and the partial reply, and frees the session', async () => {
    const { cookie, sessionId } = await newCall()
    const requestsBefore = fake.requests.length
    await sendAndHangUp(base, cookie, sessionId, 'gone-away-1', 'What is the order number, please?')
    const [persona, grader] = await fake.waitForRequests(requestsBefore + 2).then((all) => all.slice(requestsBefore))
    await Promise.all([persona!.settled, grader!.settled])
    expect(persona!.aborted).toBe(true)
    expect(grader!.aborted).toBe(true)
    let state: any
    await until(async () => {
      state = await (await testApp.request(`/api/sessions/${sessionId}`, { cookie })).json()
      return !state.session.inFlight && state.turns.length === 3
    })
    expect(state.turns[1]).toMatchObject({ role: 'trainee', text: 'What is the order number, please?', status: 'reply_failed', grade: { status: 'grader_skipped' } })
    expect(state.turns[2]).toMatchObject({ role: 'customer', status: 'partial', text: expect.stringMatching(/^word0/) })
  })

  it('1,000 abandoned turns leave no timers, sockets or listeners behind', { timeout: 240_000 }, async () => {
    const calls = await Promise.all(Array.from({ length: 20 }, () => newCall()))
    // Warm up so connection pools and lazy singletons exist before the baseline.
    await Promise.all(calls.map((call, index) => sendAndHangUp(base, call.cookie, call.sessionId, `warm-${index}-xx`, 'Which date was it delivered?')))
    await until(() => fake.activeConnections() === 0, 30_000)
    await until(async () => !(await Promise.all(calls.map(async (call) => (await testApp.request(`/api/sessions/${call.sessionId}`, { cookie: call.cookie })).json()))).some((state) => state.session.inFlight), 30_000)
    const baseline = resourceCounts()
    const total = 1_000
    let sent = 0
    await Promise.all(
      calls.map(async (call, callIndex) => {
        for (let round = 0; round < total / calls.length; round += 1) {
          let attempt = 0
          for (;;) {
            try {
              await sendAndHangUp(base, call.cookie, call.sessionId, `abandon-${callIndex}-${round}-${attempt}`, `Round ${round}: which date was it delivered?`)
              break
            } catch (error) {
              // The previous abandoned turn may still be finishing its bookkeeping: a 409 is the right answer; try again.
              if (!String(error).includes('409') || (attempt += 1) > 50) throw error
              await new Promise((resolve) => setTimeout(resolve, 20))
            }
          }
          sent += 1
        }
      }),
    )
    expect(sent).toBe(total)
    await until(() => fake.activeConnections() === 0, 60_000)
    await until(() => testApp.dependencies.turns.size === 0, 60_000)
    // Short-lived timers (keep-alive sockets idle out after 5 s, the fake's slow grade after 3 s) may
    // still be running; wait for them, then nothing may have grown with the number of turns.
    const settled = () => {
      const after = resourceCounts()
      return [...new Set([...Object.keys(baseline), ...Object.keys(after)])].every((kind) => (after[kind] ?? 0) <= (baseline[kind] ?? 0) + 10)
    }
    await until(settled, 20_000).catch(() => {})
    const after = resourceCounts()
    for (const kind of new Set([...Object.keys(baseline), ...Object.keys(after)])) {
      expect(after[kind] ?? 0, kind).toBeLessThanOrEqual((baseline[kind] ?? 0) + 10)
    }
    expect(process.listenerCount('SIGTERM')).toBeLessThan(5)
  })
})
