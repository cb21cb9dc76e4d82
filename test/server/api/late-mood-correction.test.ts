import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hostileBroadbandCallbacks } from '../../../src/personas/builtin/hostile-broadband-callbacks'
import { type FakeOpenAi, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, readEvents, type TestApp } from '../../support/test-app'

/** Blame so polite the rules find none: no "your fault", no "you should have". */
const politeBlame = 'Perhaps the engineer was unable to reach anyone at the property that day, sir.'
const nextTurn = 'Which date was the engineer booked for?'

describe('the grader model corrects the mood on the next turn', () => {
  let fake: FakeOpenAi
  let testApp: TestApp
  beforeAll(async () => {
    fake = await startFakeOpenAi()
    fake.setDefault('stream', { stream: 'Oh, so it is my fault now?' })
    fake.setDefault('object', (request) => {
      const text = String(request.body.messages?.at(-1)?.content).match(/<turn_to_grade>([\s\S]*?)<\/turn_to_grade>/)?.[1]?.trim() ?? ''
      const blames = text === politeBlame
      return {
        json: {
          criteria: [
            { criterionId: 'no_blame', score: blames ? 0 : 2, rationale: blames ? 'Suggests the customer was not in.' : 'No blame.', evidenceQuote: blames ? 'unable to reach anyone at the property' : null },
          ],
          betterReply: 'I am sorry the engineer did not come. Let me find out what happened.',
        },
      }
    })
    testApp = await createTestApp({ fake })
  })
  afterAll(async () => {
    await testApp.close()
    await fake.close()
  })

  async function turn(cookie: string, sessionId: string, text: string) {
    const events = await readEvents(await testApp.request(`/api/sessions/${sessionId}/turns`, { cookie, body: { clientTurnId: `late-${randomUUID()}`, text } }))
    return {
      signals: events.find((event) => event.event === 'signals-ready')!.data.signals.signals.map((signal: { id: string }) => signal.id) as string[],
      mood: events.find((event) => event.event === 'mood-changed')!.data,
      grade: events.find((event) => event.event === 'grade-ready')?.data.grade,
    }
  }

  it('blame only the grader saw makes the customer angrier on the next turn, as a late reason', async () => {
    const { cookie } = await testApp.createUserAndSignIn()
    const { session } = await (await testApp.request('/api/sessions', { cookie, body: { personaId: hostileBroadbandCallbacks.id } })).json()
    const first = await turn(cookie, session.id, politeBlame)
    expect(first.signals).not.toContain('blamed')
    expect(first.grade.criteria.find((criterion: { criterionId: string }) => criterion.criterionId === 'no_blame')).toMatchObject({ score: 0, evidenceVerified: true })
    const second = await turn(cookie, session.id, nextTurn)
    expect(second.mood.reasons).toContainEqual({ signal: 'blamed', delta: hostileBroadbandCallbacks.mood.sensitivities.blamed, late: true })

    // Told to the customer model as something that sank in late.
    const personaPrompt = JSON.stringify(fake.requests.filter((request) => request.body.stream).at(-1)!.body.messages)
    expect(personaPrompt).toContain('on second thought, earlier the agent put the blame on you')
  })

  it('a clean turn after a clean turn carries nothing over', async () => {
    const { cookie } = await testApp.createUserAndSignIn()
    const { session } = await (await testApp.request('/api/sessions', { cookie, body: { personaId: hostileBroadbandCallbacks.id } })).json()
    await turn(cookie, session.id, 'I am so sorry about the missed visits, that must have been maddening.')
    const second = await turn(cookie, session.id, nextTurn)
    expect(second.mood.reasons.some((reason: { late?: boolean }) => reason.late)).toBe(false)
  })
})
