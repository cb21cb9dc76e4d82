import { randomBytes } from 'node:crypto'
import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeOpenAi, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { freePort, readEventNames, ServerProcess } from '../../support/server-process'

const adminUrl = process.env.TEST_DATABASE_URL

/**
 * Several real server processes on one PostgreSQL database, driven alternately as a load balancer
 * would. PGlite is one process per directory, so this suite runs on the PostgreSQL pass only.
 */
describe.skipIf(!adminUrl)('several instances on one PostgreSQL', () => {
  let fake: FakeOpenAi
  let admin: postgres.Sql
  let databaseUrl: string
  const databaseName = `toughcall_multi_${randomBytes(5).toString('hex')}`
  let instances: ServerProcess[] = []
  let cookie = ''

  beforeAll(async () => {
    fake = await startFakeOpenAi()
    fake.setDefault('object', { json: { criteria: [], betterReply: 'x' } })
    fake.setDefault('stream', { stream: 'Go on then.' })
    admin = postgres(adminUrl!, { max: 1, onnotice: () => {} })
    await admin.unsafe(`create database ${databaseName}`)
    const url = new URL(adminUrl!)
    url.pathname = `/${databaseName}`
    databaseUrl = url.toString()
    // Three instances start at once against an empty database: one applies the migrations, the others wait.
    const ports = await Promise.all([freePort(), freePort(), freePort()])
    instances = await Promise.all(
      ports.map((port) => ServerProcess.start({ DATABASE_URL: databaseUrl }, fake, port, { TURN_LEASE_MS: '2000', LOGIN_RATE_LIMIT_PER_MINUTE: '3' })),
    )
  }, 400_000)

  afterAll(async () => {
    for (const instance of instances) {
      instance.child.kill('SIGTERM')
      await instance.exited()
    }
    await fake.close()
    await admin.unsafe(`drop database if exists ${databaseName} with (force)`)
    await admin.end()
  })

  it('all three started on one migrated schema', async () => {
    for (const instance of instances) expect((await instance.request('/readyz')).status).toBe(200)
    const [row] = await admin.unsafe(`select count(*)::int as count from pg_database where datname = '${databaseName}'`)
    expect(row!.count).toBe(1)
  })

  it('sign in on one, hold the call on another, read it from the third', async () => {
    const [first, second, third] = instances as [ServerProcess, ServerProcess, ServerProcess]
    const [, token] = await first.waitFor(/setup#token=([A-Za-z0-9_-]+)/)
    const setup = await first.request('/api/auth/setup', { body: { token, email: 'lead@example.test', name: 'Lead', password: 'a long passphrase' } })
    expect(setup.status).toBe(201)
    cookie = setup.headers.get('set-cookie')!.split(';')[0]!
    const { session } = await (await second.request('/api/sessions', { cookie, body: { personaId: 'know-it-all-roaming-charges' } })).json()
    expect(await readEventNames(await second.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId: 'multi-turn-1', text: 'Which country were you in?' } }))).toContain('reply-end')
    expect(await readEventNames(await first.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId: 'multi-turn-2', text: 'And on which dates?' } }))).toContain('reply-end')
    const state = await (await third.request(`/api/sessions/${session.id}`, { cookie })).json()
    expect(state.turns.map((turn: { role: string }) => turn.role)).toEqual(['customer', 'trainee', 'customer', 'trainee', 'customer'])
  })

  it('turns sent at once to two instances on one call give exactly one turn and one 409', async () => {
    const [first, second] = instances as [ServerProcess, ServerProcess]
    fake.setDefault('stream', { stream: ['Slowly ', 'now.'], chunkDelayMs: 300 })
    const { session } = await (await first.request('/api/sessions', { cookie, body: { personaId: 'know-it-all-roaming-charges' } })).json()
    const send = (instance: ServerProcess, clientTurnId: string) => instance.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId, text: 'Which country were you in?' } })
    const [a, b] = await Promise.all([send(first, 'race-turn-a'), send(second, 'race-turn-b')])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    await readEventNames(a.status === 200 ? a : b)
    const state = await (await first.request(`/api/sessions/${session.id}`, { cookie })).json()
    expect(state.turns.filter((turn: { role: string }) => turn.role === 'trainee')).toHaveLength(1)
    fake.setDefault('stream', { stream: 'Go on then.' })
  })

  it('the login rate limit holds across instances', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const instance = instances[attempt % instances.length]!
      statuses.push((await instance.request('/api/auth/login', { body: { email: 'target@example.test', password: 'wrong password' } })).status)
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429])
  })

  it('an instance killed mid-turn leaves a call another instance continues once the lease lapses', async () => {
    const [first, second] = instances as [ServerProcess, ServerProcess]
    const { session } = await (await first.request('/api/sessions', { cookie, body: { personaId: 'hostile-broadband-callbacks' } })).json()
    fake.setDefault('stream', { stream: Array.from({ length: 60 }, (_, index) => `part${index} `), chunkDelayMs: 100 })
    await readEventNames(await first.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId: 'killed-turn-1', text: 'Which day was the engineer due?' } }), (name) => {
      if (name === 'reply-delta') first.child.kill('SIGKILL')
    })
    await first.exited()
    instances = instances.filter((instance) => instance !== first)
    fake.setDefault('stream', { stream: 'Tuesday.' })
    const retry = () => second.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId: 'killed-turn-1', text: 'Which day was the engineer due?' } })
    let response = await retry()
    const started = Date.now()
    while (response.status === 409 && Date.now() - started < 15_000) {
      await response.body?.cancel()
      await new Promise((resolve) => setTimeout(resolve, 250))
      response = await retry()
    }
    expect(response.status).toBe(200)
    expect(await readEventNames(response)).toContain('reply-end')
    const state = await (await second.request(`/api/sessions/${session.id}`, { cookie })).json()
    expect(state.turns.filter((turn: { role: string }) => turn.role === 'trainee')).toHaveLength(1)
    expect(state.turns.at(-1)).toMatchObject({ role: 'customer', status: 'complete', text: 'Tuesday.' })
  })
})
