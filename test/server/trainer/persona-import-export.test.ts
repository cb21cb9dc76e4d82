import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { builtinPersonas, hostileBroadbandCallbacks } from '../../../src/personas/builtin'
import type { PersonaSpec } from '../../../src/personas/persona-spec'
import type { PersonaBundle, PersonaImportIssue, PersonaImportResponse, PersonaSpecResponse, PersonaVersionList } from '../../../src/server/personas/persona-admin-types'
import { createTestApp, type TestApp } from '../../support/test-app'
import { createPersonaVia, trainerSpec, uniquePersonaId } from './persona-fixtures'

type SignedIn = Awaited<ReturnType<TestApp['createUserAndSignIn']>>

/** A persona exported before resolutions had ids (shape 1). */
const shapeOne = JSON.parse(readFileSync(new URL('../../personas/fixtures/persona-shape-1.json', import.meta.url), 'utf8')) as {
  scenario: { acceptableResolutions: string[]; unacceptableResolutions: string[] }
}

/** Line and column (1-based) where `needle` starts in `text`. */
function positionOf(text: string, needle: string) {
  const offset = text.indexOf(needle)
  if (offset === -1) throw new Error(`"${needle}" is not in the file`)
  const before = text.slice(0, offset)
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') }
}

describe('persona import and export', () => {
  let testApp: TestApp
  let trainer: SignedIn

  beforeAll(async () => {
    testApp = await createTestApp()
    trainer = await testApp.createUserAndSignIn('trainer', 'Priya Trainer')
  })
  afterAll(() => testApp.close())

  const get = (path: string, app = testApp, cookie = trainer.cookie) => app.request(path, { cookie })
  const importFile = (body: { content: string; filename?: string; format?: 'yaml' | 'json'; dryRun?: boolean }, app = testApp, cookie = trainer.cookie) =>
    app.request('/api/personas/import', { cookie, body })
  const exportText = async (path: string, app = testApp, cookie = trainer.cookie) => {
    const response = await get(path, app, cookie)
    expect(response.status, path).toBe(200)
    return response.text()
  }
  const specOf = async (id: string, app = testApp, cookie = trainer.cookie) => {
    const response = await get(`/api/personas/${id}/spec`, app, cookie)
    return response.status === 200 ? ((await response.json()) as PersonaSpecResponse).spec : null
  }
  const importIssues = async (response: Response) => {
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error.code).toBe('validation_failed:import')
    return error.details.issues as PersonaImportIssue[]
  }

  describe('export', () => {
    it('downloads one persona as a YAML file named after its id', async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      const response = await get(`/api/personas/${spec.id}/export`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^application\/yaml/)
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${spec.id}.yaml"`)
      const text = await response.text()
      expect(parseYaml(text)).toEqual(spec)
      // Fields in the documented order, so the file reads top-down like the form.
      expect(text.split('\n').slice(0, 3)).toEqual([`id: ${spec.id}`, `name: ${spec.name}`, 'archetype: hostile'])
    })

    it('downloads a persona as JSON, and an older version on request', async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      await testApp.request(`/api/personas/${spec.id}`, { method: 'PUT', cookie: trainer.cookie, body: { spec: { ...spec, difficulty: 1 } } })
      const response = await get(`/api/personas/${spec.id}/export?format=json&version=1`)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${spec.id}.json"`)
      expect(JSON.parse(await response.text())).toEqual(spec)
      expect(JSON.parse(await exportText(`/api/personas/${spec.id}/export?format=json`)).difficulty).toBe(1)
      expect((await get(`/api/personas/${spec.id}/export?format=xml`)).status).toBe(400)
    })

    it('exports every persona that is not archived as one bundle', async () => {
      const kept = await createPersonaVia(testApp, trainer.cookie)
      const archived = await createPersonaVia(testApp, trainer.cookie)
      await testApp.request(`/api/personas/${archived.id}/status`, { cookie: trainer.cookie, body: { archived: true } })
      const response = await get('/api/personas/export')
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="toughcall-personas.yaml"')
      const bundle = parseYaml(await response.text()) as PersonaBundle
      expect(bundle).toMatchObject({ kind: 'toughcall-personas', version: 1 })
      const ids = bundle.personas.map((persona) => persona.id)
      expect(ids).toEqual(expect.arrayContaining([...builtinPersonas.map((persona) => persona.id), kept.id]))
      expect(ids).not.toContain(archived.id)
      expect(bundle.personas.find((persona) => persona.id === kept.id)).toEqual(kept)
      const json = JSON.parse(await exportText('/api/personas/export?format=json')) as PersonaBundle
      expect(json.personas.map((persona) => persona.id)).toEqual(ids)
    })
  })

  describe('round trips', () => {
    it.each(['yaml', 'json'] as const)('export, edit, import the %s file back: the spec returns byte-identical', async (format) => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      const exported = await exportText(`/api/personas/${spec.id}/export?format=${format}`)
      await testApp.request(`/api/personas/${spec.id}`, { method: 'PUT', cookie: trainer.cookie, body: { spec: { ...spec, summary: 'Changed since the export.' } } })

      const response = await importFile({ content: exported, filename: `${spec.id}.${format}` })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ results: [{ id: spec.id, action: 'new_version', version: 3, upgradeNotes: [] }], dryRun: false })
      expect(await exportText(`/api/personas/${spec.id}/export?format=${format}`)).toBe(exported)
      const history = (await (await get(`/api/personas/${spec.id}/versions`)).json()) as PersonaVersionList
      expect(history.versions[0]).toMatchObject({ version: 3, note: `Imported from ${spec.id}.${format}`, createdByName: 'Priya Trainer' })
    })

    it('imports an exported bundle back unchanged, built-ins included', async () => {
      await createPersonaVia(testApp, trainer.cookie)
      const bundle = await exportText('/api/personas/export')
      const response = await importFile({ content: bundle, filename: 'toughcall-personas.yaml' })
      expect(response.status).toBe(200)
      const { results } = (await response.json()) as PersonaImportResponse
      expect(results.length).toBe((parseYaml(bundle) as PersonaBundle).personas.length)
      expect(results.every((result) => result.action === 'unchanged')).toBe(true)
    })

    describe('to another toughcall', () => {
      // A second install with its own database; starting one is slow on a busy machine, so it happens in a hook.
      let other: TestApp
      let otherTrainer: SignedIn
      beforeAll(async () => {
        other = await createTestApp({ freshDatabase: true })
        otherTrainer = await other.createUserAndSignIn('trainer', 'Other Trainer')
      })
      afterAll(() => other.close())

      it('a fresh install imports the bundle as drafts and exports the same bytes', async () => {
        const spec = await createPersonaVia(testApp, trainer.cookie, trainerSpec(uniquePersonaId(), { style: { ...hostileBroadbandCallbacks.style, manner: 'Types while he talks.' } }))
        const bundle = await exportText('/api/personas/export')
        const response = await importFile({ content: bundle }, other, otherTrainer.cookie)
        expect(response.status).toBe(200)
        const { results } = (await response.json()) as PersonaImportResponse
        expect(results.find((result) => result.id === spec.id)).toEqual({ id: spec.id, action: 'created', version: 1, upgradeNotes: [] })
        expect(results.filter((result) => builtinPersonas.some((persona) => persona.id === result.id)).every((result) => result.action === 'unchanged')).toBe(true)
        for (const format of ['yaml', 'json']) {
          const path = `/api/personas/${spec.id}/export?format=${format}`
          expect(await exportText(path, other, otherTrainer.cookie)).toBe(await exportText(path))
        }
        const manage = await (await get('/api/personas/manage', other, otherTrainer.cookie)).json()
        expect(manage.personas.find((persona: { id: string }) => persona.id === spec.id)).toMatchObject({ published: false, builtin: false })
      })
    })
  })

  describe('import', () => {
    it('creates new personas as drafts from a bundle and versions existing ones, guessing JSON from the content', async () => {
      const existing = await createPersonaVia(testApp, trainer.cookie)
      const fresh = trainerSpec()
      const content = JSON.stringify({ kind: 'toughcall-personas', version: 1, personas: [fresh, { ...existing, difficulty: 1 }] })
      const response = await importFile({ content })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({
        results: [
          { id: fresh.id, action: 'created', version: 1, upgradeNotes: [] },
          { id: existing.id, action: 'new_version', version: 2, upgradeNotes: [] },
        ],
        dryRun: false,
      })
      expect(await specOf(fresh.id)).toEqual(fresh)
      expect((await specOf(existing.id))?.difficulty).toBe(1)
      const manage = await (await get('/api/personas/manage')).json()
      expect(manage.personas.find((persona: { id: string }) => persona.id === fresh.id)).toMatchObject({ published: false })
    })

    it('fills in defaults a hand-written file leaves out', async () => {
      const { hiddenFacts: _facts, script: _script, ...spec } = trainerSpec()
      const content = `# Written by hand\n${Object.entries({ ...spec, style: { quirks: ['Sighs'] } })
        .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
        .join('\n')}\n`
      const response = await importFile({ content, filename: 'hand-written.yml' })
      expect(response.status).toBe(200)
      expect((await specOf(spec.id))?.style).toEqual({ verbosity: 'normal', quirks: ['Sighs'], profanity: 'none' })
      expect((await specOf(spec.id))?.hiddenFacts).toEqual([])
    })

    it('a dry run checks the file and answers what would happen, saving nothing', async () => {
      const fresh = trainerSpec()
      const response = await importFile({ content: JSON.stringify(fresh), dryRun: true })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ results: [{ id: fresh.id, action: 'created', version: 1, upgradeNotes: [] }], dryRun: true })
      expect(await specOf(fresh.id)).toBeNull()
      const invalid = await importFile({ content: JSON.stringify({ ...fresh, difficulty: 0 }), dryRun: true })
      expect((await importIssues(invalid))[0]).toMatchObject({ persona: fresh.id, path: 'difficulty' })
    })

    it('names the persona, the dotted path and the line and column of each schema problem', async () => {
      const spec = await createPersonaVia(testApp, trainer.cookie)
      const exported = await exportText(`/api/personas/${spec.id}/export`)
      const content = exported.replace('  start: 85', '  start: high').replace('  verbosity: normal', '  verbosity: normal\n  mannr: Sighs a lot').replace(/keywords:\n(\s+)- engineer/, 'keywords:\n$1- ""')
      const issues = await importIssues(await importFile({ content, filename: `${spec.id}.yaml` }))
      // A list item is placed at its value, after the "- ".
      const emptyKeyword = positionOf(content, '- ""')
      expect(issues).toEqual(
        expect.arrayContaining([
          { persona: spec.id, path: 'mood.start', ...positionOf(content, 'start: high'), message: expect.stringMatching(/number/) },
          { persona: spec.id, path: 'style.mannr', ...positionOf(content, 'mannr:'), message: 'Unknown field "mannr"' },
          { persona: spec.id, path: 'hiddenFacts.0.earnedBy.keywords.0', line: emptyKeyword.line, column: emptyKeyword.column + 2, message: expect.any(String) },
        ]),
      )
      expect(issues).toHaveLength(3)
      expect((await specOf(spec.id))?.mood.start).toBe(85)
    })

    it('imports a file of the older shape, upgraded, and says what was inferred, on the dry run and on the import', async () => {
      const old = { ...shapeOne, id: uniquePersonaId('shape-one') }
      const content = stringifyYaml(old)
      const dryRun = (await (await importFile({ content, filename: 'kim.yaml', dryRun: true })).json()) as PersonaImportResponse
      expect(dryRun.results).toEqual([{ id: old.id, action: 'created', version: 1, upgradeNotes: expect.any(Array) }])
      const notes = dryRun.results[0]!.upgradeNotes
      expect(notes).toEqual([
        expect.stringMatching(/^The acceptable resolutions became Resolutions/),
        expect.stringMatching(/^The unacceptable resolutions became Refused outcomes/),
        expect.stringMatching(/^4 hidden facts got what they answer/),
        expect.stringMatching(/^New fields left empty: /),
      ])
      expect(await specOf(old.id)).toBeNull()

      const imported = (await (await importFile({ content, filename: 'kim.yaml' })).json()) as PersonaImportResponse
      expect(imported.results).toEqual([{ id: old.id, action: 'created', version: 1, upgradeNotes: notes }])
      const spec = await specOf(old.id)
      expect(spec?.resolutions.map((outcome) => outcome.description)).toEqual(shapeOne.scenario.acceptableResolutions)
      expect(spec?.refusedOutcomes.map((outcome) => outcome.description)).toEqual(shapeOne.scenario.unacceptableResolutions)
      expect(spec?.scenario).not.toHaveProperty('acceptableResolutions')
      expect(spec?.hiddenFacts.every((fact) => fact.answers.length > 0)).toBe(true)
      // Exported again, it is a file of the current shape, which imports with nothing to say.
      const again = (await (await importFile({ content: await exportText(`/api/personas/${old.id}/export`), dryRun: true })).json()) as PersonaImportResponse
      expect(again.results).toEqual([{ id: old.id, action: 'unchanged', version: 1, upgradeNotes: [] }])
    })

    it('places a problem in an older file at the resolution it came from', async () => {
      const old = { ...shapeOne, id: uniquePersonaId('shape-one'), scenario: { ...shapeOne.scenario, acceptableResolutions: ['A refund', '   '] } }
      const content = JSON.stringify(old, null, 2)
      const issues = await importIssues(await importFile({ content, filename: 'old.json' }))
      expect(issues).toEqual([{ persona: old.id, path: 'resolutions.1.description', ...positionOf(content, '"   "'), message: expect.any(String) }])
    })

    it('reports a YAML syntax error with its line and column', async () => {
      const content = 'id: broken-yaml\nname: "Dale\nscenario:\n  company: [unclosed\n'
      const issues = await importIssues(await importFile({ content, filename: 'broken.yaml' }))
      expect(issues[0]).toMatchObject({ persona: '', path: '', line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(/^YAML syntax error: /) })
      expect(issues[0]!.line).toBeGreaterThanOrEqual(2)
    })

    it('reports a JSON syntax error with its line and column', async () => {
      const content = '{\n  "id": "broken-json",\n  "name": "Dale",\n  "difficulty": ,\n}'
      const response = await importFile({ content, filename: 'broken.json' })
      const issues = await importIssues(response)
      expect(issues).toEqual([{ persona: '', path: '', line: 4, column: 17, message: 'JSON syntax error: Expected a value, found ","' }])
    })

    it('saves nothing from a bundle in which one persona is bad, and names it by id or position', async () => {
      const good = trainerSpec()
      const badWithId = { ...trainerSpec(), scenario: { ...trainerSpec().scenario, company: '' } }
      const noId: Partial<PersonaSpec> = { ...trainerSpec() }
      delete noId.id
      const content = JSON.stringify({ kind: 'toughcall-personas', version: 1, personas: [good, badWithId, noId] }, null, 2)
      const issues = await importIssues(await importFile({ content }))
      expect(issues).toEqual([
        { persona: badWithId.id, path: 'scenario.company', ...positionOf(content, '"company": ""'), message: expect.any(String) },
        // No id to point at: the problem is placed at the start of the third persona.
        { persona: '#3', path: 'id', line: expect.any(Number), column: 5, message: expect.any(String) },
      ])
      expect(issues[1]!.line).toBeGreaterThan(positionOf(content, '"company": ""').line)
      expect(await specOf(good.id)).toBeNull()
      expect(await specOf(badWithId.id)).toBeNull()
    })

    it("refuses to overwrite a built-in, at the id's line, and saves nothing else", async () => {
      const fresh = trainerSpec()
      const changedBuiltin = { ...hostileBroadbandCallbacks, summary: 'My own take on Dale.' }
      const content = `kind: toughcall-personas\nversion: 1\npersonas:\n  - ${JSON.stringify(fresh)}\n  - ${JSON.stringify(changedBuiltin)}\n`
      const issues = await importIssues(await importFile({ content, filename: 'bundle.yaml' }))
      expect(issues).toEqual([{ persona: hostileBroadbandCallbacks.id, path: 'id', line: 5, column: 6, message: "built-in personas can't be overwritten; change the id" }])
      expect(await specOf(fresh.id)).toBeNull()
      expect((await specOf(hostileBroadbandCallbacks.id))?.summary).toBe(hostileBroadbandCallbacks.summary)
    })

    it('refuses a bundle that uses one id twice', async () => {
      const spec = trainerSpec()
      const issues = await importIssues(await importFile({ content: JSON.stringify({ kind: 'toughcall-personas', version: 1, personas: [spec, spec] }) }))
      expect(issues).toEqual([expect.objectContaining({ persona: spec.id, path: 'id', message: expect.stringMatching(/more than one persona/) })])
      expect(await specOf(spec.id)).toBeNull()
    })

    it('refuses files that hold neither a spec nor a bundle', async () => {
      for (const content of ['- just\n- a list\n', '# only a comment\n', JSON.stringify({ kind: 'toughcall-personas', version: 2, personas: [] })]) {
        const issues = await importIssues(await importFile({ content }))
        expect(issues).toHaveLength(1)
        expect(issues[0]!.persona).toBe('')
      }
      expect((await testApp.request('/api/personas/import', { cookie: trainer.cookie, body: { content: '' } })).status).toBe(400)
    })

    it('answers with the first problem in the message, so a client without the details still says something useful', async () => {
      const response = await importFile({ content: JSON.stringify({ ...trainerSpec('message-check'), difficulty: 7 }) })
      const { error } = await response.json()
      expect(error.message).toMatch(/^Nothing was imported\. message-check difficulty line 1, column \d+: /)
    })
  })
})
