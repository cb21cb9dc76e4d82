import { randomUUID } from 'node:crypto'
import { builtinPersonas } from '../../src/personas/builtin'
import type { AppDependencies } from '../../src/server/app-dependencies'
import { addUser } from '../../src/server/auth/accounts'
import { loadConfig } from '../../src/server/config'
import { createApp } from '../../src/server/create-app'
import type { OpenDatabase } from '../../src/server/db/database'
import { seedBuiltinPersonas } from '../../src/server/db/queries/persona-queries'
import { seedDefaultRubric } from '../../src/server/db/queries/rubric-queries'
import { defaultRubric } from '../../src/grader/rubric'
import type { LlmClient } from '../../src/server/llm/llm-client'
import { createOpenAiLlmClient } from '../../src/server/llm/openai-llm-client'
import { type Logger, silentLogger } from '../../src/server/logger'
import { TurnTracker } from '../../src/server/practice/turn-tracker'
import { Metrics } from '../../src/server/metrics'
import type { FakeOpenAi } from '../fake-openai/fake-openai-server'
import { openTestDatabase } from './test-database'

export interface TestAppOptions {
  /** The fake model server both roles talk to; omit for "no model configured". */
  fake?: FakeOpenAi
  /** Leave the grader unconfigured while the persona has a model. */
  noGrader?: boolean
  /** Perceive trainee turns with the fake model too (PERCEPTION=model); by default the rules alone perceive. */
  perception?: boolean
  /** Reuse a database (e.g. to simulate a restart). */
  database?: OpenDatabase
  /** A database no other test has touched (e.g. to test what happens with no accounts). */
  freshDatabase?: boolean
  environment?: Record<string, string>
  idleTimeoutMs?: number
  /** The model client's request timeout (default 5 s). */
  timeoutMs?: number
  /** Receives every log line the app writes. */
  logger?: Logger
}

export async function createTestApp(options: TestAppOptions = {}) {
  const database = options.database ?? (await openTestDatabase({ fresh: options.freshDatabase }))
  await seedBuiltinPersonas(database.db, { specs: builtinPersonas })
  await seedDefaultRubric(database.db, { rubric: defaultRubric })
  const config = loadConfig({ LLM_MAX_RETRIES: '0', LOGIN_RATE_LIMIT_PER_MINUTE: '1000', ...options.environment })
  const client = (): LlmClient | null =>
    options.fake
      ? createOpenAiLlmClient({ baseURL: options.fake.url, apiKey: 'test-key', model: 'fake-model', timeoutMs: options.timeoutMs ?? 5_000, idleTimeoutMs: options.idleTimeoutMs ?? 2_000, maxRetries: config.llm.maxRetries })
      : null
  const dependencies: AppDependencies = {
    db: database.db,
    pingDatabase: database.ping,
    config,
    llm: { persona: client(), grader: options.noGrader ? null : client(), perception: options.perception ? client() : null },
    clock: () => new Date(),
    newId: randomUUID,
    logger: options.logger ?? silentLogger,
    turns: new TurnTracker(),
    metrics: new Metrics(),
  }
  const app = createApp(dependencies)
  const cookieName = config.cookieSecure ? '__Host-toughcall_session' : 'toughcall_session'

  async function signIn(email: string, password: string): Promise<string> {
    const response = await app.request('/api/auth/login', json({ email, password }))
    if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`)
    const cookie = response.headers.get('set-cookie') ?? ''
    const match = cookie.match(new RegExp(`${cookieName.replace('-', '\\-')}=([^;]+)`))
    if (!match) throw new Error(`no session cookie in ${cookie}`)
    return `${cookieName}=${match[1]}`
  }

  async function createUserAndSignIn(role: 'trainee' | 'trainer' = 'trainee', name = 'Test Trainee') {
    const email = `${randomUUID()}@example.test`
    const password = 'correct horse battery'
    const user = await addUser(dependencies, { email, name, role, password })
    return { user, email, password, cookie: await signIn(email, password) }
  }

  /** A request as a browser on this origin would send it. */
  function request(path: string, init: { method?: string; cookie?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...init.headers }
    if (init.cookie) headers.cookie = init.cookie
    if (init.body !== undefined) headers['content-type'] = 'application/json'
    return app.request(path, { method: init.method ?? (init.body === undefined ? 'GET' : 'POST'), headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) })
  }

  return {
    app,
    dependencies,
    database,
    request,
    signIn,
    createUserAndSignIn,
    close: () => database.close(),
  }
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>

function json(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
}

export interface SseEvent {
  event: string
  data: any
}

/** Reads a whole text/event-stream response into its events. */
export async function readEvents(response: Response): Promise<SseEvent[]> {
  const text = await response.text()
  return text
    .split(/\r?\n\r?\n/)
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.split(/\r?\n/)
      const event = lines.find((line) => line.startsWith('event:'))?.slice(6).trim() ?? 'message'
      const data = lines
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n')
      return { event, data: data ? JSON.parse(data) : null }
    })
}
