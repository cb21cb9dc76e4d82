import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PersonaDiffResponse, PersonaSpecResponse } from '../../../src/server/personas/persona-admin-types'
import { personas, personaVersions } from '../../../src/server/db/schema'
import { createTestApp, readEvents, type TestApp } from '../../support/test-app'

type SignedIn = Awaited<ReturnType<TestApp['createUserAndSignIn']>>

/** A persona saved before resolutions had ids (shape 1), as a database of that time holds it. */
const shapeOne = JSON.parse(readFileSync(new URL('../../personas/fixtures/persona-shape-1.json', import.meta.url), 'utf8')) as Record<string, any>

describe('personas stored in an older shape', () => {
  let testApp: TestApp
  let trainer: SignedIn
  let trainee: SignedIn
  const id = `shape-one-${randomUUID().slice(0, 8)}`

  beforeAll(async () => {
    testApp = await createTestApp()
    trainer = await testApp.createUserAndSignIn('trainer', 'Priya Trainer')
    trainee = await testApp.createUserAndSignIn('trainee', 'Sam Trainee')
    const { db } = testApp.dependencies
    await db.insert(personas).values({ id, currentVersion: 1, builtin: false, published: true, archived: false })
    await db.insert(personaVersions).values({ personaId: id, version: 1, spec: { ...shapeOne, id } })
  })
  afterAll(() => testApp.close())

  const get = (path: string, cookie = trainer.cookie) => testApp.request(path, { cookie })
  const json = async <T>(response: Response | Promise<Response>): Promise<T> => (await (await response).json()) as T
  let sessionId = ''

  it('opens in the editor in the current shape, the old resolutions as resolutions and the new fields empty', async () => {
    const response = await get(`/api/personas/${id}/spec`)
    expect(response.status).toBe(200)
    const { spec, version } = await json<PersonaSpecResponse>(response)
    expect(version).toBe(1)
    expect(spec.scenario).not.toHaveProperty('acceptableResolutions')
    expect(spec.resolutions.map((outcome) => outcome.description)).toEqual(shapeOne.scenario.acceptableResolutions)
    expect(spec.refusedOutcomes.map((outcome) => outcome.description)).toEqual(shapeOne.scenario.unacceptableResolutions)
    expect(spec.hiddenFacts.map((fact) => fact.id)).toEqual(shapeOne.hiddenFacts.map((fact: { id: string }) => fact.id))
    expect(spec.hiddenFacts.every((fact) => fact.answers !== '' && Array.isArray(fact.exampleQuestions))).toBe(true)
    expect(spec).toMatchObject({ agentOptions: [], agentScreen: { account: [], history: [], notes: [] }, knownDetails: [], unknowns: [], voiceLines: [] })
  })

  it('plays a call on the old version, which replays in full after the persona moves on', async () => {
    const started = await testApp.request('/api/sessions', { cookie: trainee.cookie, body: { personaId: id } })
    expect(started.status).toBe(201)
    sessionId = (await started.json()).session.id
    for (const text of ["I'm sorry nobody rang you back, that's not good enough.", 'Has an engineer been booked to come out to you?']) {
      const events = await readEvents(await testApp.request(`/api/sessions/${sessionId}/turns`, { cookie: trainee.cookie, body: { clientTurnId: `turn-${randomUUID()}`, text } }))
      expect(events.map((event) => event.event)).toContain('reply-end')
      expect(events.map((event) => event.event)).not.toContain('turn-error')
    }
    const ended = await testApp.request(`/api/sessions/${sessionId}/end`, { cookie: trainee.cookie, body: { reason: 'other' } })
    expect(ended.status).toBe(200)

    // The trainer saves a version in the current shape...
    const { spec } = await json<PersonaSpecResponse>(get(`/api/personas/${id}/spec`))
    const saved = await testApp.request(`/api/personas/${id}`, { method: 'PUT', cookie: trainer.cookie, body: { spec: { ...spec, voiceLines: ['No, listen to me.'] } } })
    expect(saved.status).toBe(200)

    // ...and the old call still reads back whole, for the trainee and for the trainer.
    for (const cookie of [trainee.cookie, trainer.cookie]) {
      const replay = await get(`/api/sessions/${sessionId}`, cookie)
      expect(replay.status).toBe(200)
      const state = await replay.json()
      expect(state.session.status).toBe('ended')
      expect(state.turns.filter((turn: { role: string }) => turn.role === 'trainee')).toHaveLength(2)
      expect(state.turns[0].text).toBe(shapeOne.openingLine)
    }
  })

  it('diffs the old version against the new one by what the trainer changed, not by the change of shape', async () => {
    const diff = await json<PersonaDiffResponse>(get(`/api/personas/${id}/diff?from=1&to=2`))
    expect(diff.changes).toEqual([{ path: 'voiceLines[0]', kind: 'added', after: 'No, listen to me.' }])
  })
})
