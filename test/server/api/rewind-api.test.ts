import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type FakeOpenAi, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, readEvents, type TestApp } from '../../support/test-app'

describe('rewind api', () => {
  let fake: FakeOpenAi
  let testApp: TestApp
  beforeAll(async () => {
    fake = await startFakeOpenAi()
  })
  afterAll(() => fake.close())
  beforeEach(async () => {
    fake.reset()
    fake.setDefault('stream', { stream: 'Go on.' })
    fake.setDefault('object', { json: { criteria: [], betterReply: 'Name what went wrong first.' } })
    testApp = await createTestApp({ fake })
  })
  afterEach(() => testApp.close())

  async function call() {
    const trainee = await testApp.createUserAndSignIn()
    const { session } = await (await testApp.request('/api/sessions', { cookie: trainee.cookie, body: { personaId: 'hostile-broadband-callbacks' } })).json()
    const turn = async (clientTurnId: string, text: string) =>
      readEvents(await testApp.request(`/api/sessions/${session.id}/turns`, { cookie: trainee.cookie, body: { clientTurnId, text } }))
    return { ...trainee, sessionId: session.id as string, turn }
  }

  it('post /sessions/:id/turns/:turnId/rewind restores the mood and keeps both attempts with their grades', async () => {
    const { cookie, sessionId, turn } = await call()
    const first = await turn('rewind-turn-1', 'Mr Harrow, I am so sorry about the three missed callbacks. What date was the engineer due?')
    const before = first.find((event) => event.event === 'mood-changed')!.data.after
    const bad = await turn('rewind-turn-2', 'Calm down, it is your fault for not being home. There is nothing I can do.')
    expect(bad.find((event) => event.event === 'mood-changed')!.data.after).toBeGreaterThan(before)
    const badTurnId = bad[0]!.data.turnId

    const response = await testApp.request(`/api/sessions/${sessionId}/turns/${badTurnId}/rewind`, { cookie, method: 'POST' })
    expect(response.status).toBe(200)
    const state = await response.json()
    expect(state.session.mood.level).toBe(before)
    expect(state.moodHistory).toHaveLength(2)
    const rewound = state.turns.filter((row: { rewound: boolean }) => row.rewound)
    expect(rewound.map((row: { role: string }) => row.role)).toEqual(['trainee', 'customer'])
    expect(rewound[0].grade).toBeTruthy()

    const retry = await turn('rewind-turn-3', 'I can hear how frustrating nine days without internet is. What I can do is book an engineer for tomorrow morning.')
    expect(retry.find((event) => event.event === 'mood-changed')!.data.before).toBe(before)
    // The rewound attempt is not part of the conversation the customer hears.
    const personaPrompt = fake.requests.filter((request) => request.kind === 'stream').at(-1)!.body.messages!.map((message) => String(message.content)).join('\n')
    expect(personaPrompt).not.toContain('it is your fault')
    const after = await (await testApp.request(`/api/sessions/${sessionId}`, { cookie })).json()
    expect(after.turns.filter((row: { role: string; rewound: boolean }) => row.role === 'trainee' && !row.rewound)).toHaveLength(2)
    expect(after.turns.filter((row: { role: string }) => row.role === 'trainee')).toHaveLength(3)
  })

  it('only the latest turn can be rewound, and only by its trainee', async () => {
    const { cookie, sessionId, turn } = await call()
    const first = await turn('rewind-turn-a', 'What date was the engineer due?')
    await turn('rewind-turn-b', 'And which address is it?')
    const older = await testApp.request(`/api/sessions/${sessionId}/turns/${first[0]!.data.turnId}/rewind`, { cookie, method: 'POST' })
    expect(older.status).toBe(409)
    expect((await older.json()).error.code).toBe('conflict:not_latest_turn')
    const unknown = await testApp.request(`/api/sessions/${sessionId}/turns/nope/rewind`, { cookie, method: 'POST' })
    expect(unknown.status).toBe(404)
    const other = await testApp.createUserAndSignIn()
    expect((await testApp.request(`/api/sessions/${sessionId}/turns/${first[0]!.data.turnId}/rewind`, { cookie: other.cookie, method: 'POST' })).status).toBe(404)
  })
})
