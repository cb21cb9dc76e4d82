import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '../../../src/server/auth/tokens'
import { authSessions } from '../../../src/server/db/schema'
import { type FakeOpenAi, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, readEvents, type TestApp } from '../../support/test-app'

describe('two tabs, double submits and sign-in lifetimes', () => {
  let fake: FakeOpenAi
  let testApp: TestApp
  beforeAll(async () => {
    fake = await startFakeOpenAi()
    fake.setDefault('stream', { stream: ['One ', 'moment ', 'please.'], chunkDelayMs: 150 })
    fake.setDefault('object', { json: { criteria: [], betterReply: 'x' } })
    testApp = await createTestApp({ fake, environment: { SESSION_IDLE_HOURS: '1' } })
  })
  afterAll(async () => {
    await testApp.close()
    await fake.close()
  })

  it('two turns sent at once on one call make one turn and one 409', async () => {
    const { cookie } = await testApp.createUserAndSignIn()
    const { session } = await (await testApp.request('/api/sessions', { cookie, body: { personaId: 'know-it-all-roaming-charges' } })).json()
    const send = (clientTurnId: string) => testApp.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId, text: 'Which country were you in?' } })
    const [first, second] = await Promise.all([send('tab-one-turn'), send('tab-two-turn')])
    const statuses = [first.status, second.status].sort()
    expect(statuses).toEqual([200, 409])
    const conflict = first.status === 409 ? first : second
    expect((await conflict.json()).error.code).toBe('conflict:turn_in_flight')
    await readEvents(first.status === 200 ? first : second)
    const state = await (await testApp.request(`/api/sessions/${session.id}`, { cookie })).json()
    expect(state.turns.filter((turn: { role: string }) => turn.role === 'trainee')).toHaveLength(1)
  })

  it('a double submit of the same clientTurnId while the first is running answers 409, then replays', async () => {
    const { cookie } = await testApp.createUserAndSignIn()
    const { session } = await (await testApp.request('/api/sessions', { cookie, body: { personaId: 'know-it-all-roaming-charges' } })).json()
    const send = () => testApp.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId: 'double-submit', text: 'Which country were you in?' } })
    const first = await send()
    const whileRunning = await send()
    expect(whileRunning.status).toBe(409)
    await readEvents(first)
    const replay = await readEvents(await send())
    expect(replay[0]!.data.replayed).toBe(true)
  })

  it('a new sign-in gets a new token, and a sign-in idle past SESSION_IDLE_HOURS expires', async () => {
    const { cookie, email, password } = await testApp.createUserAndSignIn()
    const second = await testApp.signIn(email, password)
    expect(second).not.toBe(cookie)
    expect((await testApp.request('/api/me', { cookie: second })).status).toBe(200)
    const token = second.split('=')[1]!
    await testApp.database.db.update(authSessions).set({ lastSeenAt: new Date(Date.now() - 2 * 3_600_000) }).where(eq(authSessions.tokenHash, hashToken(token)))
    expect((await testApp.request('/api/me', { cookie: second })).status).toBe(401)
    expect((await testApp.request('/api/me', { cookie })).status).toBe(200)
  })

  it('the commonest passwords are refused', async () => {
    const { passwordSchema } = await import('../../../src/server/auth/account-schemas')
    expect(passwordSchema.safeParse('Password123').success).toBe(false)
    expect(passwordSchema.safeParse('a'.repeat(129)).success).toBe(false)
    expect(passwordSchema.safeParse('correct horse battery').success).toBe(true)
  })
})
