/**
 * The two processes under the bench: the real server, started as `npm start` starts it (plain Node
 * on the esbuild bundle `dist/server/main.mjs`, rebuilt first when its sources changed), and the fake model server. Only these children are ever
 * stopped, by their own pid.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { get } from 'node:http'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { buildServer, serverBuildNeeded, serverBundle } from '../scripts/build-server'
import type { FakeModelOptions, FakeModelRecord, FakeModelStats } from './fake-model-server'

export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))

/**
 * The children get only the basics of this environment plus their own settings, so a DATABASE_URL,
 * OPENAI_API_KEY or NODE_OPTIONS in the shell (or vitest's) never leaks into the measured server.
 */
export function childEnvironment(own: Record<string, string>): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {}
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ']) if (process.env[name] !== undefined) environment[name] = process.env[name]
  return { ...environment, ...own }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

export interface ServerProcess {
  pid: number
  port: number
  logPath: string
  /** Resident set size from /proc/<pid>/status, in MB. */
  rssMb(): number
  /** User + system CPU time so far, in ms. */
  cpuMs(): number
  stop(): Promise<void>
}

export async function startServer(options: { environment: Record<string, string>; logPath: string; cpuProfileDir?: string }): Promise<ServerProcess> {
  const port = await freePort()
  const log = openSync(options.logPath, 'a')
  const profiling = options.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir] : []
  if (serverBuildNeeded()) await buildServer()
  const child = spawn(process.execPath, ['--enable-source-maps', ...profiling, serverBundle], {
    cwd: repositoryRoot,
    env: childEnvironment({ ...options.environment, PORT: String(port), HOST: '127.0.0.1' }),
    stdio: ['ignore', log, log],
  })
  closeSync(log)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  try {
    await waitUntilReady(port, exited, 90_000)
  } catch (error) {
    if (child.exitCode === null) child.kill('SIGKILL')
    const tail = readFileSync(options.logPath, 'utf8').split('\n').slice(-20).join('\n')
    throw new Error(`${(error as Error).message}\n--- server log (${options.logPath}) ---\n${tail}`)
  }
  const pid = child.pid!
  return {
    pid,
    port,
    logPath: options.logPath,
    rssMb: () => readRssMb(pid),
    cpuMs: () => readCpuMs(pid),
    stop: () => stopChild(child, exited, 15_000),
  }
}

async function waitUntilReady(port: number, exited: Promise<number | null>, timeoutMs: number) {
  let exitCode: number | null | undefined
  void exited.then((code) => void (exitCode = code ?? -1))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`The server exited with code ${exitCode} before it was ready.`)
    const status = await new Promise<number>((resolve) => {
      const request = get({ host: '127.0.0.1', port, path: '/readyz', timeout: 1_000 }, (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      })
      request.on('timeout', () => request.destroy())
      request.on('error', () => resolve(0))
    })
    if (status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`The server was not ready within ${timeoutMs} ms.`)
}

async function stopChild(child: ChildProcess, exited: Promise<unknown>, graceMs: number) {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

export function readRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
  return kilobytes / 1024
}

/** utime + stime from /proc/<pid>/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux). */
export function readCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

export interface FakeModelProcess {
  pid: number
  baseUrl: string
  records: Map<number, FakeModelRecord>
  /** The fake's own event-loop delay since the last call: how late its timers could fire. */
  stats(): Promise<FakeModelStats>
  setSpeed(options: FakeModelOptions): void
  /** Starts handing over every request's messages; the returned function stops and returns them. */
  startCapture(): () => CapturedRequest[]
  stop(): Promise<void>
}

export interface CapturedRequest {
  kind: 'stream' | 'object'
  messages: Array<{ role: string; content: string }>
}

export async function startFakeModel(options: FakeModelOptions): Promise<FakeModelProcess> {
  const child = fork(fileURLToPath(new URL('./fake-model-server.ts', import.meta.url)), [JSON.stringify(options)], {
    cwd: repositoryRoot,
    execArgv: ['--import', 'tsx'],
    env: childEnvironment({}),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const exited = new Promise<unknown>((resolve) => child.once('exit', resolve))
  const records = new Map<number, FakeModelRecord>()
  let statsWaiter: ((stats: FakeModelStats) => void) | null = null
  let captured: CapturedRequest[] | null = null
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The fake model server did not start within 30 s.')), 30_000)
    child.once('exit', (code) => reject(new Error(`The fake model server exited with code ${code}.`)))
    child.on('message', (message: { type: string; port?: number; records?: FakeModelRecord[]; stats?: FakeModelStats } & Partial<CapturedRequest>) => {
      if (message.type === 'ready') {
        clearTimeout(timer)
        resolve(message.port!)
      } else if (message.type === 'records') {
        for (const record of message.records ?? []) records.set(record.id, record)
      } else if (message.type === 'captured' && message.kind && message.messages) {
        captured?.push({ kind: message.kind, messages: message.messages })
      } else if (message.type === 'stats' && message.stats) {
        statsWaiter?.(message.stats)
        statsWaiter = null
      }
    })
  })
  return {
    pid: child.pid!,
    baseUrl: `http://127.0.0.1:${port}/v1`,
    records,
    stats: () =>
      new Promise((resolve) => {
        statsWaiter = resolve
        child.send({ type: 'stats' })
      }),
    setSpeed: (speed) => void child.send({ type: 'speed', speed }),
    startCapture: () => {
      const requests: CapturedRequest[] = []
      captured = requests
      child.send({ type: 'capture', on: true })
      return () => {
        child.send({ type: 'capture', on: false })
        captured = null
        return requests
      }
    },
    stop: async () => {
      if (child.exitCode !== null) return
      child.send({ type: 'close' })
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    },
  }
}
