import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeOpenAi, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { firstTrainer, freePort, readEventNames, ServerProcess } from '../../support/server-process'

describe('the server process', () => {
  let fake: FakeOpenAi
  const dataDirs: string[] = []
  const newDataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'toughcall-process-'))
    dataDirs.push(dir)
    return dir
  }
  beforeAll(async () => {
    fake = await startFakeOpenAi()
    fake.setDefault('object', { json: { criteria: [], betterReply: 'x' } })
  })
  afterAll(async () => {
    await fake.close()
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true })
  })

  it('SIGTERM lets the running turn finish, refuses new work, closes the database and exits 0', { timeout: 420_000 }, async () => {
    const dataDir = newDataDir()
    const server = await ServerProcess.start({ DATA_DIR: dataDir }, fake, await freePort())
    const cookie = await firstTrainer(server)
    const { session } = await (await server.request('/api/sessions', { cookie, body: { personaId: 'hostile-broadband-callbacks' } })).json()
    fake.setDefault('stream', { stream: Array.from({ length: 15 }, (_, index) => `part${index} `), chunkDelayMs: 100 })
    const response = await server.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId: 'drain-turn-1', text: 'Which day was the engineer due?' } })
    let signalled = false
    let duringDrain: Promise<string> | undefined
    const names = await readEventNames(response, (name) => {
      if (name === 'reply-delta' && !signalled) {
        signalled = true
        server.child.kill('SIGTERM')
        duringDrain = new Promise((resolve) => setTimeout(resolve, 500)).then(() =>
          server.request('/healthz').then(
            (answer) => `answered ${answer.status}`,
            () => 'refused',
          ),
        )
      }
    })
    expect(names).toContain('reply-end')
    expect(await duringDrain).toBe('refused')
    expect(await server.exited()).toBe(0)

    fake.setDefault('stream', { stream: 'Go on.' })
    const again = await ServerProcess.start({ DATA_DIR: dataDir }, fake, await freePort())
    try {
      const login = await again.request('/api/auth/login', { body: { email: 'lead@example.test', password: 'a long passphrase' } })
      const state = await (await again.request(`/api/sessions/${session.id}`, { cookie: login.headers.get('set-cookie')!.split(';')[0] })).json()
      expect(state.turns.map((turn: { status: string }) => turn.status)).toEqual(['complete', 'answered', 'complete'])
    } finally {
      again.child.kill('SIGTERM')
      await again.exited()
    }
  })

  it('after kill -9 mid-turn the database opens, the trainee turn is there and the call continues', { timeout: 420_000 }, async () => {
    const dataDir = newDataDir()
    const server = await ServerProcess.start({ DATA_DIR: dataDir }, fake, await freePort())
    const cookie = await firstTrainer(server)
    const { session } = await (await server.request('/api/sessions', { cookie, body: { personaId: 'hostile-broadband-callbacks' } })).json()
    fake.setDefault('stream', { stream: Array.from({ length: 50 }, (_, index) => `part${index} `), chunkDelayMs: 100 })
    const response = await server.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId: 'crash-turn-1', text: 'I am sorry. Which day was the engineer due?' } })
    await readEventNames(response, (name) => {
      if (name === 'reply-delta') server.child.kill('SIGKILL')
    })
    await server.exited()

    fake.setDefault('stream', { stream: 'Tuesday. Nobody came.' })
    const again = await ServerProcess.start({ DATA_DIR: dataDir }, fake, await freePort())
    try {
      const login = await again.request('/api/auth/login', { body: { email: 'lead@example.test', password: 'a long passphrase' } })
      const cookieAgain = login.headers.get('set-cookie')!.split(';')[0]!
      const state = await (await again.request(`/api/sessions/${session.id}`, { cookie: cookieAgain })).json()
      expect(state.session.inFlight).toBe(false)
      expect(state.turns[1]).toMatchObject({ role: 'trainee', text: 'I am sorry. Which day was the engineer due?' })
      const retried = await readEventNames(await again.request(`/api/sessions/${session.id}/turns`, { cookie: cookieAgain, body: { clientTurnId: 'crash-turn-1', text: 'I am sorry. Which day was the engineer due?' } }))
      expect(retried).toContain('reply-end')
      const next = await readEventNames(await again.request(`/api/sessions/${session.id}/turns`, { cookie: cookieAgain, body: { clientTurnId: 'crash-turn-2', text: 'Thank you. What address is it?' } }))
      expect(next).toContain('reply-end')
      const final = await (await again.request(`/api/sessions/${session.id}`, { cookie: cookieAgain })).json()
      expect(final.turns.filter((turn: { role: string }) => turn.role === 'trainee')).toHaveLength(2)
    } finally {
      again.child.kill('SIGTERM')
      await again.exited()
    }
  })
})
