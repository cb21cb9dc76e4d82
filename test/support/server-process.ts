import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { expect } from 'vitest'
import { serverBundle } from '../../scripts/build-server'
import type { FakeOpenAi } from '../fake-openai/fake-openai-server'

/** The real server as an operator runs it (`npm start`: Node on the bundle `dist/server/main.mjs`, built by the suite's global setup), on its own database. */
export class ServerProcess {
  private output = ''
  private constructor(
    readonly child: ChildProcess,
    readonly base: string,
  ) {}

  /** `database` is `{ DATA_DIR }` for PGlite or `{ DATABASE_URL }` for PostgreSQL; `environment` adds or overrides settings. */
  static async start(database: { DATA_DIR: string } | { DATABASE_URL: string }, fake: FakeOpenAi, port: number, environment: Record<string, string> = {}) {
    const child = spawn(process.execPath, ['--enable-source-maps', serverBundle], {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        HOST: '127.0.0.1',
        ...database,
        LLM_BASE_URL: fake.url,
        LLM_API_KEY: 'test',
        PERSONA_MODEL: 'fake-model',
        GRADER_MODEL: 'fake-model',
        LLM_MAX_RETRIES: '0',
        SHUTDOWN_GRACE_MS: '15000',
        ...environment,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const server = new ServerProcess(child, `http://127.0.0.1:${port}`)
    child.stdout!.on('data', (chunk) => (server.output += chunk))
    child.stderr!.on('data', (chunk) => (server.output += chunk))
    // A cold start (PGlite creating or recovering its cluster) takes seconds alone and far
    // longer on a busy 2-core CI machine running other suites beside it.
    await server.waitFor(/toughcall is listening/, 180_000)
    return server
  }

  async waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
    const started = Date.now()
    for (;;) {
      const match = this.output.match(pattern)
      if (match) return match
      if (this.child.exitCode !== null) throw new Error(`server exited (${this.child.exitCode}):\n${this.output}`)
      if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${pattern}:\n${this.output}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  /** The exit code; a process still running after `timeoutMs` is killed and the wait fails with its output. */
  exited(timeoutMs = 120_000): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve(this.child.exitCode)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL')
        reject(new Error(`the server did not exit within ${timeoutMs} ms:\n${this.output.slice(-4000)}`))
      }, timeoutMs)
      this.child.once('exit', (code) => {
        clearTimeout(timer)
        resolve(code)
      })
    })
  }

  request(path: string, init: { cookie?: string; body?: unknown } = {}) {
    return fetch(`${this.base}${path}`, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers: { ...(init.cookie ? { cookie: init.cookie } : {}), ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      // A hung server fails the test with a clear error instead of the test's own timeout.
      signal: AbortSignal.timeout(90_000),
    })
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** Reads an SSE response, calling `onEvent` per event name; resolves with all names. */
export async function readEventNames(response: Response, onEvent: (name: string) => void = () => {}): Promise<string[]> {
  const names: string[] = []
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }))
    if (done) return names
    buffer += decoder.decode(value, { stream: true })
    for (const match of buffer.matchAll(/^event: (.+)$/gm)) {
      names.push(match[1]!)
      onEvent(match[1]!)
    }
    buffer = buffer.slice(buffer.lastIndexOf('\n') + 1)
  }
}

export async function firstTrainer(server: ServerProcess) {
  const [, token] = await server.waitFor(/setup#token=([A-Za-z0-9_-]+)/)
  const response = await server.request('/api/auth/setup', { body: { token, email: 'lead@example.test', name: 'Lead', password: 'a long passphrase' } })
  expect(response.status).toBe(201)
  return response.headers.get('set-cookie')!.split(';')[0]!
}

