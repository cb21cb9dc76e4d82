import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtinPersonas, hostileBroadbandCallbacks, knowItAllRoamingCharges } from '../../../src/personas/builtin'
import type { PersonaSpec } from '../../../src/personas/persona-spec'
import { seedBuiltinPersonas } from '../../../src/server/db/queries/persona-queries'
import type {
  DynamicsCheckResponse,
  ManagedPersona,
  PersonaDiffResponse,
  PersonaSaved,
  PersonaSpecResponse,
  PersonaUpdated,
  PersonaVersionList,
} from '../../../src/server/personas/persona-admin-types'
import { createTestApp, type TestApp } from '../../support/test-app'
import { createPersonaVia, trainerSpec, uniquePersonaId } from './persona-fixtures'

type SignedIn = Awaited<ReturnType<TestApp['createUserAndSignIn']>>

describe('persona authoring api', () => {
  let testApp: TestApp
  let trainer: SignedIn
  let trainee: SignedIn

  beforeAll(async () => {
    testApp = await createTestApp()
    trainer = await testApp.createUserAndSignIn('trainer', 'Priya Trainer')
    trainee = await testApp.createUserAndSignIn('trainee', 'Sam Trainee')
  })
  afterAll(() => testApp.close())

  const get = (path: string, cookie = trainer.cookie) => testApp.request(path, { cookie })
  const post = (path: string, body: unknown, cookie = trainer.cookie) => testApp.request(path, { cookie, body })
  const put = (path: string, body: unknown, cookie = trainer.cookie) => testApp.request(path, { method: 'PUT', cookie, body })
  const json = async <T>(response: Response | Promise<Response>): Promise<T> => (await (await response).json()) as T
  const managed = async (id: string) => (await json<{ personas: ManagedPersona[] }>(get('/api/personas/manage'))).personas.find((persona) => persona.id === id)
  const cardsFor = async (cookie: string) => (await json<{ personas: { id: string; published: boolean; version: number; name: string }[] }>(get('/api/personas', cookie))).personas

  describe('role checks', () => {
    it('answers 403 to a trainee on every trainer route, and changes nothing', async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      const id = spec.id
      const routes: [string, string, unknown?][] = [
        ['GET', '/api/personas/manage'],
        ['GET', '/api/personas/export'],
        ['GET', '/api/personas/export?format=json'],
        ['POST', '/api/personas/import', { content: JSON.stringify(trainerSpec()), dryRun: true }],
        ['POST', '/api/personas/check-dynamics', { spec, runs: 1 }],
        ['POST', '/api/personas', { spec: trainerSpec() }],
        ['GET', `/api/personas/${id}/versions`],
        ['GET', `/api/personas/${id}/spec`],
        ['GET', `/api/personas/${id}/diff?from=1&to=1`],
        ['GET', `/api/personas/${id}/export`],
        ['PUT', `/api/personas/${id}`, { spec: { ...spec, name: 'Changed By Trainee' } }],
        ['POST', `/api/personas/${id}/restore`, { version: 1 }],
        ['POST', `/api/personas/${id}/status`, { published: true }],
        ['POST', `/api/personas/${id}/duplicate`, { id: uniquePersonaId(), name: 'Copy' }],
      ]
      for (const [method, path, body] of routes) {
        const response = await testApp.request(path, { method, cookie: trainee.cookie, body })
        expect(response.status, `${method} ${path}`).toBe(403)
        expect((await response.json()).error.code, `${method} ${path}`).toBe('forbidden')
        const signedOut = await testApp.request(path, { method, body })
        expect(signedOut.status, `${method} ${path} signed out`).toBe(401)
      }
      expect(await managed(id)).toMatchObject({ currentVersion: 1, versionCount: 1, published: false, name: spec.name })
      expect((await cardsFor(trainee.cookie)).map((card) => card.id)).not.toContain(id)
    })
  })

  describe('creating and listing', () => {
    it('creates a trainer persona as an unpublished draft at version 1 that only trainers see', async () => {
      const spec = trainerSpec()
      const response = await post('/api/personas', { spec, note: 'First draft' })
      expect(response.status).toBe(201)
      const body = await json<PersonaSaved>(response)
      expect(body.version).toBe(1)
      expect(body.persona).toMatchObject({
        id: spec.id,
        name: spec.name,
        archetype: 'hostile',
        difficulty: spec.difficulty,
        summary: spec.summary,
        builtin: false,
        published: false,
        archived: false,
        currentVersion: 1,
        versionCount: 1,
        duplicatedFrom: null,
      })
      expect(Date.parse(body.persona.updatedAt)).not.toBeNaN()
      expect(await managed(spec.id)).toEqual(body.persona)
      expect((await cardsFor(trainer.cookie)).find((card) => card.id === spec.id)).toMatchObject({ published: false, version: 1 })
      expect((await cardsFor(trainee.cookie)).map((card) => card.id)).not.toContain(spec.id)
    })

    it('lists every persona to manage, built-ins first, with their lifecycle', async () => {
      const { personas } = await json<{ personas: ManagedPersona[] }>(get('/api/personas/manage'))
      expect(personas.slice(0, builtinPersonas.length).map((persona) => persona.id)).toEqual(builtinPersonas.map((persona) => persona.id))
      expect(personas.find((persona) => persona.id === hostileBroadbandCallbacks.id)).toMatchObject({ builtin: true, published: true, archived: false, duplicatedFrom: null })
    })

    it('answers 400 validation_failed with the spec field paths of every problem', async () => {
      const spec = { ...trainerSpec(), mood: { ...hostileBroadbandCallbacks.mood, start: 10 }, style: { ...hostileBroadbandCallbacks.style, mannr: 'typo' }, difficulty: 9 }
      const response = await post('/api/personas', { spec })
      expect(response.status).toBe(400)
      const { error } = await response.json()
      expect(error.code).toBe('validation_failed')
      const paths = error.details.issues.map((issue: { path: string[] }) => issue.path.join('.'))
      expect(paths).toEqual(expect.arrayContaining(['mood.start', 'difficulty', 'style']))
      expect(error.details.issues.find((issue: { path: string[] }) => issue.path.join('.') === 'mood.start').message).toMatch(/above the calm threshold/)
      expect(await managed(spec.id)).toBeUndefined()
    })

    it('answers 400 when the body has no spec or a note that is too long', async () => {
      expect((await post('/api/personas', {})).status).toBe(400)
      const response = await post('/api/personas', { spec: trainerSpec(), note: 'x'.repeat(501) })
      expect(response.status).toBe(400)
      expect((await response.json()).error.details.issues[0].path).toEqual(['note'])
    })

    it('answers 409 conflict:persona_exists for an id that is taken, built-in or not', async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      for (const id of [spec.id, hostileBroadbandCallbacks.id]) {
        const response = await post('/api/personas', { spec: trainerSpec(id) })
        expect(response.status).toBe(409)
        expect((await response.json()).error.code).toBe('conflict:persona_exists')
      }
      expect(await managed(hostileBroadbandCallbacks.id)).toMatchObject({ builtin: true, name: hostileBroadbandCallbacks.name })
    })
  })

  describe('versions', () => {
    it('makes a new immutable version on every save, with who saved it and the note', async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie, trainerSpec(), 'First draft')
      const response = await put(`/api/personas/${spec.id}`, { spec: { ...spec, difficulty: 2 }, note: '  Gentler for new starters  ' })
      expect(response.status).toBe(200)
      const body = await json<PersonaUpdated>(response)
      expect(body).toMatchObject({ version: 2, unchanged: false, persona: { currentVersion: 2, versionCount: 2, difficulty: 2 } })

      const history = await json<PersonaVersionList>(get(`/api/personas/${spec.id}/versions`))
      expect(history.persona.currentVersion).toBe(2)
      expect(history.versions.map(({ version, createdByName, note }) => ({ version, createdByName, note }))).toEqual([
        { version: 2, createdByName: 'Priya Trainer', note: 'Gentler for new starters' },
        { version: 1, createdByName: 'Priya Trainer', note: 'First draft' },
      ])
      expect((await json<PersonaSpecResponse>(get(`/api/personas/${spec.id}/spec?version=1`))).spec.difficulty).toBe(spec.difficulty)
      const current = await json<PersonaSpecResponse>(get(`/api/personas/${spec.id}/spec`))
      expect(current).toMatchObject({ version: 2, spec: { difficulty: 2 }, persona: { id: spec.id } })
    })

    it('makes no new version when the saved spec is identical', async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      const body = await json<PersonaUpdated>(put(`/api/personas/${spec.id}`, { spec }))
      expect(body).toMatchObject({ version: 1, unchanged: true, persona: { versionCount: 1 } })
    })

    it("keeps a session on the exact version it started with, while a new session uses the edited one", async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      await post(`/api/personas/${spec.id}/status`, { published: true })
      const first = await json<{ session: { id: string }; persona: { version: number; name: string } }>(post('/api/sessions', { personaId: spec.id, mode: 'scripted' }, trainee.cookie))
      expect(first.persona).toMatchObject({ version: 1, name: 'Morgan Reeve' })

      const edited = { ...spec, name: 'Morgan Reeve-Okafor', scenario: { ...spec.scenario, company: 'Brightwave Fibre' } }
      expect((await put(`/api/personas/${spec.id}`, { spec: edited, note: 'Renamed' })).status).toBe(200)

      const old = await json<{ session: { personaVersion: number }; persona: { version: number; name: string; company: string } }>(get(`/api/sessions/${first.session.id}`, trainee.cookie))
      expect(old.session.personaVersion).toBe(1)
      expect(old.persona).toMatchObject({ version: 1, name: 'Morgan Reeve', company: spec.scenario.company })
      const second = await json<{ persona: { version: number; name: string; company: string } }>(post('/api/sessions', { personaId: spec.id, mode: 'scripted' }, trainee.cookie))
      expect(second.persona).toMatchObject({ version: 2, name: 'Morgan Reeve-Okafor', company: 'Brightwave Fibre' })
    })

    it('answers 400 bad_request:id_mismatch when the spec id differs from the url', async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      const response = await put(`/api/personas/${spec.id}`, { spec: { ...spec, id: uniquePersonaId() } })
      expect(response.status).toBe(400)
      expect((await response.json()).error.code).toBe('bad_request:id_mismatch')
      expect(await managed(spec.id)).toMatchObject({ currentVersion: 1 })
    })

    it('answers 400 validation_failed with spec paths for an invalid edit', async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      const response = await put(`/api/personas/${spec.id}`, {
        spec: { ...spec, resolutions: [], agentOptions: [{ label: '' }], hiddenFacts: spec.hiddenFacts.map((fact, index) => (index === 0 ? { ...fact, exampleQuestions: ['  '] } : fact)) },
      })
      expect(response.status).toBe(400)
      const { error } = await response.json()
      expect(error.code).toBe('validation_failed')
      // The paths the form maps to its fields (list indexes come as text).
      expect(error.details.issues.map((issue: { path: unknown[] }) => issue.path.map(String))).toEqual([
        ['resolutions'],
        ['agentOptions', '0', 'label'],
        ['hiddenFacts', '0', 'exampleQuestions', '0'],
      ])
    })

    it('never edits a built-in in place (403 forbidden:builtin_persona)', async () => {
      const before = await managed(hostileBroadbandCallbacks.id)
      const edited = { ...hostileBroadbandCallbacks, summary: 'Edited in place' }
      for (const response of [
        await put(`/api/personas/${hostileBroadbandCallbacks.id}`, { spec: edited }),
        await put(`/api/personas/${hostileBroadbandCallbacks.id}`, { spec: 'not even a spec' }),
        await post(`/api/personas/${hostileBroadbandCallbacks.id}/restore`, { version: 1 }),
      ]) {
        expect(response.status).toBe(403)
        expect((await response.json()).error.code).toBe('forbidden:builtin_persona')
      }
      expect(await managed(hostileBroadbandCallbacks.id)).toEqual(before)
    })

    it('answers 404 for an unknown persona or version', async () => {
      expect((await json<{ error: { code: string } }>(put('/api/personas/no-such-persona', { spec: trainerSpec('no-such-persona') }))).error.code).toBe('not_found:persona')
      expect((await get('/api/personas/no-such-persona/versions')).status).toBe(404)
      const spec = await createPersonaVia(testApp, trainer.cookie)
      const response = await get(`/api/personas/${spec.id}/spec?version=7`)
      expect(response.status).toBe(404)
      expect((await response.json()).error.code).toBe('not_found:persona_version')
      expect((await get(`/api/personas/${spec.id}/spec?version=first`)).status).toBe(400)
    })

    it('restores an old version as a new version noted "Restored version N"', async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      await put(`/api/personas/${spec.id}`, { spec: { ...spec, openingLine: 'Finally. A human.' } })
      const response = await post(`/api/personas/${spec.id}/restore`, { version: 1 })
      expect(response.status).toBe(200)
      expect(await json<PersonaSaved>(response)).toMatchObject({ version: 3, persona: { currentVersion: 3, versionCount: 3 } })
      expect((await json<PersonaSpecResponse>(get(`/api/personas/${spec.id}/spec`))).spec).toEqual(spec)
      const history = await json<PersonaVersionList>(get(`/api/personas/${spec.id}/versions`))
      expect(history.versions[0]).toMatchObject({ version: 3, note: 'Restored version 1', createdByName: 'Priya Trainer' })
      expect((await post(`/api/personas/${spec.id}/restore`, { version: 9 })).status).toBe(404)
    })

    it('shows a readable diff between any two versions', async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      const edited = structuredClone(spec)
      edited.scenario.company = 'Brightwave Fibre'
      edited.hiddenFacts[1]!.fact = 'Two agents blamed an outage.'
      edited.mood.sensitivities.blamed = 20
      await put(`/api/personas/${spec.id}`, { spec: edited })
      const diff = await json<PersonaDiffResponse>(get(`/api/personas/${spec.id}/diff?from=1&to=2`))
      expect(diff).toEqual({
        from: 1,
        to: 2,
        changes: expect.arrayContaining([
          { path: 'scenario.company', kind: 'changed', before: spec.scenario.company, after: 'Brightwave Fibre' },
          { path: 'hiddenFacts[1].fact', kind: 'changed', before: spec.hiddenFacts[1]!.fact, after: 'Two agents blamed an outage.' },
          { path: 'mood.sensitivities.blamed', kind: 'changed', before: 15, after: 20 },
        ]),
      })
      expect(diff.changes).toHaveLength(3)
      const backwards = await json<PersonaDiffResponse>(get(`/api/personas/${spec.id}/diff?from=2&to=1`))
      expect(backwards.changes.find((change) => change.path === 'scenario.company')).toMatchObject({ before: 'Brightwave Fibre', after: spec.scenario.company })
      expect((await json<PersonaDiffResponse>(get(`/api/personas/${spec.id}/diff?from=2&to=2`))).changes).toEqual([])
      expect((await get(`/api/personas/${spec.id}/diff?from=1`)).status).toBe(400)
      expect((await get(`/api/personas/${spec.id}/diff?from=1&to=5`)).status).toBe(404)
    })
  })

  describe('status', () => {
    it('publishing shows a persona to trainees; archiving hides it and stops new calls, keeping its history', async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      const published = await json<{ persona: ManagedPersona }>(post(`/api/personas/${spec.id}/status`, { published: true }))
      expect(published.persona).toMatchObject({ published: true, archived: false })
      expect((await cardsFor(trainee.cookie)).map((card) => card.id)).toContain(spec.id)

      const archived = await json<{ persona: ManagedPersona }>(post(`/api/personas/${spec.id}/status`, { archived: true }))
      expect(archived.persona).toMatchObject({ published: true, archived: true })
      expect((await cardsFor(trainee.cookie)).map((card) => card.id)).not.toContain(spec.id)
      expect((await post('/api/sessions', { personaId: spec.id, mode: 'scripted' }, trainee.cookie)).status).toBe(404)
      expect(await managed(spec.id)).toMatchObject({ archived: true, versionCount: 1 })
      expect((await get(`/api/personas/${spec.id}/versions`)).status).toBe(200)

      await post(`/api/personas/${spec.id}/status`, { archived: false })
      expect((await cardsFor(trainee.cookie)).map((card) => card.id)).toContain(spec.id)
      await post(`/api/personas/${spec.id}/status`, { published: false })
      expect((await cardsFor(trainee.cookie)).map((card) => card.id)).not.toContain(spec.id)
    })

    it('lets a built-in be archived and unarchived but never unpublished', async () => {
      const id = knowItAllRoamingCharges.id
      const refused = await post(`/api/personas/${id}/status`, { published: false })
      expect(refused.status).toBe(403)
      expect((await refused.json()).error.code).toBe('forbidden:builtin_persona')
      try {
        expect((await json<{ persona: ManagedPersona }>(post(`/api/personas/${id}/status`, { archived: true }))).persona).toMatchObject({ archived: true, published: true })
        expect((await cardsFor(trainee.cookie)).map((card) => card.id)).not.toContain(id)
      } finally {
        await post(`/api/personas/${id}/status`, { archived: false })
      }
      expect((await cardsFor(trainee.cookie)).map((card) => card.id)).toContain(id)
    })

    it('answers 400 for a status body of the wrong type and 404 for an unknown persona', async () => {
      expect((await post(`/api/personas/${hostileBroadbandCallbacks.id}/status`, { archived: 'yes' })).status).toBe(400)
      expect((await post('/api/personas/no-such-persona/status', { archived: true })).status).toBe(404)
    })
  })

  describe('duplicating', () => {
    it('duplicates a built-in as a draft copy with a new id and name, leaving the original as shipped', async () => {
      const before = await managed(hostileBroadbandCallbacks.id)
      const id = uniquePersonaId('my-hostile')
      const response = await post(`/api/personas/${hostileBroadbandCallbacks.id}/duplicate`, { id, name: 'Dana Harrow' })
      expect(response.status).toBe(201)
      expect(await json<PersonaSaved>(response)).toMatchObject({
        version: 1,
        persona: { id, name: 'Dana Harrow', builtin: false, published: false, duplicatedFrom: hostileBroadbandCallbacks.id },
      })
      const copy = await json<PersonaSpecResponse>(get(`/api/personas/${id}/spec`))
      expect(copy.spec).toEqual({ ...hostileBroadbandCallbacks, id, name: 'Dana Harrow' })
      expect((await json<PersonaVersionList>(get(`/api/personas/${id}/versions`))).versions[0]!.note).toBe(`Duplicated from ${hostileBroadbandCallbacks.id} version ${before!.currentVersion}`)
      expect(await managed(hostileBroadbandCallbacks.id)).toEqual(before)
      // The copy is the trainer's own: it can be edited.
      expect((await put(`/api/personas/${id}`, { spec: { ...copy.spec, difficulty: 5 } })).status).toBe(200)
    })

    it('answers 409 for a taken id and 400 for an invalid one', async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      const taken = await post(`/api/personas/${spec.id}/duplicate`, { id: hostileBroadbandCallbacks.id, name: 'Copy' })
      expect(taken.status).toBe(409)
      const invalid = await post(`/api/personas/${spec.id}/duplicate`, { id: 'Not A Slug', name: 'Copy' })
      expect(invalid.status).toBe(400)
      expect((await invalid.json()).error.details.issues[0].path).toEqual(['id'])
      expect((await post('/api/personas/no-such-persona/duplicate', { id: uniquePersonaId(), name: 'Copy' })).status).toBe(404)
    })
  })

  describe('seeding built-ins', () => {
    it("leaves a trainer's persona alone, even one with a shipped persona's id", async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      const before = await managed(spec.id)
      await seedBuiltinPersonas(testApp.dependencies.db, { specs: [...builtinPersonas, { ...knowItAllRoamingCharges, id: spec.id }] })
      expect(await managed(spec.id)).toEqual(before)
      expect((await json<PersonaSpecResponse>(get(`/api/personas/${spec.id}/spec`))).spec).toEqual(spec)
    })

    it('adds no built-in version when the shipped specs are unchanged', async () => {
      const before = await managed(hostileBroadbandCallbacks.id)
      await seedBuiltinPersonas(testApp.dependencies.db, { specs: builtinPersonas })
      expect(await managed(hostileBroadbandCallbacks.id)).toEqual(before)
    })
  })

  describe('check dynamics', () => {
    it('passes a built-in and reports the curves', async () => {
      const response = await post('/api/personas/check-dynamics', { spec: hostileBroadbandCallbacks, runs: 5 })
      expect(response.status).toBe(200)
      const result = await json<DynamicsCheckResponse>(response)
      expect(result.verdict).toMatchObject({ passed: true, badAgentNeverCalms: true, goodAgentCalmsWithinPatience: true, noOfferNeverResolves: true })
      expect(result).toMatchObject({ calmThreshold: 30, patience: 3, good: { runs: 5 }, bad: { runs: 5, calmedInRuns: 0 } })
      expect(result.good.curve[0]).toBe(hostileBroadbandCallbacks.mood.start)
      // The three agents who never offer anything: stalling, filler and empathy alone, none of whom may resolve the call.
      expect(result.others.map((other) => other.kind)).toEqual(['stalling', 'filler', 'empathetic'])
      for (const other of result.others) {
        expect(other).toMatchObject({ runs: 5, resolvedInRuns: 0 })
        expect(other.curve[0]).toBe(hostileBroadbandCallbacks.mood.start)
        expect(other.curve.length).toBeGreaterThan(1)
      }
    })

    it('fails a draft whose calming steps are so big that the bad agent calms it', async () => {
      const spec: PersonaSpec = trainerSpec()
      spec.mood.sensitivities = { ...spec.mood.sensitivities, blamed: -30, patronised: -30, cant_do: -30 }
      const result = await json<DynamicsCheckResponse>(post('/api/personas/check-dynamics', { spec, runs: 5 }))
      expect(result.verdict).toMatchObject({ passed: false, badAgentNeverCalms: false })
      // Without an offer the calm bands stay shut, so the bad agent cannot calm them fully; the check names what lowered the mood.
      expect(result.verdict.messages[0]).toMatch(/^The bad agent's turns lowered the frustration through: .*blamed/)
    })

    it('validates the spec and the number of runs first', async () => {
      const invalid = await post('/api/personas/check-dynamics', { spec: { ...trainerSpec(), mood: { ...hostileBroadbandCallbacks.mood, calmThreshold: 95 } } })
      expect(invalid.status).toBe(400)
      expect((await invalid.json()).error.details.issues[0].path).toEqual(['mood', 'calmThreshold'])
      expect((await post('/api/personas/check-dynamics', { spec: hostileBroadbandCallbacks, runs: 51 })).status).toBe(400)
    })
  })
})
