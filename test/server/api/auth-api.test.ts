import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { issueFirstTrainerLink } from '../../../src/server/auth/accounts'
import { createTestApp, type TestApp } from '../../support/test-app'

describe('auth api', () => {
  let testApp: TestApp
  beforeEach(async () => {
    testApp = await createTestApp({ environment: { LOGIN_RATE_LIMIT_PER_MINUTE: '5' } })
  })
  afterEach(() => testApp.close())

  it('post /auth/login sets an HttpOnly __Host- cookie and /me returns the user', async () => {
    const { email, password } = await testApp.createUserAndSignIn('trainee', 'Priya Shah')
    const response = await testApp.request('/api/auth/login', { body: { email: email.toUpperCase(), password } })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie')!
    expect(cookie).toMatch(/^__Host-toughcall_session=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/Secure/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).toMatch(/Path=\//)
    const me = await testApp.request('/api/me', { cookie: cookie.split(';')[0] })
    expect(await me.json()).toMatchObject({ user: { name: 'Priya Shah', role: 'trainee', email } })
    expect(JSON.stringify(await (await testApp.request('/api/me', { cookie: cookie.split(';')[0] })).json())).not.toMatch(/password/i)
  })

  it('post /auth/login answers 401 with the one error shape for a wrong password and an unknown email', async () => {
    const { email } = await testApp.createUserAndSignIn()
    for (const body of [{ email, password: 'wrong password' }, { email: 'nobody@example.test', password: 'whatever1' }]) {
      const response = await testApp.request('/api/auth/login', { body })
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({ error: { code: 'unauthorized:bad_credentials', message: expect.any(String) } })
    }
  })

  it('post /auth/login is rate limited per account', async () => {
    const { email } = await testApp.createUserAndSignIn()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 7; attempt += 1) statuses.push((await testApp.request('/api/auth/login', { body: { email, password: 'wrong password' } })).status)
    expect(statuses.slice(0, 4).every((status) => status === 401)).toBe(true)
    const last = await testApp.request('/api/auth/login', { body: { email, password: 'wrong password' } })
    expect(last.status).toBe(429)
    expect(last.headers.get('retry-after')).toMatch(/^\d+$/)
    expect((await last.json()).error.code).toBe('rate_limited')
  })

  it('post /auth/logout ends the session', async () => {
    const { cookie } = await testApp.createUserAndSignIn()
    expect((await testApp.request('/api/me', { cookie })).status).toBe(200)
    expect((await testApp.request('/api/auth/logout', { method: 'POST', cookie })).status).toBe(200)
    expect((await testApp.request('/api/me', { cookie })).status).toBe(401)
  })

  it('get /me without a cookie or with a forged one answers 401', async () => {
    expect((await testApp.request('/api/me')).status).toBe(401)
    expect((await testApp.request('/api/me', { cookie: '__Host-toughcall_session=forged' })).status).toBe(401)
  })

  it('a write from another site is refused by the origin check', async () => {
    const { cookie } = await testApp.createUserAndSignIn()
    const response = await testApp.request('/api/auth/logout', { method: 'POST', cookie, headers: { origin: 'https://evil.example', host: 'localhost:3000' } })
    expect(response.status).toBe(403)
    expect((await response.json()).error.code).toBe('forbidden:origin')
    const sameSite = await testApp.request('/api/auth/logout', { method: 'POST', cookie, headers: { origin: 'http://localhost:3000', host: 'localhost:3000' } })
    expect(sameSite.status).toBe(200)
  })

  it('the first-trainer setup link works once and only while no account exists', async () => {
    await testApp.close()
    testApp = await createTestApp({ freshDatabase: true })
    const token = await issueFirstTrainerLink(testApp.dependencies)
    // Another instance starting at the same time prints its own link.
    const otherInstanceToken = await issueFirstTrainerLink(testApp.dependencies)
    expect(token).toBeTruthy()
    const body = { token, email: 'lead@example.test', name: 'Lead Trainer', password: 'a long passphrase' }
    const created = await testApp.request('/api/auth/setup', { body })
    expect(created.status).toBe(201)
    expect(await created.json()).toMatchObject({ user: { role: 'trainer', name: 'Lead Trainer' } })
    const again = await testApp.request('/api/auth/setup', { body: { ...body, email: 'second@example.test' } })
    expect(again.status).toBe(403)
    // That other link is spent too, now that the first trainer exists.
    expect((await testApp.request('/api/auth/setup', { body: { ...body, token: otherInstanceToken, email: 'third@example.test' } })).status).toBe(403)
    expect(await issueFirstTrainerLink(testApp.dependencies)).toBeNull()
  })

  it('post /auth/setup validates every field', async () => {
    const response = await testApp.request('/api/auth/setup', { body: { token: 'x', email: 'not-an-email', name: '', password: 'short' } })
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error.code).toBe('validation_failed')
    expect(error.details.issues.map((issue: { path: string[] }) => issue.path[0]).sort()).toEqual(['email', 'name', 'password', 'token'])
  })
})
