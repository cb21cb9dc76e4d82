import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hostileBroadbandCallbacks } from '../../../src/personas/builtin/hostile-broadband-callbacks'
import { createTestApp, type TestApp } from '../../support/test-app'

const hour = 3_600_000
const newPassword = 'a brand new passphrase'

function tokenOf(link: string): string {
  return new URLSearchParams(new URL(link).hash.slice(1)).get('token') ?? ''
}

function cookieFrom(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!
}

interface Member {
  id: string
  name: string
  email: string
  role: string
  active: boolean
  calls: number
  lastActiveAt: string | null
  isYou: boolean
}

describe('team api', () => {
  let testApp: TestApp
  let trainer: Awaited<ReturnType<TestApp['createUserAndSignIn']>>

  beforeEach(async () => {
    testApp = await createTestApp()
    trainer = await testApp.createUserAndSignIn('trainer', 'Lead Trainer')
  })
  afterEach(() => testApp.close())

  const post = (path: string, cookie = trainer.cookie, body: unknown = {}) => testApp.request(path, { cookie, body })
  const membersOf = async (cookie = trainer.cookie) => ((await (await testApp.request('/api/team', { cookie })).json()) as { members: Member[] }).members
  const memberById = async (id: string) => (await membersOf()).find((member) => member.id === id)

  async function playOneCall(cookie: string) {
    const created = await testApp.request('/api/sessions', { cookie, body: { personaId: hostileBroadbandCallbacks.id, mode: 'scripted' } })
    expect(created.status).toBe(201)
    return ((await created.json()) as { session: { id: string } }).session.id
  }

  it('a trainee gets 403 and an anonymous visitor 401 on every /api/team route', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee')
    const created = await (await post('/api/team/invitations', trainer.cookie, { role: 'trainee' })).json()
    const invitationId = created.invitation.id as string
    const routes: { method: 'GET' | 'POST'; path: string; body?: unknown }[] = [
      { method: 'GET', path: '/api/team' },
      { method: 'GET', path: '/api/team/invitations' },
      { method: 'POST', path: '/api/team/invitations', body: { role: 'trainer' } },
      { method: 'POST', path: `/api/team/invitations/${invitationId}/revoke` },
      { method: 'POST', path: `/api/team/invitations/${invitationId}/reissue` },
      { method: 'POST', path: `/api/team/members/${trainer.user.id}/deactivate` },
      { method: 'POST', path: `/api/team/members/${trainer.user.id}/reactivate` },
      { method: 'POST', path: `/api/team/members/${trainer.user.id}/password-reset` },
    ]
    for (const route of routes) {
      const init = { method: route.method, body: route.method === 'POST' ? (route.body ?? {}) : undefined }
      const asTrainee = await testApp.request(route.path, { ...init, cookie: trainee.cookie })
      expect([`${route.method} ${route.path}`, asTrainee.status]).toEqual([`${route.method} ${route.path}`, 403])
      expect((await asTrainee.json()).error.code).toBe('forbidden')
      const anonymous = await testApp.request(route.path, init)
      expect([`${route.method} ${route.path}`, anonymous.status]).toEqual([`${route.method} ${route.path}`, 401])
    }
    // Nothing the trainee tried took effect.
    expect((await memberById(trainer.user.id))?.active).toBe(true)
    const invitations = (await (await testApp.request('/api/team/invitations', { cookie: trainer.cookie })).json()).invitations
    expect(invitations.find((row: { id: string }) => row.id === invitationId).status).toBe('pending')
    expect(invitations.filter((row: { role: string; createdBy: { id: string } }) => row.createdBy.id === trainee.user.id)).toEqual([])
  })

  it('get /team lists every member with role, status, calls made and last activity, never a password hash', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee', 'Sam Trainee')
    await playOneCall(trainee.cookie)
    await playOneCall(trainee.cookie)
    const response = await testApp.request('/api/team', { cookie: trainer.cookie })
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).not.toMatch(/password|scrypt/i)
    const { members } = JSON.parse(text) as { members: Member[] }
    expect(members.find((member) => member.id === trainee.user.id)).toEqual({
      id: trainee.user.id,
      name: 'Sam Trainee',
      email: trainee.email,
      role: 'trainee',
      active: true,
      createdAt: expect.any(String),
      lastActiveAt: expect.any(String),
      calls: 2,
      isYou: false,
    })
    expect(members.find((member) => member.id === trainer.user.id)).toMatchObject({ role: 'trainer', calls: 0, isYou: true })
  })

  it('get /team/invitations lists each link with its status and who made it, never its token', async () => {
    const day = 24 * hour
    testApp.dependencies.clock = () => new Date(Date.now() - 8 * day)
    const expired = await (await post('/api/team/invitations', trainer.cookie, { role: 'trainee' })).json()
    testApp.dependencies.clock = () => new Date()
    const pending = await (await post('/api/team/invitations', trainer.cookie, { role: 'trainer', email: 'new.trainer@example.test' })).json()
    const revoked = await (await post('/api/team/invitations', trainer.cookie, { role: 'trainee' })).json()
    await post(`/api/team/invitations/${revoked.invitation.id}/revoke`)
    const used = await (await post('/api/team/invitations', trainer.cookie, { role: 'trainee' })).json()
    await testApp.request('/api/invitations/accept', { body: { token: tokenOf(used.link), name: 'Joined', email: `joined-${Date.now()}@example.test`, password: newPassword } })

    const response = await testApp.request('/api/team/invitations', { cookie: trainer.cookie })
    expect(response.status).toBe(200)
    const text = await response.text()
    for (const created of [expired, pending, revoked, used]) {
      expect(text).not.toContain(tokenOf(created.link))
    }
    expect(text).not.toMatch(/token/i)
    const { invitations } = JSON.parse(text) as { invitations: { id: string; status: string; createdBy: { name: string } }[] }
    const statusOf = (id: string) => invitations.find((row) => row.id === id)?.status
    expect([expired, pending, revoked, used].map((created) => statusOf(created.invitation.id))).toEqual(['expired', 'pending', 'revoked', 'used'])
    expect(invitations.find((row) => row.id === pending.invitation.id)).toMatchObject({
      kind: 'invite',
      role: 'trainer',
      email: 'new.trainer@example.test',
      createdBy: { id: trainer.user.id, name: 'Lead Trainer' },
      user: null,
    })
  })

  it('post /team/invitations checks the role and email at the field', async () => {
    const response = await post('/api/team/invitations', trainer.cookie, { role: 'admin', email: 'nope' })
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error.code).toBe('validation_failed')
    expect(error.details.issues.map((issue: { path: string[] }) => issue.path.join('.')).sort()).toEqual(['email', 'role'])
  })

  it('deactivating an account ends its sign-ins and blocks signing in, but keeps its calls; reactivating lets it back in', async () => {
    const trainee = await testApp.createUserAndSignIn('trainee', 'Leaving Trainee')
    const sessionId = await playOneCall(trainee.cookie)
    const response = await post(`/api/team/members/${trainee.user.id}/deactivate`)
    expect(response.status).toBe(200)
    expect((await response.json()).member).toMatchObject({ id: trainee.user.id, active: false, calls: 1 })

    expect((await testApp.request('/api/me', { cookie: trainee.cookie })).status).toBe(401)
    expect((await testApp.request('/api/sessions', { cookie: trainee.cookie })).status).toBe(401)
    const login = await testApp.request('/api/auth/login', { body: { email: trainee.email, password: trainee.password } })
    expect(login.status).toBe(401)
    expect((await login.json()).error.code).toBe('unauthorized:bad_credentials')
    // The calls stay, for the trainer to review.
    expect((await testApp.request(`/api/sessions/${sessionId}`, { cookie: trainer.cookie })).status).toBe(200)
    expect(await memberById(trainee.user.id)).toMatchObject({ active: false, calls: 1 })

    const reactivated = await post(`/api/team/members/${trainee.user.id}/reactivate`)
    expect(reactivated.status).toBe(200)
    expect((await reactivated.json()).member).toMatchObject({ active: true })
    // Their old sign-in stays ended; a new one works.
    expect((await testApp.request('/api/me', { cookie: trainee.cookie })).status).toBe(401)
    expect((await testApp.request('/api/auth/login', { body: { email: trainee.email, password: trainee.password } })).status).toBe(200)
  })

  it('a trainer cannot deactivate their own account', async () => {
    const response = await post(`/api/team/members/${trainer.user.id}/deactivate`)
    expect(response.status).toBe(403)
    expect((await response.json()).error.code).toBe('forbidden:own_account')
    expect((await testApp.request('/api/me', { cookie: trainer.cookie })).status).toBe(200)
  })

  it('two trainers deactivating each other at the same moment leave one of them active', async () => {
    await testApp.close()
    testApp = await createTestApp({ freshDatabase: true })
    const first = await testApp.createUserAndSignIn('trainer', 'First Trainer')
    const second = await testApp.createUserAndSignIn('trainer', 'Second Trainer')
    const responses = await Promise.all([
      post(`/api/team/members/${second.user.id}/deactivate`, first.cookie),
      post(`/api/team/members/${first.user.id}/deactivate`, second.cookie),
    ])
    expect(responses.filter((response) => response.status === 200)).toHaveLength(1)
    const refused = responses.find((response) => response.status !== 200)!
    // Refused as the last trainer, or because the caller was deactivated first.
    expect([409, 401]).toContain(refused.status)
    const stillIn = await Promise.all([first.cookie, second.cookie].map(async (cookie) => (await testApp.request('/api/me', { cookie })).status))
    expect(stillIn.sort()).toEqual([200, 401])
  })

  it('unknown ids answer 404', async () => {
    for (const path of ['/api/team/members/nobody/deactivate', '/api/team/members/nobody/reactivate', '/api/team/members/nobody/password-reset']) {
      const response = await post(path)
      expect([path, response.status, (await response.json()).error.code]).toEqual([path, 404, 'not_found:member'])
    }
    for (const path of ['/api/team/invitations/nothing/revoke', '/api/team/invitations/nothing/reissue']) {
      const response = await post(path)
      expect([path, response.status, (await response.json()).error.code]).toEqual([path, 404, 'not_found:invitation'])
    }
  })

  describe('password reset', () => {
    async function issueReset(userId: string) {
      const response = await post(`/api/team/members/${userId}/password-reset`)
      expect(response.status).toBe(201)
      const body = (await response.json()) as { invitation: { id: string; kind: string; status: string; user: { id: string } }; link: string }
      return { ...body, token: tokenOf(body.link) }
    }
    const accept = (body: Record<string, unknown>) => testApp.request('/api/invitations/accept', { body })

    it('the link sets a new password, ends the account\'s other sign-ins and signs in on this browser', async () => {
      const trainee = await testApp.createUserAndSignIn('trainee', 'Forgetful Trainee')
      const { token, link, invitation } = await issueReset(trainee.user.id)
      expect(link).toMatch(/\/invite#token=/)
      expect(invitation).toMatchObject({ kind: 'password_reset', status: 'pending', user: { id: trainee.user.id, name: 'Forgetful Trainee' } })

      const looked = await testApp.request('/api/invitations/lookup', { body: { token } })
      expect(await looked.json()).toMatchObject({ kind: 'password_reset', role: 'trainee', email: trainee.email, name: 'Forgetful Trainee' })

      const accepted = await accept({ token, password: newPassword })
      expect(accepted.status).toBe(200)
      expect(await accepted.json()).toEqual({ kind: 'password_reset', user: { id: trainee.user.id, name: 'Forgetful Trainee', email: trainee.email, role: 'trainee' } })
      expect((await testApp.request('/api/me', { cookie: cookieFrom(accepted) })).status).toBe(200)
      expect((await testApp.request('/api/me', { cookie: trainee.cookie })).status).toBe(401)
      expect((await testApp.request('/api/auth/login', { body: { email: trainee.email, password: trainee.password } })).status).toBe(401)
      expect((await testApp.request('/api/auth/login', { body: { email: trainee.email, password: newPassword } })).status).toBe(200)

      const again = await accept({ token, password: 'yet another passphrase' })
      expect(again.status).toBe(409)
      expect((await again.json()).error.code).toBe('conflict:invitation_used')
    })

    it('a reset link works for 24 hours', async () => {
      const trainee = await testApp.createUserAndSignIn('trainee')
      const { token } = await issueReset(trainee.user.id)
      testApp.dependencies.clock = () => new Date(Date.now() + 23 * hour)
      expect((await testApp.request('/api/invitations/lookup', { body: { token } })).status).toBe(200)
      testApp.dependencies.clock = () => new Date(Date.now() + 25 * hour)
      const expired = await accept({ token, password: newPassword })
      expect(expired.status).toBe(403)
      expect((await expired.json()).error).toMatchObject({ code: 'forbidden:invitation_expired', message: expect.stringMatching(/24 hours/) })
      testApp.dependencies.clock = () => new Date()
      expect((await testApp.request('/api/auth/login', { body: { email: trainee.email, password: trainee.password } })).status).toBe(200)
    })

    it('a new reset link revokes the earlier one', async () => {
      const trainee = await testApp.createUserAndSignIn('trainee')
      const first = await issueReset(trainee.user.id)
      const second = await issueReset(trainee.user.id)
      const old = await accept({ token: first.token, password: newPassword })
      expect(old.status).toBe(403)
      expect((await old.json()).error.code).toBe('forbidden:invitation_revoked')
      expect((await accept({ token: second.token, password: newPassword })).status).toBe(200)
    })

    it('a deactivated account gets no reset link, and a link issued before deactivation waits for reactivation', async () => {
      const trainee = await testApp.createUserAndSignIn('trainee', 'Paused Trainee')
      const { token } = await issueReset(trainee.user.id)
      await post(`/api/team/members/${trainee.user.id}/deactivate`)
      const refused = await post(`/api/team/members/${trainee.user.id}/password-reset`)
      expect(refused.status).toBe(409)
      expect((await refused.json()).error).toMatchObject({ code: 'conflict:account_inactive', message: expect.stringContaining('Paused Trainee') })

      const accepted = await accept({ token, password: newPassword })
      expect(accepted.status).toBe(403)
      expect((await accepted.json()).error.code).toBe('forbidden:account_inactive')
      expect(accepted.headers.get('set-cookie')).toBeNull()

      await post(`/api/team/members/${trainee.user.id}/reactivate`)
      expect((await accept({ token, password: newPassword })).status).toBe(200)
    })

    it('re-issuing a reset link gives a fresh link for the same account', async () => {
      const trainee = await testApp.createUserAndSignIn('trainee', 'Reissued Trainee')
      const first = await issueReset(trainee.user.id)
      const reissued = await post(`/api/team/invitations/${first.invitation.id}/reissue`)
      expect(reissued.status).toBe(201)
      const body = await reissued.json()
      expect(body.invitation).toMatchObject({ kind: 'password_reset', user: { id: trainee.user.id, name: 'Reissued Trainee' } })
      expect((await accept({ token: first.token, password: newPassword })).status).toBe(403)
      expect((await accept({ token: tokenOf(body.link), password: newPassword })).status).toBe(200)
    })
  })
})
