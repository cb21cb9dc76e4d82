import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { hostileBroadbandCallbacks } from '../../../src/personas/builtin/hostile-broadband-callbacks'
import { resolveScript } from '../../../src/personas/scripted-customer'
import { type FakeOpenAi, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, readEvents, type SseEvent, type TestApp } from '../../support/test-app'

const grade = {
  criteria: [{ criterionId: 'acknowledge', score: 1, rationale: 'Some acknowledgement.', evidenceQuote: 'sorry' }],
  betterReply: 'Name the missed callbacks and book the engineer.',
}

/** A trainee line that leaves the hostile customer angry: the call goes on after the reply. */
const traineeLine = 'I am sorry about that. Which day was the engineer due?'

describe('only the server ends a call: customer replies are checked before they are kept', () => {
  let fake: FakeOpenAi
  let testApp: TestApp
  beforeAll(async () => {
    fake = await startFakeOpenAi()
  })
  afterAll(() => fake.close())
  beforeEach(async () => {
    fake.reset()
    fake.setDefault('stream', { stream: 'Fine. Go on.' })
    fake.setDefault('object', { json: grade })
    testApp = await createTestApp({ fake })
  })
  afterEach(() => testApp.close())

  async function call() {
    const { cookie } = await testApp.createUserAndSignIn()
    const { session } = await (await testApp.request('/api/sessions', { cookie, body: { personaId: 'hostile-broadband-callbacks' } })).json()
    let counter = 0
    const turn = async (text: string) =>
      readEvents(await testApp.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId: `checks-${session.id.slice(0, 8)}-${(counter += 1)}`, text } }))
    const state = async () => (await testApp.request(`/api/sessions/${session.id}`, { cookie })).json()
    return { turn, state }
  }

  const streamRequests = () => fake.requests.filter((request) => request.kind === 'stream')
  const lastUserMessage = (index: number) => String(streamRequests()[index]?.body.messages?.at(-1)?.content ?? '')
  const names = (events: SseEvent[]) => events.map((event) => event.event)
  const replyEnd = (events: SseEvent[]) => events.find((event) => event.event === 'reply-end')!.data

  it('asks again when the customer says goodbye mid-call, and keeps the second reply', async () => {
    const { turn, state } = await call()
    fake.onStream({ stream: 'Fine. I will wait for the engineer then. Goodbye.' }, { stream: 'Fine. So when is this engineer actually coming?' })
    const events = await turn(traineeLine)

    expect(events.find((event) => event.event === 'mood-changed')!.data.event).toBeNull()
    const order = names(events)
    const reset = order.indexOf('reply-reset')
    expect(reset).toBeGreaterThan(order.indexOf('reply-delta'))
    expect(order.indexOf('reply-delta', reset)).toBeGreaterThan(reset)
    expect(events[reset]!.data).toMatchObject({ problem: 'goodbye', replyTo: events[0]!.data.turnId })
    expect(replyEnd(events)).toMatchObject({ text: 'Fine. So when is this engineer actually coming?', status: 'complete' })
    const afterReset = events.slice(reset).filter((event) => event.event === 'reply-delta').map((event) => event.data.text).join('')
    expect(afterReset).toBe('Fine. So when is this engineer actually coming?')

    expect(streamRequests()).toHaveLength(2)
    expect(lastUserMessage(0)).not.toMatch(/Your last attempt/)
    expect(lastUserMessage(1)).toMatch(/said goodbye, but the call is not over/)
    const after = await state()
    expect(after.session.status).toBe('active')
    expect(after.turns.at(-1)).toMatchObject({ role: 'customer', text: 'Fine. So when is this engineer actually coming?' })
    expect(events.some((event) => event.event === 'session-ended')).toBe(false)
  })

  it('trims the goodbye when the second reply says goodbye too', async () => {
    const { turn, state } = await call()
    fake.onStream({ stream: 'Whatever. Goodbye.' }, { stream: "Right. I'll believe it when I see it. Bye." })
    const events = await turn(traineeLine)
    expect(names(events).filter((name) => name === 'reply-reset')).toHaveLength(1)
    expect(replyEnd(events).text).toBe("Right. I'll believe it when I see it.")
    expect(streamRequests()).toHaveLength(2)
    expect((await state()).turns.at(-1).text).toBe("Right. I'll believe it when I see it.")
  })

  it('catches a word-for-word repeat of an earlier customer line and asks again', async () => {
    const { turn, state } = await call()
    fake.onStream({ stream: hostileBroadbandCallbacks.openingLine }, { stream: 'Go on, then. Tell me what you are going to do.' })
    const events = await turn(traineeLine)
    expect(events.find((event) => event.event === 'reply-reset')!.data.problem).toBe('repeat')
    expect(lastUserMessage(1)).toMatch(/repeated something you had already said word for word/)
    expect(replyEnd(events).text).toBe('Go on, then. Tell me what you are going to do.')
    expect((await state()).turns.at(-1).text).toBe('Go on, then. Tell me what you are going to do.')
  })

  it('catches a repeat of the customer\'s own reply from an earlier turn, and cuts the repeated sentence when asked again fails', async () => {
    const { turn } = await call()
    const earlier = 'Nine days I have been paying for nothing, and nobody cares.'
    fake.onStream({ stream: earlier })
    await turn(traineeLine)
    fake.onStream({ stream: `${earlier} Do something.` }, { stream: `Well? ${earlier}` })
    const events = await turn('I understand. Let me check the account for you.')
    expect(events.find((event) => event.event === 'reply-reset')!.data.problem).toBe('repeat')
    expect(replyEnd(events).text).toBe('Well?')
  })

  it('falls back to one of the persona\'s own unsaid lines when nothing of either attempt is left', async () => {
    const { turn } = await call()
    fake.onStream({ stream: 'Goodbye.' }, { stream: 'Bye.' })
    const events = await turn(traineeLine)
    const band = events.find((event) => event.event === 'mood-changed')!.data.band as 'furious' | 'angry'
    const text = replyEnd(events).text
    expect(resolveScript(hostileBroadbandCallbacks).bands[band]).toContain(text)
  })

  it('keeps the first attempt, trimmed, when the second request fails', async () => {
    const { turn } = await call()
    fake.onStream({ stream: 'Fine. I will wait then. Goodbye.' }, { status: 503, headers: { 'x-should-retry': 'false' }, body: { error: { message: 'down' } } })
    const events = await turn(traineeLine)
    expect(replyEnd(events)).toMatchObject({ text: 'Fine. I will wait then.', status: 'complete' })
    expect(events.some((event) => event.event === 'turn-error')).toBe(false)
  })

  it('lets the customer say goodbye when the server ends the call', async () => {
    const { turn } = await call()
    fake.setDefault('stream', { stream: 'Forget it. Goodbye.' })
    let events: SseEvent[] = []
    for (const line of ['Calm down, you caused this yourself.', 'There is nothing I can do, that is policy.', 'Calm down. It is your own fault.', 'Nothing I can do.']) {
      events = await turn(line)
      if (events.some((event) => event.event === 'session-ended')) break
    }
    expect(events.find((event) => event.event === 'mood-changed')!.data.event).toBe('hang_up')
    expect(events.some((event) => event.event === 'reply-reset')).toBe(false)
    expect(replyEnd(events).text).toBe('Forget it. Goodbye.')
  })
})
