import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../support/test-app'

const day = 24 * 3_600_000
const password = 'a long unusual passphrase'

/** The token from an invitation link's fragment. */
function tokenOf(link: string): string {
  return new URLSearchParams(new URL(link).hash.slice(1)).get('token') ?? ''
}

function cookieFrom(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!
}

describe('invitation api', () => {
  let testApp: TestApp
  let trainerCookie: string

  beforeEach(async () => {
    testApp = await createTestApp()
    trainerCookie = (await testApp.createUserAndSignIn('trainer', 'Lead Trainer')).cookie
  })
  afterEach(() => testApp.close())

  async function invite(body: { role: 'trainee' | 'trainer'; email?: string } = { role: 'trainee' }) {
    const response = await testApp.request('/api/team/invitations', { cookie: trainerCookie, body })
    expect(response.status).toBe(201)
    const created = (await response.json()) as { invitation: { id: string; status: string }; link: string }
    return { ...created, token: tokenOf(created.link) }
  }

  const lookup = (token: string, headers?: Record<string, string>) => testApp.request('/api/invitations/lookup', { body: { token }, headers })
  const accept = (body: Record<string, unknown>, cookie?: string) => testApp.request('/api/invitations/accept', { body, cookie })
  const freshEmail = () => `${randomUUID()}@example.test`
  const moveClock = (offsetMs: number) => {
    testApp.dependencies.clock = () => new Date(Date.now() + offsetMs)
  }

  it('post /team/invitations returns a /invite link with the token in the fragment, and lookup describes the invitation', async () => {
    const { link, token, invitation } = await invite({ role: 'trainee' })
    expect(link).toMatch(/^http:\/\/localhost\/invite#token=[\w-]{43}$/)
    expect(invitation.status).toBe('pending')
    const response = await lookup(token)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toEqual({ kind: 'invite', role: 'trainee', email: null, name: null, expiresAt: expect.any(String) })
    expect(new Date(body.expiresAt).getTime() - Date.now()).toBeGreaterThan(7 * day - 60_000)
    expect(new Date(body.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(7 * day)
  })

  it('the link starts with PUBLIC_URL when it is set', async () => {
    await testApp.close()
    testApp = await createTestApp({ environment: { PUBLIC_URL: 'https://train.example.com/' } })
    trainerCookie = (await testApp.createUserAndSignIn('trainer')).cookie
    const { link } = await invite()
    expect(link).toMatch(/^https:\/\/train\.example\.com\/invite#token=/)
  })

  it('accepting an invitation makes the account with the invited role and signs the invitee in', async () => {
    const { token, invitation } = await invite({ role: 'trainer' })
    const email = freshEmail()
    const response = await accept({ token, name: '  Dana Okafor ', email: email.toUpperCase(), password })
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ kind: 'invite', user: { id: expect.any(String), name: 'Dana Okafor', email, role: 'trainer' } })
    const me = await testApp.request('/api/me', { cookie: cookieFrom(response) })
    expect(me.status).toBe(200)
    expect((await me.json()).user).toMatchObject({ email, role: 'trainer' })
    // The new trainer is a trainer: the team routes open for them.
    expect((await testApp.request('/api/team', { cookie: cookieFrom(response) })).status).toBe(200)
    expect((await testApp.request('/api/auth/login', { body: { email, password } })).status).toBe(200)

    const list = await (await testApp.request('/api/team/invitations', { cookie: trainerCookie })).json()
    expect(list.invitations.find((row: { id: string }) => row.id === invitation.id)).toMatchObject({ status: 'used', user: { name: 'Dana Okafor', email } })
  })

  it('an invitation works once: accepting it again or looking it up answers conflict:invitation_used', async () => {
    const { token } = await invite()
    expect((await accept({ token, name: 'First', email: freshEmail(), password })).status).toBe(201)
    const secondEmail = freshEmail()
    const again = await accept({ token, name: 'Second', email: secondEmail, password })
    expect(again.status).toBe(409)
    expect((await again.json()).error).toMatchObject({ code: 'conflict:invitation_used', message: expect.stringMatching(/already been used/) })
    expect(again.headers.get('set-cookie')).toBeNull()
    expect((await testApp.request('/api/auth/login', { body: { email: secondEmail, password } })).status).toBe(401)
    expect((await lookup(token)).status).toBe(409)
  })

  it('two accepts of one link at the same moment make exactly one account', async () => {
    const { token } = await invite()
    const emails = [freshEmail(), freshEmail()]
    const responses = await Promise.all(emails.map((email, index) => accept({ token, name: `Racer ${index}`, email, password })))
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409])
    const logins = await Promise.all(emails.map((email) => testApp.request('/api/auth/login', { body: { email, password } })))
    expect(logins.map((response) => response.status).sort()).toEqual([200, 401])
  })

  it('an invitation works for 7 days and is then refused as forbidden:invitation_expired', async () => {
    const { token } = await invite()
    moveClock(7 * day - 60_000)
    expect((await lookup(token)).status).toBe(200)
    moveClock(7 * day + 60_000)
    const expired = await lookup(token)
    expect(expired.status).toBe(403)
    expect((await expired.json()).error).toMatchObject({ code: 'forbidden:invitation_expired', message: expect.stringMatching(/expired.*7 days/) })
    const accepted = await accept({ token, name: 'Late', email: freshEmail(), password })
    expect(accepted.status).toBe(403)
    expect((await accepted.json()).error.code).toBe('forbidden:invitation_expired')
  })

  it('a revoked invitation is refused as forbidden:invitation_revoked, and shows as revoked', async () => {
    const { token, invitation } = await invite()
    const revoked = await testApp.request(`/api/team/invitations/${invitation.id}/revoke`, { method: 'POST', cookie: trainerCookie })
    expect(revoked.status).toBe(200)
    expect((await revoked.json()).invitation).toMatchObject({ id: invitation.id, status: 'revoked', revokedAt: expect.any(String) })
    const looked = await lookup(token)
    expect(looked.status).toBe(403)
    expect((await looked.json()).error.code).toBe('forbidden:invitation_revoked')
    expect((await accept({ token, name: 'Too late', email: freshEmail(), password })).status).toBe(403)
  })

  it('a used invitation cannot be revoked', async () => {
    const { token, invitation } = await invite()
    expect((await accept({ token, name: 'Joined', email: freshEmail(), password })).status).toBe(201)
    const revoked = await testApp.request(`/api/team/invitations/${invitation.id}/revoke`, { method: 'POST', cookie: trainerCookie })
    expect(revoked.status).toBe(409)
    expect((await revoked.json()).error.code).toBe('conflict:invitation_used')
  })

  it('re-issuing revokes the old link and returns a fresh one with the same role and email', async () => {
    const email = freshEmail()
    const first = await invite({ role: 'trainer', email })
    const response = await testApp.request(`/api/team/invitations/${first.invitation.id}/reissue`, { method: 'POST', cookie: trainerCookie })
    expect(response.status).toBe(201)
    const second = await response.json()
    const secondToken = tokenOf(second.link)
    expect(secondToken).not.toBe(first.token)
    expect(second.invitation).toMatchObject({ role: 'trainer', email, status: 'pending' })
    expect(second.invitation.id).not.toBe(first.invitation.id)
    expect((await (await lookup(first.token)).json()).error.code).toBe('forbidden:invitation_revoked')
    expect(await (await lookup(secondToken)).json()).toMatchObject({ kind: 'invite', role: 'trainer', email })
    const list = await (await testApp.request('/api/team/invitations', { cookie: trainerCookie })).json()
    const statusOf = (id: string) => list.invitations.find((row: { id: string }) => row.id === id)?.status
    expect([statusOf(first.invitation.id), statusOf(second.invitation.id)]).toEqual(['revoked', 'pending'])
  })

  it('re-issuing an expired invitation gives a link that works', async () => {
    // Made eight days ago (sign-ins don't survive moving the clock forward, so the invitation goes back instead).
    moveClock(-8 * day)
    const { token, invitation } = await invite()
    moveClock(0)
    expect((await lookup(token)).status).toBe(403)
    const reissued = await testApp.request(`/api/team/invitations/${invitation.id}/reissue`, { method: 'POST', cookie: trainerCookie })
    expect(reissued.status).toBe(201)
    const { link } = await reissued.json()
    expect((await accept({ token: tokenOf(link), name: 'Back from leave', email: freshEmail(), password })).status).toBe(201)
  })

  it('an invitation bound to an email makes an account for that address only', async () => {
    const email = freshEmail()
    const { token } = await invite({ role: 'trainee', email })
    expect(await (await lookup(token)).json()).toMatchObject({ email })
    const wrong = await accept({ token, name: 'Someone else', email: freshEmail(), password })
    expect(wrong.status).toBe(400)
    expect((await wrong.json()).error).toMatchObject({
      code: 'validation_failed',
      details: { issues: [{ path: ['email'], message: expect.stringContaining(email) }] },
    })
    // The refused attempt did not use up the link; leaving the email out takes the bound one.
    const right = await accept({ token, name: 'Intended Person', password })
    expect(right.status).toBe(201)
    expect((await right.json()).user.email).toBe(email)
  })

  it('accept checks each field where it is wrong, and a refused accept leaves the link usable', async () => {
    const { token } = await invite()
    const issuesOf = async (response: Response) => ((await response.json()).error.details.issues as { path: string[] }[]).map((issue) => issue.path.join('.'))
    const commonPassword = await accept({ token, name: 'Pat', email: freshEmail(), password: 'password' })
    expect(commonPassword.status).toBe(400)
    expect(await issuesOf(commonPassword)).toEqual(['password'])
    const short = await accept({ token, name: 'Pat', email: freshEmail(), password: 'short' })
    expect(await issuesOf(short)).toEqual(['password'])
    const noName = await accept({ token, email: freshEmail(), password })
    expect(await issuesOf(noName)).toEqual(['name'])
    const noEmail = await accept({ token, name: 'Pat', password })
    expect(await issuesOf(noEmail)).toEqual(['email'])
    const badEmail = await accept({ token, name: 'Pat', email: 'not-an-email', password })
    expect(await issuesOf(badEmail)).toEqual(['email'])
    expect((await lookup(token)).status).toBe(200)
    expect((await accept({ token, name: 'Pat', email: freshEmail(), password })).status).toBe(201)
  })

  it('an address that already has an account can be neither invited nor used to accept', async () => {
    const existing = await testApp.createUserAndSignIn('trainee')
    const invited = await testApp.request('/api/team/invitations', { cookie: trainerCookie, body: { role: 'trainee', email: existing.email } })
    expect(invited.status).toBe(409)
    expect((await invited.json()).error.code).toBe('conflict:email_taken')
    const { token } = await invite()
    const accepted = await accept({ token, name: 'Duplicate', email: existing.email.toUpperCase(), password })
    expect(accepted.status).toBe(409)
    expect((await accepted.json()).error.code).toBe('conflict:email_taken')
    expect((await lookup(token)).status).toBe(200)
  })

  it('an unknown token answers not_found:invitation on lookup and accept', async () => {
    const looked = await lookup('x'.repeat(43))
    expect(looked.status).toBe(404)
    expect((await looked.json()).error).toMatchObject({ code: 'not_found:invitation', message: expect.stringMatching(/not valid/) })
    expect((await accept({ token: 'x'.repeat(43), name: 'Nobody', email: freshEmail(), password })).status).toBe(404)
  })

  it('accepting a link in a browser signed in as someone else signs that session out', async () => {
    const { token } = await invite()
    const response = await accept({ token, name: 'New Starter', email: freshEmail(), password }, trainerCookie)
    expect(response.status).toBe(201)
    expect((await testApp.request('/api/me', { cookie: trainerCookie })).status).toBe(401)
    expect((await testApp.request('/api/me', { cookie: cookieFrom(response) })).status).toBe(200)
  })

  it('the token never reaches the logs; team changes are logged by id', async () => {
    await testApp.close()
    const lines: string[] = []
    testApp = await createTestApp({ logger: (level, message, fields) => lines.push(JSON.stringify({ level, message, ...fields })) })
    trainerCookie = (await testApp.createUserAndSignIn('trainer')).cookie
    const email = freshEmail()
    const { token, invitation } = await invite({ role: 'trainee', email })
    await lookup(token)
    const accepted = await accept({ token, name: 'Logged Person', password })
    expect(accepted.status).toBe(201)
    const log = lines.join('\n')
    expect(log).not.toContain(token)
    expect(log).not.toContain(email)
    expect(log).toContain(invitation.id)
    expect(lines.map((line) => JSON.parse(line).message)).toEqual(expect.arrayContaining(['invitation created', 'invitation accepted']))
  })

  it('lookup and accept are rate limited per address', async () => {
    await testApp.close()
    // Ten attempts a minute per address (ten sign-ins' worth at a limit of one).
    testApp = await createTestApp({ environment: { TRUST_PROXY: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1' } })
    trainerCookie = (await testApp.createUserAndSignIn('trainer')).cookie
    const { token } = await invite()
    // The limit counts per minute window: with the clock held still, the eleven attempts cannot straddle two windows.
    const now = new Date()
    testApp.dependencies.clock = () => now
    const address = { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250)}` }
    const statuses: number[] = []
    for (let attempt = 0; attempt < 10; attempt += 1) statuses.push((await lookup(token, address)).status)
    expect(statuses.every((status) => status === 200)).toBe(true)
    const limited = await testApp.request('/api/invitations/accept', { body: { token, name: 'Flood', email: freshEmail(), password }, headers: address })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    expect((await limited.json()).error.code).toBe('rate_limited')
    expect((await lookup(token, { 'x-forwarded-for': '198.51.100.7' })).status).toBe(200)
  })
})
