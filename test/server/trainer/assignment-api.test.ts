import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hostileBroadbandCallbacks } from '../../../src/personas/builtin/hostile-broadband-callbacks'
import { getPracticeSession } from '../../../src/server/db/queries/practice-queries'
import { personas, personaVersions, users } from '../../../src/server/db/schema'
import { createTestApp, readEvents, type TestApp } from '../../support/test-app'

const hostile = hostileBroadbandCallbacks.id
const elderly = 'elderly-alum-reunion-registration'
const day = 86_400_000

/** Replies the rules grader scores well on against Mr Harrow: acknowledge, ask, own it, close. */
const goodLines = [
  'Mr Harrow, I am so sorry. Three missed callbacks and a day waiting in must be really frustrating.',
  'Could you tell me the date when the engineer was first due, Mr Harrow?',
  'That was our mistake, Mr Harrow, and I will personally make sure it is fixed. What I can do is book an engineer for tomorrow morning, and I will call you by 5pm today to confirm it.',
  'So to sum up: the engineer comes tomorrow morning and I call you by 5pm today. Is there anything else I can help with? Thank you for your patience, Mr Harrow.',
]
const badLines = ['Calm down. It is your fault for not being home when they called.']

type Signed = Awaited<ReturnType<TestApp['createUserAndSignIn']>>

interface MyAssignment {
  id: string
  persona: { id: string; name: string; company: string }
  dueAt: string | null
  overdue: boolean
  passMark: number
  mode: 'any' | 'scripted'
  status: 'not_started' | 'attempted' | 'passed'
  attempts: number
  bestScore: number | null
  openSessionId: string | null
}

interface TraineeRow {
  id: string
  name: string
  status: MyAssignment['status']
  attempts: number
  bestScore: number | null
  lastAttemptAt: string | null
  overdue: boolean
}

describe('assignment api', () => {
  let testApp: TestApp
  let trainer: Signed

  beforeAll(async () => {
    testApp = await createTestApp()
    trainer = await testApp.createUserAndSignIn('trainer', 'Tina Trainer')
  })
  afterAll(() => testApp.close())

  async function assign(body: Record<string, unknown>) {
    const response = await testApp.request('/api/assignments', { cookie: trainer.cookie, body })
    if (response.status !== 201) throw new Error(`assign failed: ${response.status} ${await response.text()}`)
    return response.json() as Promise<{ id: string; counts: Record<string, number>; trainees: TraineeRow[]; passMark: number; mode: string }>
  }

  async function mine(cookie: string): Promise<MyAssignment[]> {
    const response = await testApp.request('/api/assignments/mine', { cookie })
    expect(response.status).toBe(200)
    return (await response.json()).assignments
  }

  const mineById = async (cookie: string, id: string) => (await mine(cookie)).find((assignment) => assignment.id === id)

  async function detail(id: string) {
    const response = await testApp.request(`/api/assignments/${id}`, { cookie: trainer.cookie })
    expect(response.status).toBe(200)
    return response.json() as Promise<{ counts: Record<string, number>; trainees: TraineeRow[]; withdrawnAt: string | null; passMark: number }>
  }

  function start(cookie: string, body: Record<string, unknown>) {
    return testApp.request('/api/sessions', { cookie, body })
  }

  /** Plays a call for the assignment against the scripted customer; ends it unless the customer already did. */
  async function playAssignment(cookie: string, assignmentId: string, lines: readonly string[], personaId = hostile) {
    const response = await start(cookie, { personaId, assignmentId, mode: 'scripted' })
    expect(response.status).toBe(201)
    const sessionId = ((await response.json()) as { session: { id: string } }).session.id
    const replies: string[] = []
    for (const text of lines) {
      const events = await readEvents(await testApp.request(`/api/sessions/${sessionId}/turns`, { cookie, body: { clientTurnId: `turn-${randomUUID()}`, text } }))
      replies.push(events.find((event) => event.event === 'reply-end')?.data.text)
      const ended = events.find((event) => event.event === 'session-ended')
      if (ended) return { sessionId, replies, score: ended.data.scorecard.weightedTotal as number | null }
    }
    const ended = await testApp.request(`/api/sessions/${sessionId}/end`, { cookie, body: { reason: 'other' } })
    expect(ended.status).toBe(200)
    return { sessionId, replies, score: (await ended.json()).scorecard.weightedTotal as number | null }
  }

  /** A persona that exists but trainees can't see: a draft, or archived. */
  async function hiddenPersona(state: { published: boolean; archived: boolean }) {
    const id = `hidden-${randomUUID()}`
    await testApp.dependencies.db.insert(personas).values({ id, currentVersion: 1, builtin: false, ...state })
    await testApp.dependencies.db.insert(personaVersions).values({ personaId: id, version: 1, spec: { ...hostileBroadbandCallbacks, id, name: `Hidden ${state.archived ? 'archived' : 'draft'}` } })
    return id
  }

  it('a trainee gets 403 on every trainer route and an anonymous visitor 401, but a trainee may list their own', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee')
    const created = await assign({ personaId: hostile, audience: 'selected', traineeIds: [trainee.user.id], mode: 'any' })
    const routes: { method: 'GET' | 'POST'; path: string; body?: unknown }[] = [
      { method: 'GET', path: '/api/assignments' },
      { method: 'POST', path: '/api/assignments', body: { personaId: hostile, audience: 'all', mode: 'any' } },
      { method: 'GET', path: `/api/assignments/${created.id}` },
      { method: 'POST', path: `/api/assignments/${created.id}/withdraw`, body: {} },
      { method: 'GET', path: '/api/assignments/trainees' },
    ]
    for (const route of routes) {
      const asTrainee = await testApp.request(route.path, { method: route.method, cookie: trainee.cookie, body: route.body })
      expect([`${route.method} ${route.path}`, asTrainee.status]).toEqual([`${route.method} ${route.path}`, 403])
      const anonymous = await testApp.request(route.path, { method: route.method, body: route.body })
      expect([`${route.method} ${route.path}`, anonymous.status]).toEqual([`${route.method} ${route.path}`, 401])
    }
    expect((await testApp.request('/api/assignments/mine')).status).toBe(401)
    expect(await mineById(trainee.cookie, created.id)).toMatchObject({ status: 'not_started' })
    expect((await detail(created.id)).withdrawnAt).toBeNull()
  })

  it('an assignment for everyone reaches every trainee; one for selected trainees only them, and no one else can start it', async () => {
    const [ann, ben, cat] = [await testApp.createUserAndSignIn('trainee', 'Ann'), await testApp.createUserAndSignIn('trainee', 'Ben'), await testApp.createUserAndSignIn('trainee', 'Cat')]
    const everyone = await assign({ personaId: hostile, audience: 'all', mode: 'any' })
    const selected = await assign({ personaId: elderly, audience: 'selected', traineeIds: [ann.user.id, ben.user.id, ann.user.id], mode: 'any' })

    for (const trainee of [ann, ben, cat]) expect(await mineById(trainee.cookie, everyone.id)).toBeDefined()
    expect(await mineById(ann.cookie, selected.id)).toMatchObject({ persona: { id: elderly }, status: 'not_started', attempts: 0, bestScore: null })
    expect(await mineById(ben.cookie, selected.id)).toBeDefined()
    expect(await mineById(cat.cookie, selected.id)).toBeUndefined()
    expect(selected.trainees.map((row) => row.name)).toEqual(['Ann', 'Ben'])
    expect(selected.counts).toEqual({ not_started: 2, attempted: 0, passed: 0 })

    const intruder = await start(cat.cookie, { personaId: elderly, assignmentId: selected.id, mode: 'scripted' })
    expect(intruder.status).toBe(404)
    expect((await intruder.json()).error.code).toBe('not_found:assignment')
    expect((await start(ann.cookie, { personaId: elderly, assignmentId: selected.id, mode: 'scripted' })).status).toBe(201)
    expect((await start(cat.cookie, { personaId: hostile, assignmentId: everyone.id, mode: 'scripted' })).status).toBe(201)

    const everyoneRows = (await detail(everyone.id)).trainees
    expect(everyoneRows.map((row) => row.id)).toEqual(expect.arrayContaining([ann.user.id, ben.user.id, cat.user.id]))
    expect(everyoneRows.map((row) => row.id)).not.toContain(trainer.user.id)
  })

  it('a standardised assessment gives two trainees the same scripted customer, whatever mode they ask for', async () => {
    const [first, second] = [await testApp.createUserAndSignIn('trainee'), await testApp.createUserAndSignIn('trainee')]
    const assessment = await assign({ personaId: hostile, audience: 'selected', traineeIds: [first.user.id, second.user.id], mode: 'scripted' })
    expect(assessment.mode).toBe('scripted')
    expect((await mineById(first.cookie, assessment.id))?.mode).toBe('scripted')

    // No model is configured, so a call asked for in model mode would be refused unless the assignment makes it scripted.
    const a = await start(first.cookie, { personaId: hostile, assignmentId: assessment.id, mode: 'model' })
    const b = await start(second.cookie, { personaId: hostile, assignmentId: assessment.id })
    expect([a.status, b.status]).toEqual([201, 201])
    const [viewA, viewB] = [await a.json(), await b.json()]
    expect([viewA.session.mode, viewB.session.mode]).toEqual(['scripted', 'scripted'])
    const [rowA, rowB] = [await getPracticeSession(testApp.dependencies.db, { id: viewA.session.id }), await getPracticeSession(testApp.dependencies.db, { id: viewB.session.id })]
    expect(rowA!.seed).toBeTruthy()
    expect(rowA!.seed).toBe(rowB!.seed)
    expect(rowA!.assignmentId).toBe(assessment.id)

    const reply = async (cookie: string, sessionId: string, text: string) =>
      (await readEvents(await testApp.request(`/api/sessions/${sessionId}/turns`, { cookie, body: { clientTurnId: `turn-${randomUUID()}`, text } }))).find((event) => event.event === 'reply-end')?.data.text
    for (const text of ['Hello, how can I help today?', 'Can you give me your account number?']) {
      expect(await reply(first.cookie, viewA.session.id, text)).toBe(await reply(second.cookie, viewB.session.id, text))
    }

    // An ordinary assignment leaves the choice (and a fresh customer) to each call.
    const open = await assign({ personaId: hostile, audience: 'selected', traineeIds: [first.user.id], mode: 'any' })
    const free = await (await start(first.cookie, { personaId: hostile, assignmentId: open.id, mode: 'scripted' })).json()
    const freeRow = await getPracticeSession(testApp.dependencies.db, { id: free.session.id })
    expect(freeRow!.seed).not.toBe(rowA!.seed)
  })

  it('status moves from not started to attempted to passed as the trainee plays scripted calls', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee', 'Pat Progress')
    const created = await assign({ personaId: hostile, audience: 'selected', traineeIds: [trainee.user.id], mode: 'scripted', passMark: 60 })
    expect(await mineById(trainee.cookie, created.id)).toMatchObject({ status: 'not_started', attempts: 0, bestScore: null, passMark: 60 })

    const bad = await playAssignment(trainee.cookie, created.id, badLines)
    expect(bad.score).toBeLessThan(60)
    expect(await mineById(trainee.cookie, created.id)).toMatchObject({ status: 'attempted', attempts: 1, bestScore: bad.score })
    let row = (await detail(created.id)).trainees[0]!
    expect(row).toMatchObject({ name: 'Pat Progress', status: 'attempted', attempts: 1, bestScore: bad.score, lastAttemptAt: expect.any(String) })

    const good = await playAssignment(trainee.cookie, created.id, goodLines)
    expect(good.score).toBeGreaterThanOrEqual(60)
    expect(await mineById(trainee.cookie, created.id)).toMatchObject({ status: 'passed', attempts: 2, bestScore: good.score })
    const after = await detail(created.id)
    row = after.trainees[0]!
    expect(row).toMatchObject({ status: 'passed', attempts: 2, bestScore: good.score })
    expect(after.counts).toEqual({ not_started: 0, attempted: 0, passed: 1 })

    const list = (await (await testApp.request('/api/assignments', { cookie: trainer.cookie })).json()).assignments
    expect(list.find((assignment: { id: string }) => assignment.id === created.id)).toMatchObject({
      personaName: hostileBroadbandCallbacks.name,
      audience: 'selected',
      mode: 'scripted',
      passMark: 60,
      counts: { not_started: 0, attempted: 0, passed: 1 },
    })
  })

  it('a call still open counts as an attempt and is offered to continue; a call for another scenario does not count', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee')
    const created = await assign({ personaId: hostile, audience: 'selected', traineeIds: [trainee.user.id], mode: 'any' })
    await start(trainee.cookie, { personaId: hostile, mode: 'scripted' })
    expect(await mineById(trainee.cookie, created.id)).toMatchObject({ status: 'not_started', attempts: 0 })
    const open = await (await start(trainee.cookie, { personaId: hostile, assignmentId: created.id, mode: 'scripted' })).json()
    expect(await mineById(trainee.cookie, created.id)).toMatchObject({ status: 'attempted', attempts: 1, bestScore: null, openSessionId: open.session.id })
  })

  it('without its own pass mark an assignment follows the current rubric’s', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee')
    const created = await assign({ personaId: hostile, audience: 'selected', traineeIds: [trainee.user.id], mode: 'any' })
    const rubric = await (await testApp.request('/api/rubric', { cookie: trainee.cookie })).json()
    expect((await mineById(trainee.cookie, created.id))?.passMark).toBe(rubric.rubric.passMark)
    expect(created.passMark).toBe(rubric.rubric.passMark)
  })

  it('a call made for an assignment is judged by the assignment’s pass mark, on its scorecard as on the assignment', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee')
    const created = await assign({ personaId: hostile, audience: 'selected', traineeIds: [trainee.user.id], mode: 'scripted', passMark: 35 })
    const { sessionId } = await playAssignment(trainee.cookie, created.id, goodLines.slice(0, 2))
    const view = await (await testApp.request(`/api/sessions/${sessionId}`, { cookie: trainee.cookie })).json()
    expect(view.rubric.passMark).toBe(35)
    expect(view.session.passMark).toBe(35)
    expect(view.session.scorecard.passMark).toBe(35)
    // A call for the same scenario outside the assignment keeps the rubric's own pass mark.
    const free = await (await start(trainee.cookie, { personaId: hostile, mode: 'scripted' })).json()
    expect(free.rubric.passMark).not.toBe(35)
  })

  it('my assignments list what still needs doing first, soonest due first, and flags overdue ones', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee')
    const now = Date.now()
    const later = await assign({ personaId: hostile, audience: 'selected', traineeIds: [trainee.user.id], mode: 'any', dueAt: new Date(now + 9 * day).toISOString() })
    const undated = await assign({ personaId: hostile, audience: 'selected', traineeIds: [trainee.user.id], mode: 'any' })
    const soon = await assign({ personaId: hostile, audience: 'selected', traineeIds: [trainee.user.id], mode: 'any', dueAt: new Date(now + 2 * day).toISOString() })
    const passed = await assign({ personaId: hostile, audience: 'selected', traineeIds: [trainee.user.id], mode: 'scripted', passMark: 0, dueAt: new Date(now + day).toISOString() })
    await playAssignment(trainee.cookie, passed.id, goodLines.slice(0, 1))
    const overdue = await assign({ personaId: hostile, audience: 'selected', traineeIds: [trainee.user.id], mode: 'any', dueAt: new Date(now + 3 * day).toISOString() })
    // Time passes: the due date of `overdue` is moved into the past behind the API's back.
    const { assignments } = await import('../../../src/server/db/schema')
    await testApp.dependencies.db.update(assignments).set({ dueAt: new Date(now - day) }).where(eq(assignments.id, overdue.id))

    const list = (await mine(trainee.cookie)).filter((assignment) => [later, undated, soon, passed, overdue].some((created) => created.id === assignment.id))
    expect(list.map((assignment) => assignment.id)).toEqual([overdue.id, soon.id, later.id, undated.id, passed.id])
    expect(list.map((assignment) => assignment.overdue)).toEqual([true, false, false, false, false])
    expect(list.at(-1)).toMatchObject({ status: 'passed' })
    expect((await detail(overdue.id)).trainees[0]).toMatchObject({ overdue: true })
  })

  it('a withdrawn assignment disappears from trainees and can no longer be started; its record stays for the trainer', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee')
    const created = await assign({ personaId: hostile, audience: 'selected', traineeIds: [trainee.user.id], mode: 'any' })
    await playAssignment(trainee.cookie, created.id, badLines)
    const response = await testApp.request(`/api/assignments/${created.id}/withdraw`, { cookie: trainer.cookie, body: {} })
    expect(response.status).toBe(200)
    const withdrawn = await response.json()
    expect(withdrawn.withdrawnAt).toEqual(expect.any(String))
    expect(withdrawn.counts).toEqual({ not_started: 0, attempted: 1, passed: 0 })

    expect(await mineById(trainee.cookie, created.id)).toBeUndefined()
    expect((await start(trainee.cookie, { personaId: hostile, assignmentId: created.id, mode: 'scripted' })).status).toBe(404)
    const again = await (await testApp.request(`/api/assignments/${created.id}/withdraw`, { cookie: trainer.cookie, body: {} })).json()
    expect(again.withdrawnAt).toBe(withdrawn.withdrawnAt)
    const list = (await (await testApp.request('/api/assignments', { cookie: trainer.cookie })).json()).assignments as { id: string; withdrawnAt: string | null }[]
    expect(list.find((assignment) => assignment.id === created.id)?.withdrawnAt).toBe(withdrawn.withdrawnAt)
    expect(list.findIndex((assignment) => assignment.withdrawnAt)).toBeGreaterThan(list.findLastIndex((assignment) => !assignment.withdrawnAt))
    expect((await testApp.request(`/api/assignments/${randomUUID()}/withdraw`, { cookie: trainer.cookie, body: {} })).status).toBe(404)
    expect((await testApp.request(`/api/assignments/${randomUUID()}`, { cookie: trainer.cookie })).status).toBe(404)
  })

  it('post /assignments refuses bad input with every problem at its field, and creates nothing', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee')
    const gone = await testApp.createUserAndSignIn('trainee', 'Gone Trainee')
    await testApp.dependencies.db.update(users).set({ active: false }).where(eq(users.id, gone.user.id))
    const draft = await hiddenPersona({ published: false, archived: false })
    const archived = await hiddenPersona({ published: true, archived: true })
    const before = (await (await testApp.request('/api/assignments', { cookie: trainer.cookie })).json()).assignments.length

    const problems = async (body: Record<string, unknown>) => {
      const response = await testApp.request('/api/assignments', { cookie: trainer.cookie, body })
      expect(response.status).toBe(400)
      const { error } = await response.json()
      expect(error.code).toBe('validation_failed')
      return Object.fromEntries((error.details.issues as { path: string[]; message: string }[]).map((issue) => [issue.path.join('.'), issue.message]))
    }
    expect(await problems({ personaId: 'no-such-persona', audience: 'all', mode: 'any' })).toEqual({ personaId: 'No such scenario.' })
    expect((await problems({ personaId: draft, audience: 'all', mode: 'any' })).personaId).toMatch(/draft: publish it/)
    expect((await problems({ personaId: archived, audience: 'all', mode: 'any' })).personaId).toMatch(/archived/)
    expect(Object.keys(await problems({ personaId: hostile, audience: 'selected', mode: 'any' }))).toEqual(['traineeIds'])
    expect(Object.keys(await problems({ personaId: hostile, audience: 'all', traineeIds: [trainee.user.id], mode: 'any' }))).toEqual(['traineeIds'])
    const who = await problems({ personaId: hostile, audience: 'selected', traineeIds: [trainee.user.id, gone.user.id, trainer.user.id, 'nobody'], mode: 'any' })
    expect(Object.keys(who).sort()).toEqual(['traineeIds.1', 'traineeIds.2', 'traineeIds.3'])
    const many = await problems({ personaId: hostile, audience: 'everyone', mode: 'always', passMark: 101, dueAt: 'next friday', note: 'x'.repeat(501) })
    expect(Object.keys(many).sort()).toEqual(['audience', 'dueAt', 'mode', 'note', 'passMark'])
    expect(many.dueAt).toMatch(/ISO date/)
    expect(Object.keys(await problems({ personaId: hostile, audience: 'all', mode: 'any', passMark: 72.5 }))).toEqual(['passMark'])
    expect((await problems({ personaId: hostile, audience: 'all', mode: 'any', dueAt: new Date(Date.now() - day).toISOString() })).dueAt).toMatch(/already passed/)
    expect(Object.keys(await problems({ personaId: hostile, audience: 'all', mode: 'any', dueAt: '2030-02-30' }))).toEqual(['dueAt'])

    expect((await (await testApp.request('/api/assignments', { cookie: trainer.cookie })).json()).assignments.length).toBe(before)
  })

  it('a due date may be given as a date (the end of that day, UTC) or a date-time with its offset', async () => {
    const year = new Date().getUTCFullYear() + 1
    const byDate = await assign({ personaId: hostile, audience: 'all', mode: 'any', dueAt: `${year}-03-31` })
    const byTime = await assign({ personaId: hostile, audience: 'all', mode: 'any', dueAt: `${year}-03-31T17:00:00+02:00` })
    const list = (await (await testApp.request('/api/assignments', { cookie: trainer.cookie })).json()).assignments as { id: string; dueAt: string }[]
    expect(list.find((row) => row.id === byDate.id)?.dueAt).toBe(`${year}-03-31T23:59:59.999Z`)
    expect(list.find((row) => row.id === byTime.id)?.dueAt).toBe(`${year}-03-31T15:00:00.000Z`)
    for (const id of [byDate.id, byTime.id]) await testApp.request(`/api/assignments/${id}/withdraw`, { cookie: trainer.cookie, body: {} })
  })

  it('get /assignments/trainees lists the active trainees for the picker, never trainers or deactivated accounts', async () => {
    const active = await testApp.createUserAndSignIn('trainee', 'Active Annie')
    const gone = await testApp.createUserAndSignIn('trainee', 'Deactivated Dan')
    await testApp.dependencies.db.update(users).set({ active: false }).where(eq(users.id, gone.user.id))
    const { trainees } = await (await testApp.request('/api/assignments/trainees', { cookie: trainer.cookie })).json()
    const ids = trainees.map((trainee: { id: string }) => trainee.id)
    expect(trainees).toContainEqual({ id: active.user.id, name: 'Active Annie', email: active.email })
    expect(ids).not.toContain(gone.user.id)
    expect(ids).not.toContain(trainer.user.id)
  })

  it('a trainer’s own home screen lists no assignments, even ones set for everyone', async () => {
    await assign({ personaId: hostile, audience: 'all', mode: 'any' })
    expect(await mine(trainer.cookie)).toEqual([])
  })
})
