import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openDatabase } from '../../../src/server/db/database'
import { type FakeOpenAi, startFakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, readEvents } from '../../support/test-app'

let fake: FakeOpenAi
const dataDir = mkdtempSync(join(tmpdir(), 'toughcall-restart-'))
beforeAll(async () => {
  fake = await startFakeOpenAi()
})
afterAll(async () => {
  await fake.close()
  rmSync(dataDir, { recursive: true, force: true })
})

it('a call survives an app restart on the same PGlite directory', { timeout: 90_000 }, async () => {
  fake.setDefault('stream', { stream: 'Right. Go on then.' })
  fake.setDefault('object', { json: { criteria: [], betterReply: 'Try naming the problem.' } })
  const first = await createTestApp({ fake, database: await openDatabase({ kind: 'pglite', dataDir }) })
  const trainee = await first.createUserAndSignIn('trainee', 'Sam Restart')
  const { session } = await (await first.request('/api/sessions', { cookie: trainee.cookie, body: { personaId: 'hostile-broadband-callbacks' } })).json()
  await readEvents(await first.request(`/api/sessions/${session.id}/turns`, { cookie: trainee.cookie, body: { clientTurnId: 'restart-turn-1', text: 'Which day was the engineer due?' } }))
  await first.close()

  const second = await createTestApp({ fake, database: await openDatabase({ kind: 'pglite', dataDir }) })
  try {
    const cookie = await second.signIn(trainee.email, trainee.password)
    const state = await (await second.request(`/api/sessions/${session.id}`, { cookie })).json()
    expect(state.turns.map((turn: { role: string; text: string }) => [turn.role, turn.text])).toEqual([
      ['customer', expect.any(String)],
      ['trainee', 'Which day was the engineer due?'],
      ['customer', 'Right. Go on then.'],
    ])
    expect(state.session.status).toBe('active')
    const next = await readEvents(await second.request(`/api/sessions/${session.id}/turns`, { cookie, body: { clientTurnId: 'restart-turn-2', text: 'Thank you. What address is it?' } }))
    expect(next.map((event) => event.event)).toContain('reply-end')
  } finally {
    await second.close()
  }
})
