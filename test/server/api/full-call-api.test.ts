import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtinPersonas } from '../../../src/personas/builtin'
import { scriptedAgentLines } from '../../../src/personas/scripted-agents'
import { type FakeOpenAi, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, readEvents, type TestApp } from '../../support/test-app'

describe('a full call with each built-in persona through the api', () => {
  let fake: FakeOpenAi
  let testApp: TestApp
  beforeAll(async () => {
    fake = await startFakeOpenAi()
    fake.setDefault('stream', { stream: 'Well. Go on, then.' })
    fake.setDefault('object', { json: { criteria: [{ criterionId: 'acknowledge', score: 2, rationale: 'Specific.', evidenceQuote: null }], betterReply: 'Keep going.' } })
    testApp = await createTestApp({ fake })
  })
  afterAll(async () => {
    await testApp.close()
    await fake.close()
  })

  it.each(builtinPersonas.flatMap((persona) => (['model', 'scripted'] as const).map((mode) => [persona.id, mode, persona] as const)))('%s (%s customer): a good agent brings the call to a satisfied close with a scorecard', async (personaId, mode, persona) => {
    const { cookie } = await testApp.createUserAndSignIn()
    const { session } = await (await testApp.request('/api/sessions', { cookie, body: { personaId, mode } })).json()
    expect(session.mode).toBe(mode)
    // The mood check's scripted good agent: it offers one of this persona's acceptable resolutions in its own
    // words and closes. Nothing less resolves a call.
    const lines = scriptedAgentLines(persona, 'good', 1)
    let ended: any
    for (const [index, text] of lines.entries()) {
      const events = await readEvents(await testApp.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId: `${personaId}-${mode}-${index}`, text } }))
      expect(events.find((event) => event.event === 'reply-end')?.data.text).toBeTruthy()
      expect(events.map((event) => event.event)).not.toContain('turn-error')
      ended = events.find((event) => event.event === 'session-ended')?.data
      if (ended) break
    }
    expect(ended?.outcome).toMatchObject({ kind: 'resolved', endedBy: 'customer', compliant: true })
    expect(ended.scorecard.moodCurve[0]).toBe(persona.mood.start)
    expect(ended.scorecard.gradedBy).toBe('llm')
    expect(ended.scorecard.moodCurve.at(-1)).toBeLessThanOrEqual(persona.mood.calmThreshold)
    const state = await (await testApp.request(`/api/sessions/${session.id}`, { cookie })).json()
    expect(state.session.status).toBe('ended')
    expect(state.session.scorecard.criteria.length).toBeGreaterThan(0)
  })
})
