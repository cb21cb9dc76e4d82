import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultRubric, type Rubric, type RubricCriterion } from '../../../src/grader/rubric'
import {
  addCriterion,
  draftChanged,
  draftFromRubric,
  draftIssues,
  moveCriterion,
  newCriterionIdProblem,
  reinstateCriterion,
  retireCriterion,
  retiredShippedCriteria,
  rubricInput,
  slugFromTitle,
  weightShares,
} from '../../../web/src/trainer/rubric/rubric-draft'
import { createTestApp, readEvents, type TestApp } from '../../support/test-app'

const hostile = 'hostile-broadband-callbacks'
const shipped = (id: string) => structuredClone(defaultRubric.criteria.find((criterion) => criterion.id === id)!)

interface RubricVersionView {
  version: number
  rubric: Rubric
  note: string | null
  createdAt: string
  createdByName: string | null
}

interface Issue {
  path: string[]
  message: string
  code: string
}

/** The rubric tests change the one shared rubric, so each starts from the state it needs rather than from version 1. */
describe('rubric api', () => {
  let testApp: TestApp
  let trainer: Awaited<ReturnType<TestApp['createUserAndSignIn']>>
  let trainee: Awaited<ReturnType<TestApp['createUserAndSignIn']>>

  beforeAll(async () => {
    testApp = await createTestApp()
    trainer = await testApp.createUserAndSignIn('trainer', 'Rita Rubric')
    trainee = await testApp.createUserAndSignIn('trainee', 'Tom Trainee')
  })
  afterAll(() => testApp.close())

  async function current(cookie = trainee.cookie): Promise<RubricVersionView> {
    const response = await testApp.request('/api/rubric', { cookie })
    expect(response.status).toBe(200)
    return response.json()
  }

  function save(body: { passMark: unknown; criteria: unknown; note?: string; baseVersion?: number }, cookie = trainer.cookie) {
    return testApp.request('/api/rubric', { method: 'PUT', cookie, body })
  }

  async function saveOk(body: Parameters<typeof save>[0]): Promise<RubricVersionView> {
    const response = await save(body)
    if (response.status !== 201) throw new Error(`save failed: ${response.status} ${await response.text()}`)
    return response.json()
  }

  /** Puts the shipped criteria back as the newest version, so a test starts from a known rubric. */
  const resetToShipped = () => saveOk({ passMark: defaultRubric.passMark, criteria: defaultRubric.criteria, note: 'Back to the shipped rubric' })

  async function issuesOf(response: Response): Promise<Issue[]> {
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error.code).toBe('validation_failed')
    return error.details.issues
  }

  async function startCall(cookie = trainee.cookie) {
    const response = await testApp.request('/api/sessions', { cookie, body: { personaId: hostile, mode: 'scripted' } })
    expect(response.status).toBe(201)
    return ((await response.json()) as { session: { id: string } }).session.id
  }

  async function playTurn(sessionId: string, text: string, cookie = trainee.cookie) {
    const events = await readEvents(await testApp.request(`/api/sessions/${sessionId}/turns`, { cookie, body: { clientTurnId: `turn-${randomUUID()}`, text } }))
    const grade = events.find((event) => event.event === 'grade-ready')
    expect(grade, JSON.stringify(events.map((event) => event.event))).toBeDefined()
    return grade!.data.grade as { rubricVersion?: string; criteria: { criterionId: string }[] }
  }

  it('a trainee and a trainer may read the current rubric; an anonymous visitor may not', async () => {
    const asTrainee = await current(trainee.cookie)
    expect(asTrainee.version).toBeGreaterThanOrEqual(1)
    expect(asTrainee.rubric.criteria.length).toBeGreaterThan(0)
    expect(await current(trainer.cookie)).toEqual(asTrainee)
    expect((await testApp.request('/api/rubric')).status).toBe(401)
  })

  it('version 1 is the shipped rubric, seeded at boot', async () => {
    const response = await testApp.request('/api/rubric/versions/1', { cookie: trainer.cookie })
    expect(response.status).toBe(200)
    const first: RubricVersionView = await response.json()
    expect(first.rubric).toEqual(defaultRubric)
    expect(first.createdByName).toBeNull()
  })

  it('a trainee gets 403 on every rubric route that edits or browses versions, and nothing changes', async () => {
    const before = await current()
    const routes: { method: 'GET' | 'PUT' | 'POST'; path: string; body?: unknown }[] = [
      { method: 'GET', path: '/api/rubric/versions' },
      { method: 'GET', path: '/api/rubric/versions/1' },
      { method: 'GET', path: '/api/rubric/diff?from=1&to=1' },
      { method: 'PUT', path: '/api/rubric', body: { passMark: 10, criteria: defaultRubric.criteria } },
      { method: 'POST', path: '/api/rubric/restore', body: { version: 1 } },
    ]
    for (const route of routes) {
      const asTrainee = await testApp.request(route.path, { method: route.method, cookie: trainee.cookie, body: route.body })
      expect([route.path, asTrainee.status]).toEqual([route.path, 403])
      expect((await asTrainee.json()).error.code).toBe('forbidden')
      const anonymous = await testApp.request(route.path, { method: route.method, body: route.body })
      expect([route.path, anonymous.status]).toEqual([route.path, 401])
    }
    expect((await current()).version).toBe(before.version)
  })

  it('put /rubric saves a new version named v<N> with its note and author, and it becomes the current one', async () => {
    const before = await current()
    const criteria = defaultRubric.criteria.map((criterion) => (criterion.id === 'no_blame' ? { ...criterion, title: 'Keep blame out of it', weight: 5 } : criterion))
    const saved = await saveOk({ passMark: 75, criteria, note: '  No blame counts more  ' })
    expect(saved.version).toBe(before.version + 1)
    expect(saved.rubric.version).toBe(`v${saved.version}`)
    expect(saved.rubric.passMark).toBe(75)
    expect(saved.rubric.criteria.find((criterion) => criterion.id === 'no_blame')).toMatchObject({ title: 'Keep blame out of it', weight: 5 })
    expect(saved).toMatchObject({ note: 'No blame counts more', createdByName: 'Rita Rubric' })
    expect(await current()).toEqual(saved)

    const list = await (await testApp.request('/api/rubric/versions', { cookie: trainer.cookie })).json()
    expect(list.currentVersion).toBe(saved.version)
    expect(list.versions[0]).toMatchObject({ version: saved.version, label: `v${saved.version}`, passMark: 75, criterionCount: 9, note: 'No blame counts more', createdByName: 'Rita Rubric' })
    expect(list.versions.map((row: { version: number }) => row.version)).toEqual([...list.versions.map((row: { version: number }) => row.version)].sort((a, b) => b - a))
    expect(list.versions.at(-1)).toMatchObject({ version: 1, label: 'default-1', createdByName: null })
  })

  it('a call started before an edit keeps its rubric and version; one started after is graded under the new one', async () => {
    const base = await resetToShipped()
    const before = await startCall()

    const criteria = [...defaultRubric.criteria.filter((criterion) => criterion.id !== 'personalize'), { ...shipped('close'), id: 'next_steps', title: 'Next steps agreed' }]
    const edited = await saveOk({ passMark: 55, criteria, note: 'Retire personalize, add next steps' })
    const after = await startCall()

    const text = 'I am so sorry about the missed callbacks, that must be maddening. Which date was the engineer first due?'
    const oldGrade = await playTurn(before, text)
    const newGrade = await playTurn(after, text)
    expect(oldGrade.rubricVersion).toBe(base.rubric.version)
    expect(newGrade.rubricVersion).toBe(edited.rubric.version)
    expect(oldGrade.criteria.map((criterion) => criterion.criterionId)).toContain('personalize')
    expect(newGrade.criteria.map((criterion) => criterion.criterionId)).not.toContain('personalize')

    const oldView = await (await testApp.request(`/api/sessions/${before}`, { cookie: trainee.cookie })).json()
    const newView = await (await testApp.request(`/api/sessions/${after}`, { cookie: trainee.cookie })).json()
    expect(oldView.session.rubricVersion).toBe(base.version)
    expect(oldView.rubric).toEqual(base.rubric)
    expect(newView.session.rubricVersion).toBe(edited.version)
    expect(newView.rubric.passMark).toBe(55)
    expect(newView.turns.find((turn: { role: string }) => turn.role === 'trainee').grade.rubricVersion).toBe(edited.rubric.version)

    const oldEnd = await (await testApp.request(`/api/sessions/${before}/end`, { cookie: trainee.cookie, body: { reason: 'other' } })).json()
    const newEnd = await (await testApp.request(`/api/sessions/${after}/end`, { cookie: trainee.cookie, body: { reason: 'other' } })).json()
    expect(oldEnd.scorecard).toMatchObject({ rubricVersion: base.rubric.version, passMark: defaultRubric.passMark })
    expect(oldEnd.scorecard.criteria.map((criterion: { id: string }) => criterion.id)).toContain('personalize')
    expect(newEnd.scorecard).toMatchObject({ rubricVersion: edited.rubric.version, passMark: 55 })
    expect(newEnd.scorecard.criteria.map((criterion: { id: string }) => criterion.id)).toEqual(criteria.map((criterion) => criterion.id))
  })

  it('retiring a criterion leaves it out of the new version, and it can be reinstated under its own id', async () => {
    await resetToShipped()
    const retired = await saveOk({ passMark: 70, criteria: defaultRubric.criteria.filter((criterion) => criterion.id !== 'close'), note: 'Retire close' })
    expect(retired.rubric.criteria.map((criterion) => criterion.id)).not.toContain('close')
    const reinstated = await saveOk({ passMark: 70, criteria: [...retired.rubric.criteria, shipped('close')], note: 'Reinstate close' })
    expect(reinstated.rubric.criteria.at(-1)).toEqual(shipped('close'))
  })

  it('a retired criterion can also come back under a title it carried in an earlier version', async () => {
    await resetToShipped()
    const renamed = defaultRubric.criteria.map((criterion) => (criterion.id === 'close' ? { ...criterion, title: 'Wrap-up' } : criterion))
    await saveOk({ passMark: 70, criteria: renamed })
    await saveOk({ passMark: 70, criteria: renamed.filter((criterion) => criterion.id !== 'close') })
    const back = await saveOk({ passMark: 70, criteria: renamed })
    expect(back.rubric.criteria.find((criterion) => criterion.id === 'close')?.title).toBe('Wrap-up')
  })

  it('the ids of the shipped criteria are reserved: a new criterion may not take one', async () => {
    await resetToShipped()
    const withoutClose = defaultRubric.criteria.filter((criterion) => criterion.id !== 'close')
    const retired = await saveOk({ passMark: 70, criteria: withoutClose })
    const impostor: RubricCriterion = { ...shipped('close'), title: 'Product knowledge', description: 'Knows the tariffs and the products.' }
    const issues = await issuesOf(await save({ passMark: 70, criteria: [...withoutClose, impostor] }))
    expect(issues).toEqual([expect.objectContaining({ path: ['criteria', String(withoutClose.length), 'id'], message: expect.stringMatching(/built-in criterion "Close the call"/) })])
    expect((await current()).version).toBe(retired.version)

    // A criterion still in the rubric keeps its id whatever its wording becomes.
    const reworded = withoutClose.map((criterion) => (criterion.id === 'clarify' ? { ...criterion, title: 'Find the real cause' } : criterion))
    expect((await save({ passMark: 70, criteria: reworded })).status).toBe(201)
    // Ids of criteria the team added are theirs to reuse.
    const custom = { ...impostor, id: 'product_knowledge' }
    expect((await save({ passMark: 70, criteria: [...reworded, custom] })).status).toBe(201)
  })

  it('an invalid rubric is refused with every problem at its field, and nothing is saved', async () => {
    const before = await current()
    const criteria: unknown[] = structuredClone(defaultRubric.criteria)
    criteria[1] = { ...(criteria[1] as RubricCriterion), title: '   ' }
    criteria[2] = { ...(criteria[2] as RubricCriterion), anchors: { 0: 'Blames.', 1: 'Defensive.', 2: '' } }
    criteria[3] = { ...(criteria[3] as RubricCriterion), id: 'acknowledge' }
    criteria[4] = { ...(criteria[4] as RubricCriterion), id: 'Bad Id!' }
    criteria[5] = { ...(criteria[5] as RubricCriterion), weight: -1 }
    const issues = await issuesOf(await save({ passMark: 150, criteria }))
    const paths = issues.map((issue) => issue.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['passMark', 'criteria.1.title', 'criteria.2.anchors.2', 'criteria.3.id', 'criteria.4.id', 'criteria.5.weight']))
    expect(issues.find((issue) => issue.path.join('.') === 'criteria.3.id')?.message).toMatch(/duplicate criterion id "acknowledge"/)
    expect(paths).not.toContain('version')

    const allZero = defaultRubric.criteria.map((criterion) => ({ ...criterion, weight: 0 }))
    expect((await issuesOf(await save({ passMark: 70, criteria: allZero }))).map((issue) => issue.path)).toEqual([['criteria']])
    expect(new Set((await issuesOf(await save({ passMark: 70, criteria: [] }))).map((issue) => issue.path.join('.')))).toEqual(new Set(['criteria']))
    expect((await issuesOf(await save({ passMark: '70', criteria: 'all of them' }))).map((issue) => issue.path.join('.')).sort()).toEqual(['criteria', 'passMark'])
    const missingAnchor = { ...shipped('clarify'), anchors: { 0: 'Guesses.', 1: 'Vague.' } }
    expect((await issuesOf(await save({ passMark: 70, criteria: [missingAnchor] }))).map((issue) => issue.path.join('.'))).toEqual(['criteria.0.anchors.2'])
    expect((await current()).version).toBe(before.version)
  })

  it('a save based on a version that is no longer current answers 409 and keeps the newer one', async () => {
    const base = await resetToShipped()
    const other = await saveOk({ passMark: 65, criteria: defaultRubric.criteria, baseVersion: base.version })
    const stale = await save({ passMark: 90, criteria: defaultRubric.criteria, baseVersion: base.version })
    expect(stale.status).toBe(409)
    expect(await stale.json()).toMatchObject({ error: { code: 'conflict:rubric_changed', details: { currentVersion: other.version } } })
    expect((await current()).rubric.passMark).toBe(65)
  })

  it('post /rubric/restore copies an old version as a new one; an unknown version answers 404', async () => {
    await resetToShipped()
    await saveOk({ passMark: 40, criteria: defaultRubric.criteria.slice(0, 3), note: 'A short-lived experiment' })
    const response = await testApp.request('/api/rubric/restore', { cookie: trainer.cookie, body: { version: 1 } })
    expect(response.status).toBe(201)
    const restored: RubricVersionView = await response.json()
    expect(restored.rubric).toEqual({ ...defaultRubric, version: `v${restored.version}` })
    expect(restored.note).toBe('Restored version 1')
    expect(await current()).toEqual(restored)
    expect((await testApp.request('/api/rubric/restore', { cookie: trainer.cookie, body: { version: 9999 } })).status).toBe(404)
    expect((await testApp.request('/api/rubric/restore', { cookie: trainer.cookie, body: { version: 'one' } })).status).toBe(400)
    expect((await testApp.request('/api/rubric/versions/9999', { cookie: trainer.cookie })).status).toBe(404)
    expect((await testApp.request('/api/rubric/versions/latest', { cookie: trainer.cookie })).status).toBe(400)
  })

  it('get /rubric/diff lists what changed between two versions, path by path', async () => {
    const base = await resetToShipped()
    const criteria = defaultRubric.criteria
      .filter((criterion) => criterion.id !== 'personalize')
      .map((criterion) => (criterion.id === 'clarify' ? { ...criterion, weight: 4, anchors: { ...criterion.anchors, 1: 'Asks something vague.' } } : criterion))
    const [first, second, ...rest] = criteria
    const edited = await saveOk({ passMark: 80, criteria: [second!, first!, ...rest, { ...shipped('close'), id: 'empathy_check', title: 'Empathy check' }] })
    const response = await testApp.request(`/api/rubric/diff?from=${base.version}&to=${edited.version}`, { cookie: trainer.cookie })
    expect(response.status).toBe(200)
    const { changes } = await response.json()
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'changed', path: 'passMark', criterionId: null, field: 'passMark', before: 70, after: 80 },
        { kind: 'changed', path: 'criteria.clarify.weight', criterionId: 'clarify', field: 'weight', before: 3, after: 4 },
        expect.objectContaining({ kind: 'changed', path: 'criteria.clarify.anchors.1', after: 'Asks something vague.' }),
        { kind: 'added', path: 'criteria.empathy_check', criterionId: 'empathy_check', title: 'Empathy check' },
        { kind: 'retired', path: 'criteria.personalize', criterionId: 'personalize', title: 'Personal touch' },
        expect.objectContaining({ kind: 'reordered', path: 'criteria' }),
      ]),
    )
    expect(changes).toHaveLength(6)
    const same = await (await testApp.request(`/api/rubric/diff?from=${edited.version}&to=${edited.version}`, { cookie: trainer.cookie })).json()
    expect(same.changes).toEqual([])
    expect((await testApp.request('/api/rubric/diff?from=1', { cookie: trainer.cookie })).status).toBe(400)
  })

  describe('the web editor’s draft', () => {
    it('finds the problems the server would refuse, at the same paths, before anything is sent', async () => {
      const base = await resetToShipped()
      let draft = draftFromRubric(base.rubric)
      draft = { ...draft, passMark: '120' }
      draft.criteria[0] = { ...draft.criteria[0]!, title: ' ' }
      draft.criteria[1] = { ...draft.criteria[1]!, weight: '-1' }
      draft.criteria[2] = { ...draft.criteria[2]!, anchors: { ...draft.criteria[2]!.anchors, 1: '' } }
      draft.criteria[3] = { ...draft.criteria[3]!, id: 'acknowledge' }
      const local = draftIssues(draft, defaultRubric).map((issue) => issue.path).sort()
      const server = (await issuesOf(await save({ ...rubricInput(draft), baseVersion: base.version }))).map((issue) => issue.path.join('.')).sort()
      expect(local).toEqual(server)
      expect(local).toEqual(['criteria.0.title', 'criteria.1.weight', 'criteria.2.anchors.1', 'criteria.3.id', 'passMark'])
      expect(draftIssues(draft, defaultRubric).find((issue) => issue.path === 'criteria.0.title')?.message).toBe('Required.')
      expect(draftIssues(draft, defaultRubric).find((issue) => issue.path === 'criteria.1.weight')?.message).toBe('Use 0 or more.')
      draft.criteria[1] = { ...draft.criteria[1]!, weight: 'lots' }
      expect(draftIssues(draft, defaultRubric).find((issue) => issue.path === 'criteria.1.weight')?.message).toMatch(/Enter a number/)
    })

    it('keeps retired built-ins on offer, reinstates them, and refuses their ids for new criteria, as the server does', async () => {
      const base = await resetToShipped()
      let draft = retireCriterion(draftFromRubric(base.rubric), base.rubric.criteria.findIndex((criterion) => criterion.id === 'close'))
      expect(retiredShippedCriteria(draft, defaultRubric).map((criterion) => criterion.id)).toEqual(['close'])
      expect(newCriterionIdProblem('close', draft, defaultRubric)).toMatch(/belongs to the built-in criterion "Close the call"/)
      expect(newCriterionIdProblem('Product Knowledge', draft, defaultRubric)).toMatch(/lower case/)
      expect(newCriterionIdProblem('clarify', draft, defaultRubric)).toMatch(/already has/)
      expect(newCriterionIdProblem(slugFromTitle('Product knowledge!'), draft, defaultRubric)).toBeNull()

      // An added criterion renamed to a reserved id is caught locally and by the server at the same field.
      const impostor = addCriterion(draft, { id: 'product_knowledge', title: 'Product knowledge' })
      const last = impostor.criteria.length - 1
      impostor.criteria[last] = { ...impostor.criteria[last]!, id: 'close', description: 'Knows the tariffs.', anchors: { 0: 'Wrong.', 1: 'Vague.', 2: 'Right.' }, coachingTip: 'Learn the tariffs.' }
      await saveOk({ ...rubricInput(draft), baseVersion: base.version })
      const local = draftIssues(impostor, defaultRubric).map((issue) => issue.path)
      const server = (await issuesOf(await save(rubricInput(impostor)))).map((issue) => issue.path.join('.'))
      expect(local).toEqual([`criteria.${last}.id`])
      expect(server).toEqual(local)

      draft = reinstateCriterion(draft, defaultRubric.criteria.find((criterion) => criterion.id === 'close')!)
      expect(retiredShippedCriteria(draft, defaultRubric)).toEqual([])
      expect(draftIssues(draft, defaultRubric)).toEqual([])
      const saved = await saveOk(rubricInput(draft))
      expect(saved.rubric.criteria.at(-1)).toEqual(shipped('close'))
    })

    it('moves criteria, shows each weight as a share of the total, and knows when there is nothing to save', () => {
      const draft = draftFromRubric(defaultRubric)
      expect(draftChanged(draft, defaultRubric)).toBe(false)
      const shares = weightShares(draft)
      expect(shares[0]).toBe(15.8)
      expect(shares.reduce<number>((sum, share) => sum + (share ?? 0), 0)).toBeCloseTo(100, 0)
      const moved = moveCriterion(draft, 1, -1)
      expect(moved.criteria.slice(0, 2).map((criterion) => criterion.id)).toEqual(['clarify', 'acknowledge'])
      expect(moveCriterion(draft, 0, -1)).toBe(draft)
      expect(draftChanged(moved, defaultRubric)).toBe(true)
      expect(weightShares({ ...draft, criteria: draft.criteria.map((criterion, index) => ({ ...criterion, weight: index === 0 ? 'x' : '0' })) })).toEqual(draft.criteria.map(() => null))
    })
  })
})
