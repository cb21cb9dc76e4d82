import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultRubric } from '../../../src/grader/rubric'
import { hostileBroadbandCallbacks } from '../../../src/personas/builtin/hostile-broadband-callbacks'
import { personas, personaVersions, users } from '../../../src/server/db/schema'
import { type FakeOpenAi, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, readEvents, type TestApp } from '../../support/test-app'

const principals = ['anonymous', 'owner', 'other trainee', 'trainer', 'deactivated'] as const
type Principal = (typeof principals)[number]

/**
 * What a cell's request acts on. `shared`: the owner's call with one answered turn, for requests that
 * change nothing (or change it harmlessly). `fresh call` / `fresh turn`: a new call of the owner's
 * (with one answered trainee turn) for each cell, because the request ends, continues or rewinds it.
 */
type Target = 'none' | 'shared' | 'fresh call' | 'fresh turn'

interface RouteRow {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** As the app registers it (`app.routes`); `:id` is the target call (or, under /api/turns, its turn) and `:turnId` its turn. */
  path: string
  /** Expected status for: anonymous, owner (trainee A), other trainee (B), trainer, deactivated user. */
  statuses: readonly [number, number, number, number, number]
  target: Target
  body?: (principal: Principal) => unknown
  /** Appended to the path, e.g. the versions a diff compares. */
  query?: string
}

const turnText = 'Which date was the engineer booked for, Mr Harrow?'
const metricsToken = `metrics-${randomUUID()}`

/**
 * Every route × every principal. "owner" is trainee A, who holds the target call; "other trainee" is
 * B trying A's ids (IDOR); the trainer may read and re-grade anyone's call but not act in it; the
 * deactivated user signed in before their account was switched off. Another trainee's call answers
 * 404, like one that does not exist, so ids cannot be probed.
 */
// prettier-ignore
const matrix: RouteRow[] = [
  //                                                                 anon owner other trainer deactivated
  { method: 'POST', path: '/api/auth/login',                     statuses: [401, 200, 200, 200, 401], target: 'none', body: (principal) => credentialsOf(principal) },
  { method: 'POST', path: '/api/auth/logout',                    statuses: [200, 200, 200, 200, 200], target: 'none' },
  { method: 'GET',  path: '/api/auth/setup',                     statuses: [200, 200, 200, 200, 200], target: 'none' },
  { method: 'POST', path: '/api/auth/setup',                     statuses: [403, 403, 403, 403, 403], target: 'none', body: () => ({ token: 'not-a-real-setup-token', email: `${randomUUID()}@example.test`, name: 'Intruder', password: 'a long unusual passphrase' }) },
  { method: 'GET',  path: '/api/me',                             statuses: [401, 200, 200, 200, 401], target: 'none' },
  { method: 'GET',  path: '/api/personas',                       statuses: [401, 200, 200, 200, 401], target: 'none' },
  { method: 'GET',  path: '/api/sessions',                       statuses: [401, 200, 200, 200, 401], target: 'shared' },
  { method: 'POST', path: '/api/sessions',                       statuses: [401, 201, 201, 201, 401], target: 'none', body: () => ({ personaId: hostileBroadbandCallbacks.id }) },
  { method: 'GET',  path: '/api/sessions/:id',                   statuses: [401, 200, 404, 200, 401], target: 'shared' },
  { method: 'POST', path: '/api/sessions/:id/end',               statuses: [401, 200, 404, 403, 401], target: 'fresh call', body: () => ({ reason: 'other' }) },
  { method: 'POST', path: '/api/sessions/:id/turns',             statuses: [401, 200, 404, 403, 401], target: 'fresh call', body: () => ({ clientTurnId: `matrix-${randomUUID()}`, text: turnText }) },
  { method: 'POST', path: '/api/sessions/:id/turns/:turnId/rewind', statuses: [401, 200, 404, 403, 401], target: 'fresh turn' },
  { method: 'POST', path: '/api/turns/:id/regrade',              statuses: [401, 200, 404, 200, 401], target: 'shared' },
  // The trainer's workspace: a trainee gets 403 on every trainer route. `:id` there is the shared call's id, which
  // names no persona, invitation, member or assignment: the trainer's 404 is the route's own "no such thing".
  { method: 'GET',  path: '/api/personas/manage',                statuses: [401, 403, 403, 200, 401], target: 'none' },
  { method: 'GET',  path: '/api/personas/export',                statuses: [401, 403, 403, 200, 401], target: 'none' },
  { method: 'POST', path: '/api/personas/import',                statuses: [401, 403, 403, 200, 401], target: 'none', body: () => ({ content: JSON.stringify(hostileBroadbandCallbacks), dryRun: true }) },
  { method: 'POST', path: '/api/personas/check-dynamics',        statuses: [401, 403, 403, 200, 401], target: 'none', body: () => ({ spec: hostileBroadbandCallbacks, runs: 1 }) },
  { method: 'POST', path: '/api/personas',                       statuses: [401, 403, 403, 409, 401], target: 'none', body: () => ({ spec: hostileBroadbandCallbacks }) },
  { method: 'GET',  path: '/api/personas/:id/versions',          statuses: [401, 403, 403, 404, 401], target: 'shared' },
  { method: 'GET',  path: '/api/personas/:id/spec',              statuses: [401, 403, 403, 404, 401], target: 'shared' },
  { method: 'GET',  path: '/api/personas/:id/diff',              statuses: [401, 403, 403, 404, 401], target: 'shared' },
  { method: 'GET',  path: '/api/personas/:id/export',            statuses: [401, 403, 403, 404, 401], target: 'shared' },
  { method: 'PUT',  path: '/api/personas/:id',                   statuses: [401, 403, 403, 404, 401], target: 'shared', body: () => ({ spec: hostileBroadbandCallbacks }) },
  { method: 'POST', path: '/api/personas/:id/restore',           statuses: [401, 403, 403, 404, 401], target: 'shared', body: () => ({ version: 1 }) },
  { method: 'POST', path: '/api/personas/:id/status',            statuses: [401, 403, 403, 404, 401], target: 'shared', body: () => ({ archived: false }) },
  { method: 'POST', path: '/api/personas/:id/duplicate',         statuses: [401, 403, 403, 404, 401], target: 'shared', body: () => ({ id: 'matrix-copy', name: 'Matrix Copy' }) },
  { method: 'GET',  path: '/api/rubric',                         statuses: [401, 200, 200, 200, 401], target: 'none' },
  { method: 'GET',  path: '/api/rubric/versions',                statuses: [401, 403, 403, 200, 401], target: 'none' },
  { method: 'GET',  path: '/api/rubric/versions/:version',       statuses: [401, 403, 403, 200, 401], target: 'none' },
  { method: 'GET',  path: '/api/rubric/diff',                    statuses: [401, 403, 403, 200, 401], target: 'none', query: '?from=1&to=1' },
  { method: 'PUT',  path: '/api/rubric',                         statuses: [401, 403, 403, 201, 401], target: 'none', body: () => ({ passMark: 70, criteria: defaultRubric.criteria }) },
  { method: 'POST', path: '/api/rubric/restore',                 statuses: [401, 403, 403, 201, 401], target: 'none', body: () => ({ version: 1 }) },
  { method: 'GET',  path: '/api/assignments/mine',               statuses: [401, 200, 200, 200, 401], target: 'none' },
  { method: 'GET',  path: '/api/assignments/trainees',           statuses: [401, 403, 403, 200, 401], target: 'none' },
  { method: 'GET',  path: '/api/assignments',                    statuses: [401, 403, 403, 200, 401], target: 'none' },
  { method: 'POST', path: '/api/assignments',                    statuses: [401, 403, 403, 201, 401], target: 'none', body: () => ({ personaId: hostileBroadbandCallbacks.id, audience: 'all', mode: 'any' }) },
  { method: 'GET',  path: '/api/assignments/:id',                statuses: [401, 403, 403, 404, 401], target: 'shared' },
  { method: 'POST', path: '/api/assignments/:id/withdraw',       statuses: [401, 403, 403, 404, 401], target: 'shared' },
  { method: 'GET',  path: '/api/team',                           statuses: [401, 403, 403, 200, 401], target: 'none' },
  { method: 'GET',  path: '/api/team/invitations',               statuses: [401, 403, 403, 200, 401], target: 'none' },
  { method: 'POST', path: '/api/team/invitations',               statuses: [401, 403, 403, 201, 401], target: 'none', body: () => ({ role: 'trainee' }) },
  { method: 'POST', path: '/api/team/invitations/:id/revoke',    statuses: [401, 403, 403, 404, 401], target: 'shared' },
  { method: 'POST', path: '/api/team/invitations/:id/reissue',   statuses: [401, 403, 403, 404, 401], target: 'shared' },
  { method: 'POST', path: '/api/team/members/:id/deactivate',    statuses: [401, 403, 403, 404, 401], target: 'shared' },
  { method: 'POST', path: '/api/team/members/:id/reactivate',    statuses: [401, 403, 403, 404, 401], target: 'shared' },
  { method: 'POST', path: '/api/team/members/:id/password-reset', statuses: [401, 403, 403, 404, 401], target: 'shared' },
  // Invitation links are public: an unknown token is 404 whoever asks.
  { method: 'POST', path: '/api/invitations/lookup',             statuses: [404, 404, 404, 404, 404], target: 'none', body: () => ({ token: 'not-a-real-invitation-token' }) },
  { method: 'POST', path: '/api/invitations/accept',             statuses: [404, 404, 404, 404, 404], target: 'none', body: () => ({ token: 'not-a-real-invitation-token', name: 'Intruder', email: `${randomUUID()}@example.test`, password: 'a long unusual passphrase' }) },
  { method: 'GET',  path: '/api/results/dashboard',              statuses: [401, 403, 403, 200, 401], target: 'none' },
  { method: 'GET',  path: '/api/results/sessions',               statuses: [401, 403, 403, 200, 401], target: 'none' },
  { method: 'GET',  path: '/api/results/sessions/:id',           statuses: [401, 403, 403, 200, 401], target: 'shared' },
  { method: 'GET',  path: '/api/results/export/sessions.csv',    statuses: [401, 403, 403, 200, 401], target: 'none' },
  { method: 'GET',  path: '/api/results/export/turns.csv',       statuses: [401, 403, 403, 200, 401], target: 'none' },
  // A trainee may download their own call; another trainee's answers like one that does not exist.
  { method: 'GET',  path: '/api/results/sessions/:id/transcript.json', statuses: [401, 200, 404, 200, 401], target: 'shared' },
  { method: 'GET',  path: '/api/reviews/agreement',              statuses: [401, 403, 403, 200, 401], target: 'none' },
  { method: 'PUT',  path: '/api/reviews/:turnId/:criterionId',   statuses: [401, 403, 403, 200, 401], target: 'shared', body: () => ({ score: 1, comment: 'Matrix check' }) },
  // After the trainer's review above, so the trainer withdraws it.
  { method: 'DELETE', path: '/api/reviews/:turnId/:criterionId', statuses: [401, 403, 403, 204, 401], target: 'shared' },
  { method: 'GET',  path: '/healthz',                            statuses: [200, 200, 200, 200, 200], target: 'none' },
  { method: 'GET',  path: '/readyz',                             statuses: [200, 200, 200, 200, 200], target: 'none' },
  // Metrics take a bearer token, never a sign-in: no user's cookie opens them (the token is tested below).
  { method: 'GET',  path: '/metrics',                            statuses: [401, 401, 401, 401, 401], target: 'none' },
  { method: 'GET',  path: '/setup',                              statuses: [200, 200, 200, 200, 200], target: 'none' },
  { method: 'GET',  path: '/setup/setup.css',                    statuses: [200, 200, 200, 200, 200], target: 'none' },
  { method: 'GET',  path: '/setup/setup.js',                     statuses: [200, 200, 200, 200, 200], target: 'none' },
]

/**
 * `ALL` entries in `app.routes` are middleware scopes, not routes: secure headers, the request log
 * and the web app's page fallback (`/*`), the origin check and body limit (`/api/*`), and the
 * sign-in requirement of each resource's sub-app. A new one must be added here on purpose.
 */
const middlewareScopes = ['/*', '/api/*', '/api/personas/*', '/api/sessions/*', '/api/turns/*', '/api/team/*', '/api/reviews/*']

const statusCodes: Record<number, string> = { 401: 'unauthorized', 403: 'forbidden', 404: 'not_found' }

let credentials: Partial<Record<Principal, { email: string; password: string }>> = {}
function credentialsOf(principal: Principal) {
  return credentials[principal] ?? { email: `nobody-${randomUUID()}@example.test`, password: 'not the password' }
}

interface Call {
  sessionId: string
  turnId: string
  customerTurnId: string
}

describe('authorisation matrix: every route × anonymous, owner, other trainee, trainer, deactivated user', () => {
  let fake: FakeOpenAi
  let testApp: TestApp
  const cookies: Partial<Record<Principal, string>> = {}
  /** A cookie of the deactivated user kept for the logout cell (logging out ends the cookie it uses). */
  let spareDeactivatedCookie: string
  let shared: Call
  let otherTraineeCall: Call
  let deactivatedUsersCall: string

  beforeAll(async () => {
    fake = await startFakeOpenAi()
    fake.setDefault('stream', { stream: 'Go on then.' })
    fake.setDefault('object', { json: { criteria: [], betterReply: 'Name what went wrong first.' } })
    testApp = await createTestApp({ fake, environment: { TURN_RATE_LIMIT_PER_MINUTE: '1000', METRICS_TOKEN: metricsToken } })
    const owner = await testApp.createUserAndSignIn('trainee', 'Trainee A')
    const other = await testApp.createUserAndSignIn('trainee', 'Trainee B')
    const trainer = await testApp.createUserAndSignIn('trainer', 'Team Lead')
    const deactivated = await testApp.createUserAndSignIn('trainee', 'Former Trainee')
    credentials = { owner, 'other trainee': other, trainer, deactivated }
    Object.assign(cookies, { owner: owner.cookie, 'other trainee': other.cookie, trainer: trainer.cookie, deactivated: deactivated.cookie })
    spareDeactivatedCookie = await testApp.signIn(deactivated.email, deactivated.password)
    shared = await startCall(owner.cookie, true)
    otherTraineeCall = await startCall(other.cookie, true)
    deactivatedUsersCall = (await startCall(deactivated.cookie, false)).sessionId
    // Switched off after signing in: the cookie is still a valid token, the account is not.
    await testApp.database.db.update(users).set({ active: false }).where(eq(users.id, deactivated.user.id))
  })
  afterAll(async () => {
    await testApp.close()
    await fake.close()
  })

  async function startCall(cookie: string, withTurn: boolean): Promise<Call> {
    const response = await testApp.request('/api/sessions', { cookie, body: { personaId: hostileBroadbandCallbacks.id } })
    expect(response.status).toBe(201)
    const view = await response.json()
    const call = { sessionId: view.session.id as string, turnId: '', customerTurnId: view.turns[0].id as string }
    if (withTurn) {
      const events = await readEvents(
        await testApp.request(`/api/sessions/${call.sessionId}/turns`, { cookie, body: { clientTurnId: `setup-${randomUUID()}`, text: turnText } }),
      )
      expect(events.map((event) => event.event)).toContain('reply-end')
      call.turnId = events[0]!.data.turnId
    }
    return call
  }

  const ownerView = async (sessionId: string) => (await testApp.request(`/api/sessions/${sessionId}`, { cookie: cookies.owner })).text()

  async function cookieFor(row: RouteRow, principal: Principal): Promise<string | undefined> {
    if (principal === 'anonymous') return undefined
    if (row.path !== '/api/auth/logout') return cookies[principal]
    // Logging out ends the cookie it is sent with, so each cell logs out a sign-in of its own.
    if (principal === 'deactivated') return spareDeactivatedCookie
    const { email, password } = credentials[principal]!
    return testApp.signIn(email, password)
  }

  async function targetFor(row: RouteRow): Promise<Call | null> {
    if (row.target === 'none') return null
    if (row.target === 'shared') return shared
    return startCall(cookies.owner!, row.target === 'fresh turn')
  }

  function pathFor(row: RouteRow, call: Call | null): string {
    if (!call) return row.path.replace(':version', '1') + (row.query ?? '')
    const id = row.path.startsWith('/api/turns/') ? call.turnId : call.sessionId
    return row.path.replace(':id', id).replace(':turnId', call.turnId).replace(':criterionId', 'acknowledge') + (row.query ?? '')
  }

  const cells = matrix.flatMap((row) => principals.map((principal, index) => [`${row.method} ${row.path}`, principal, row.statuses[index]!, row] as const))

  it.each(cells)('%s as %s answers %i', async (_route, principal, status, row) => {
    const call = await targetFor(row)
    const cookie = await cookieFor(row, principal)
    const viewBefore = call ? await ownerView(call.sessionId) : null
    const modelRequestsBefore = fake.requests.length
    const response = await testApp.request(pathFor(row, call), { method: row.method, cookie, body: row.body?.(principal) })
    const text = await response.text()
    expect(response.status, text.slice(0, 300)).toBe(status)
    if (status >= 400) {
      const { error } = JSON.parse(text)
      expect(error).toEqual({ code: expect.any(String), message: expect.any(String) })
      if (statusCodes[status]) expect(error.code.split(':')[0]).toBe(statusCodes[status])
      // A refusal shows nothing of the call, changes nothing in it and costs no model call.
      expect(text).not.toContain(turnText)
      if (call) expect(await ownerView(call.sessionId)).toBe(viewBefore)
      expect(fake.requests.length).toBe(modelRequestsBefore)
    }
    if (row.path === '/api/auth/logout' && cookie) {
      expect((await testApp.request('/api/me', { cookie })).status).toBe(401)
    }
  })

  it('the table lists every route the app registers, and nothing else', () => {
    const routes = testApp.app.routes
    const registered = new Set(routes.filter((route) => route.method !== 'ALL').map((route) => `${route.method} ${route.path}`))
    expect([...registered].sort()).toEqual(matrix.map((row) => `${row.method} ${row.path}`).sort())
    const scopes = new Set(routes.filter((route) => route.method === 'ALL').map((route) => route.path))
    expect([...scopes].sort()).toEqual([...middlewareScopes].sort())
  })

  it('checks at least 5 principals on every route', () => {
    expect(cells.length).toBe(matrix.length * principals.length)
    expect(cells.length).toBeGreaterThanOrEqual(95)
  })

  describe('IDOR attempts', () => {
    it("another trainee's call answers exactly like a call that does not exist, on every call route", async () => {
      const cookie = cookies['other trainee']
      const attempts = [
        { method: 'GET', path: (id: string) => `/api/sessions/${id}` },
        { method: 'POST', path: (id: string) => `/api/sessions/${id}/end`, body: { reason: 'other' } },
        { method: 'POST', path: (id: string) => `/api/sessions/${id}/turns`, body: { clientTurnId: 'idor-probe-1', text: 'hello' } },
        { method: 'POST', path: (id: string) => `/api/sessions/${id}/turns/${shared.turnId}/rewind` },
      ]
      for (const attempt of attempts) {
        const foreign = await testApp.request(attempt.path(shared.sessionId), { method: attempt.method, cookie, body: attempt.body })
        const missing = await testApp.request(attempt.path(randomUUID()), { method: attempt.method, cookie, body: attempt.body })
        expect(foreign.status).toBe(404)
        expect(await foreign.json()).toEqual(await missing.json())
      }
      const foreignTurn = await testApp.request(`/api/turns/${shared.turnId}/regrade`, { method: 'POST', cookie })
      const missingTurn = await testApp.request(`/api/turns/${randomUUID()}/regrade`, { method: 'POST', cookie })
      expect(foreignTurn.status).toBe(404)
      expect(await foreignTurn.json()).toEqual(await missingTurn.json())
    })

    it("a trainee cannot rewind another trainee's turn through a call of their own", async () => {
      const before = await ownerView(shared.sessionId)
      const response = await testApp.request(`/api/sessions/${otherTraineeCall.sessionId}/turns/${shared.turnId}/rewind`, {
        method: 'POST',
        cookie: cookies['other trainee'],
      })
      expect(response.status).toBe(404)
      expect((await response.json()).error.code).toBe('not_found:turn')
      expect(await ownerView(shared.sessionId)).toBe(before)
      // Nor their own turn through someone else's call.
      const crossed = await testApp.request(`/api/sessions/${shared.sessionId}/turns/${otherTraineeCall.turnId}/rewind`, { method: 'POST', cookie: cookies.owner })
      expect(crossed.status).toBe(404)
      expect((await crossed.json()).error.code).toBe('not_found:turn')
    })

    it("grades: only the owner and trainers see a call's grades; lists show only one's own calls", async () => {
      const ownerState = await (await testApp.request(`/api/sessions/${shared.sessionId}`, { cookie: cookies.owner })).json()
      const graded = ownerState.turns.find((turn: { id: string }) => turn.id === shared.turnId)
      expect(graded.grade).toBeTruthy()
      const trainerState = await (await testApp.request(`/api/sessions/${shared.sessionId}`, { cookie: cookies.trainer })).json()
      expect(trainerState.turns.find((turn: { id: string }) => turn.id === shared.turnId).grade).toEqual(graded.grade)
      const refused = await (await testApp.request(`/api/sessions/${shared.sessionId}`, { cookie: cookies['other trainee'] })).text()
      expect(refused).not.toContain('"grade"')
      for (const principal of ['other trainee', 'trainer'] as const) {
        const { sessions } = await (await testApp.request('/api/sessions', { cookie: cookies[principal] })).json()
        expect(sessions.map((session: { id: string }) => session.id)).not.toContain(shared.sessionId)
      }
    })

    it('regrade refuses a customer turn to the owner and hides it from another trainee', async () => {
      const own = await testApp.request(`/api/turns/${shared.customerTurnId}/regrade`, { method: 'POST', cookie: cookies.owner })
      expect(own.status).toBe(400)
      expect((await own.json()).error.code).toBe('bad_request:not_a_trainee_turn')
      const foreign = await testApp.request(`/api/turns/${shared.customerTurnId}/regrade`, { method: 'POST', cookie: cookies['other trainee'] })
      expect(foreign.status).toBe(404)
    })

    it('personas: cards never carry hidden facts or mood rules, and an archived persona cannot be started or listed', async () => {
      const archivedId = `archived-${randomUUID()}`
      await testApp.database.db.insert(personas).values({ id: archivedId, currentVersion: 1, archived: true })
      await testApp.database.db.insert(personaVersions).values({ personaId: archivedId, version: 1, spec: { ...hostileBroadbandCallbacks, id: archivedId } })
      for (const principal of ['owner', 'other trainee', 'trainer'] as const) {
        const body = await (await testApp.request('/api/personas', { cookie: cookies[principal] })).text()
        expect(body).not.toMatch(/hiddenFacts|sensitivities|earnedBy/)
        for (const fact of hostileBroadbandCallbacks.hiddenFacts) expect(body).not.toContain(fact.fact)
        expect(body).not.toContain(archivedId)
        for (const personaId of [archivedId, `${hostileBroadbandCallbacks.id}/../x`, 'no-such-persona']) {
          const response = await testApp.request('/api/sessions', { cookie: cookies[principal], body: { personaId } })
          expect(response.status).toBe(404)
          expect((await response.json()).error.code).toBe('not_found:persona')
        }
      }
    })

    it('a deactivated user can neither use their old cookie on their own call nor sign in again', async () => {
      const own = await testApp.request(`/api/sessions/${deactivatedUsersCall}`, { cookie: cookies.deactivated })
      expect(own.status).toBe(401)
      const login = await testApp.request('/api/auth/login', { body: credentials.deactivated })
      expect(login.status).toBe(401)
      expect(login.headers.get('set-cookie')).toBeNull()
      // The owner and a trainer still see it exists only as far as their role allows.
      expect((await testApp.request(`/api/sessions/${deactivatedUsersCall}`, { cookie: cookies.owner })).status).toBe(404)
      expect((await testApp.request(`/api/sessions/${deactivatedUsersCall}`, { cookie: cookies.trainer })).status).toBe(200)
    })

    it('metrics open with the bearer token alone, whatever the cookie', async () => {
      for (const principal of principals) {
        const headers = { authorization: `Bearer ${metricsToken}` }
        const response = await testApp.request('/metrics', { cookie: cookies[principal], headers })
        expect(response.status).toBe(200)
        expect(await response.text()).not.toContain(turnText)
        const wrong = await testApp.request('/metrics', { cookie: cookies[principal], headers: { authorization: `Bearer ${metricsToken}x` } })
        expect(wrong.status).toBe(401)
      }
    })

    it('a forged or altered session cookie is anonymous', async () => {
      const [name, token] = cookies.owner!.split('=') as [string, string]
      const altered = `${name}=${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`
      for (const cookie of [altered, `${name}=`, `${name}=${'0'.repeat(43)}`, `toughcall_session=${token}`]) {
        expect((await testApp.request('/api/me', { cookie })).status).toBe(401)
        expect((await testApp.request(`/api/sessions/${shared.sessionId}`, { cookie })).status).toBe(401)
      }
    })

    it('unknown API routes and methods answer 404 to everyone, and never fall through to the web app', async () => {
      for (const principal of principals) {
        const cookie = cookies[principal]
        for (const [method, path] of [
          ['GET', '/api/invites'],
          ['DELETE', '/api/me'],
          ['PUT', `/api/sessions/${shared.sessionId}`],
          ['DELETE', `/api/sessions/${shared.sessionId}`],
          ['GET', `/api/turns/${shared.turnId}`],
        ] as const) {
          const response = await testApp.request(path, { method, cookie })
          // The sessions and turns sub-apps require a sign-in before routing (401); everything else is 404.
          const signedIn = principal !== 'anonymous' && principal !== 'deactivated'
          const expected = signedIn || !/^\/api\/(sessions|turns)\//.test(path) ? 404 : 401
          expect(response.status, `${principal} ${method} ${path}`).toBe(expected)
          expect(response.headers.get('content-type')).toMatch(/application\/json/)
        }
      }
      expect(await ownerView(shared.sessionId)).toContain(turnText)
    })
  })
})
