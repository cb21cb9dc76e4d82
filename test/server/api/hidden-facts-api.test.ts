import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { hostileBroadbandCallbacks as persona } from '../../../src/personas/builtin'
import { getPracticeSession } from '../../../src/server/db/queries/practice-queries'
import { type FakeOpenAi, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, readEvents, type TestApp } from '../../support/test-app'

/** What would give a hidden fact away: its id, its text or any sentence of it, and its topic. */
function leaksIn(body: string): string[] {
  const text = body.toLowerCase()
  return persona.hiddenFacts.flatMap((fact) => {
    const sentences = fact.fact.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.split(/\s+/).length >= 4)
    const giveaways = [fact.id, fact.fact, fact.answers, ...sentences]
    return giveaways.filter((giveaway) => text.includes(giveaway.toLowerCase())).map((giveaway) => `${fact.id}: ${giveaway}`)
  })
}

const engineerQuestion = persona.hiddenFacts.find((fact) => fact.id === 'missed-engineer')!.exampleQuestions[0]!
const agentsQuestion = persona.hiddenFacts.find((fact) => fact.id === 'conflicting-explanations')!.exampleQuestions[0]!

describe('hidden facts through the api', () => {
  let fake: FakeOpenAi
  let testApp: TestApp
  beforeAll(async () => {
    fake = await startFakeOpenAi()
    testApp = await createTestApp({ fake })
  })
  afterAll(async () => {
    await testApp.close()
    await fake.close()
  })
  beforeEach(() => {
    fake.reset()
    fake.setDefault('stream', { stream: 'Go on, then. I am listening.' })
    fake.setDefault('object', { json: { criteria: [{ criterionId: 'clarify', score: 2, rationale: 'A directed question.', evidenceQuote: null }], betterReply: 'Ask one thing at a time.' } })
  })

  it.each(['scripted', 'model'] as const)(
    '%s call: no fact text or id reaches the trainee by any route or event before the end; afterwards uncoveredFacts names each fact with its turn',
    async (mode) => {
      const trainer = await testApp.createUserAndSignIn('trainer')
      const trainee = await testApp.createUserAndSignIn()
      const { cookie } = trainee
      const assigned = await testApp.request('/api/assignments', { cookie: trainer.cookie, body: { personaId: persona.id, audience: 'selected', traineeIds: [trainee.user.id], mode: 'any' } })
      expect(assigned.status).toBe(201)
      const assignmentId = (await assigned.json()).id as string

      /** Every body the trainee received before the end, by route. */
      const received: { route: string; body: string }[] = []
      async function get(route: string) {
        const response = await testApp.request(route, { cookie })
        expect([route, response.status]).toEqual([route, 200])
        const body = await response.text()
        received.push({ route: `GET ${route}`, body })
        return JSON.parse(body)
      }
      async function post(route: string, body?: unknown) {
        const response = await testApp.request(route, { cookie, method: 'POST', body })
        expect([route, response.status]).toEqual([route, expect.any(Number)])
        const text = await response.text()
        received.push({ route: `POST ${route}`, body: text })
        return { status: response.status, text }
      }
      async function turn(sessionId: string, clientTurnId: string, text: string) {
        const response = await testApp.request(`/api/sessions/${sessionId}/turns`, { cookie, body: { clientTurnId, text } })
        expect([clientTurnId, response.status]).toEqual([clientTurnId, 200])
        const events = await readEvents(response)
        for (const event of events) received.push({ route: `event ${event.event} (${clientTurnId})`, body: JSON.stringify(event.data) })
        expect(events.map((event) => event.event)).not.toContain('turn-error')
        return events
      }

      await get('/api/me')
      await get('/api/personas')
      const mine = await get('/api/assignments/mine')
      expect(mine.assignments[0].persona.summary).toBe(persona.summary)
      const created = await post('/api/sessions', { personaId: persona.id, mode, assignmentId })
      expect(created.status).toBe(201)
      const sessionId = JSON.parse(created.text).session.id as string
      expect(JSON.parse(created.text)).toMatchObject({ uncoveredFacts: null, missedFacts: null, persona: { brief: { callingAbout: persona.summary } } })
      await get('/api/sessions')

      // Earn a fact, then take that turn back: the fact goes with it.
      const taken = await turn(sessionId, 'facts-turn-1', engineerQuestion)
      await get(`/api/sessions/${sessionId}`)
      await post(`/api/sessions/${sessionId}/turns/${taken[0]!.data.turnId}/rewind`)
      // Earn two facts on kept turns.
      const second = await turn(sessionId, 'facts-turn-2', agentsQuestion)
      const third = await turn(sessionId, 'facts-turn-3', engineerQuestion)
      // A replayed turn (the same clientTurnId and text) streams its stored events again.
      const replayed = await turn(sessionId, 'facts-turn-3', engineerQuestion)
      expect(replayed.find((event) => event.event === 'turn-accepted')?.data.replayed).toBe(true)
      if (mode === 'model') expect((await post(`/api/turns/${third[0]!.data.turnId}/regrade`)).status).toBe(200)
      await get(`/api/results/sessions/${sessionId}/transcript.json`)
      const during = await get(`/api/sessions/${sessionId}`)
      expect(during).toMatchObject({ uncoveredFacts: null, missedFacts: null })

      // The facts were earned (so the check below is not vacuous), and none of them reached the trainee.
      const stored = await getPracticeSession(testApp.database.db, { id: sessionId })
      expect([...stored!.earnedFactIds].sort()).toEqual(['conflicting-explanations', 'missed-engineer'])
      const leaks = received.map(({ route, body }) => ({ route, leaks: leaksIn(body) })).filter((entry) => entry.leaks.length > 0)
      expect(leaks).toEqual([])
      expect(received.length).toBeGreaterThan(20)

      const ended = await testApp.request(`/api/sessions/${sessionId}/end`, { cookie, body: { reason: 'no_resolution' } })
      expect(ended.status).toBe(200)
      const after = await (await testApp.request(`/api/sessions/${sessionId}`, { cookie })).json()
      const fact = (id: string) => persona.hiddenFacts.find((entry) => entry.id === id)!
      expect(after.uncoveredFacts).toEqual([
        { id: 'conflicting-explanations', fact: fact('conflicting-explanations').fact, answers: fact('conflicting-explanations').answers, turnId: second[0]!.data.turnId },
        { id: 'missed-engineer', fact: fact('missed-engineer').fact, answers: fact('missed-engineer').answers, turnId: third[0]!.data.turnId },
      ])
      expect(after.missedFacts).toEqual([
        { id: 'works-from-home', answers: fact('works-from-home').answers },
        { id: 'thinking-of-leaving', answers: fact('thinking-of-leaving').answers },
      ])
      // The trainer reviewing the call gets the same report.
      const review = await (await testApp.request(`/api/sessions/${sessionId}`, { cookie: trainer.cookie })).json()
      expect(review.uncoveredFacts).toEqual(after.uncoveredFacts)
      expect(review.missedFacts).toEqual(after.missedFacts)
    },
  )
})
