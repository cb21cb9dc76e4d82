/**
 * The benchmark: for each database, a fresh database with N signed-in trainees, the fake model and
 * the real server in their own processes, one long-winded call for prompt economy, then each load
 * level in turn. `bench/run.ts` is the command line; the smoke test calls `runBench` directly.
 */
import { execFile } from 'node:child_process'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { builtinPersonas, longWindedArmchairDelivery } from '../src/personas/builtin'
import { sessionCookieName } from '../src/server/http/auth-middleware'
import { createApiClient, type ApiClient } from './api-client'
import { createBenchDatabase } from './database-target'
import { levelResult, type LevelResult } from './level-result'
import { type CapturedRequest, childEnvironment, repositoryRoot, startFakeModel, startServer, type FakeModelProcess, type ServerProcess } from './processes'
import { holdTurns, type PerceptionTiming, perceptionTiming } from './perception-timing'
import { analysePrompts, type PromptEconomy } from './prompt-economy'
import { measureRulesTime, type RulesTiming } from './rules-timing'
import type { SeededTrainee } from './seed-trainees'
import { runTrainees } from './simulated-trainees'
import { checkRulesTargets, checkTargets, type TargetCheck } from './targets'

export type DatabaseKind = 'pglite' | 'postgres'

export interface BenchOptions {
  databases: DatabaseKind[]
  /** Concurrent calls per level, run one after another on the same server. */
  levels: number[]
  /** Per level, ramp-up included. */
  durationSeconds: number
  /** Trainees start spread over this; turns sent before it ends are not measured. */
  rampSeconds: number
  ttftMs: number
  tokensPerSecond: number
  thinkMs: [number, number]
  turnsPerCall: [number, number]
  /** The smoke test's tiny load: each trainee stops after this many turns. */
  maxTurnsPerTrainee?: number
  /** Turns of the long-winded call measured for prompt economy (0 skips it). */
  promptTurns: number
  /** The long-winded call also warms the server up: it runs at least this many turns. */
  warmupTurns: number
  /** Trainee turns timed through the rules alone, in the bench process (0 skips it). */
  rulesTurns: number
  /** Turns held, one after another, on a server with model perception after the levels (0 skips it). */
  perceptionTurns: number
  postgresUrl: string
  resultsDirectory: string
  /** Run the server under `node --cpu-prof`; the profiles land in the system temp dir (see bench/summarise-profile.ts). */
  profile: boolean
  seed: number
  log: (line: string) => void
}

export const defaultOptions: BenchOptions = {
  databases: ['pglite'],
  levels: [50, 200, 500],
  durationSeconds: 90,
  rampSeconds: 20,
  ttftMs: 300,
  tokensPerSecond: 50,
  // A brisk trainee: reading a reply and typing 15–40 words takes most people 25–80 s, so this is
  // two to four times the real pace, a margin. `--think-ms 3000-8000` is the stress run.
  thinkMs: [8_000, 20_000],
  turnsPerCall: [6, 14],
  promptTurns: 30,
  warmupTurns: 10,
  rulesTurns: 3_000,
  perceptionTurns: 20,
  postgresUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
  resultsDirectory: fileURLToPath(new URL('./results', import.meta.url)),
  profile: false,
  seed: 6,
  log: (line) => process.stderr.write(`${line}\n`),
}

export interface DatabaseRun {
  database: DatabaseKind
  serverStartupRssMb: number
  /** Trainee 1 signed in through POST /api/auth/login, as a check of the real path. */
  login: { status: number; ms: number }
  promptEconomy: PromptEconomy | null
  levels: LevelResult[]
  /** What model perception adds to a turn (a second server start, PERCEPTION=model); null when skipped. */
  perception: PerceptionTiming | null
  serverLog: string
  cpuProfiles: string[]
}

export interface BenchResult {
  startedAt: string
  finishedAt: string
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; gitCommit: string | null; loadAverageAtStart: number[]; loadAverageAtEnd: number[] }
  options: Omit<BenchOptions, 'log' | 'postgresUrl'>
  /** The rules' own time per turn; null when skipped. */
  rules: RulesTiming | null
  runs: DatabaseRun[]
  targets: TargetCheck[]
}

const benchPassword = 'bench trainee passphrase'

/** The fake's pace while perception is timed: its time to first token as configured, its tokens quick. */
const perceptionTokensPerSecond = 2_000

export async function runBench(given: BenchOptions): Promise<{ result: BenchResult; file: string }> {
  const started = new Date()
  const options = { ...given, log: (line: string) => given.log(`+${((Date.now() - started.getTime()) / 1000).toFixed(1)}s ${line}`) }
  const stamp = started.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, '')
  const loadAverageAtStart = loadavg()
  await mkdir(options.resultsDirectory, { recursive: true })
  const rules = options.rulesTurns > 0 ? measureRulesTime(options.rulesTurns) : null
  if (rules) options.log(`rules: ${rules.turns} turns, ${rules.perTurnMs.p50} ms median, ${rules.perTurnMs.p95} ms p95 per turn`)
  const runs: DatabaseRun[] = []
  for (const database of options.databases) {
    runs.push(
      await runOnDatabase(database, options, {
        logPath: join(options.resultsDirectory, `${stamp}-${database}-server.log`),
        profileDirectory: join(tmpdir(), `toughcall-bench-profiles-${stamp}`, database),
      }),
    )
  }
  const result: BenchResult = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      gitCommit: await gitCommit(),
      loadAverageAtStart: loadAverageAtStart.map((value) => Math.round(value * 100) / 100),
      loadAverageAtEnd: loadavg().map((value) => Math.round(value * 100) / 100),
    },
    options: { ...options, log: undefined, postgresUrl: undefined } as unknown as BenchResult['options'],
    rules,
    runs,
    targets: [...checkRulesTargets(rules), ...checkTargets(runs)],
  }
  const file = join(options.resultsDirectory, `${stamp}.json`)
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`)
  return { result, file }
}

async function runOnDatabase(
  kind: DatabaseKind,
  options: BenchOptions,
  { logPath, profileDirectory }: { logPath: string; profileDirectory: string },
): Promise<DatabaseRun> {
  const { log } = options
  const database = await createBenchDatabase(kind, options.postgresUrl)
  let fake: FakeModelProcess | undefined
  let server: ServerProcess | undefined
  let client: ApiClient | undefined
  try {
    const trainees = await seedTrainees(database.target, Math.max(...options.levels))
    log(`[${kind}] ${trainees.length} trainees seeded`)
    fake = await startFakeModel({ ttftMs: options.ttftMs, tokensPerSecond: options.tokensPerSecond })
    if (options.profile) await mkdir(profileDirectory, { recursive: true })
    const environment = {
      ...database.environment,
      LLM_BASE_URL: fake.baseUrl,
      LLM_API_KEY: 'bench',
      PERSONA_MODEL: 'bench-persona',
      GRADER_MODEL: 'bench-grader',
      LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
      TURN_RATE_LIMIT_PER_MINUTE: '10000',
    }
    // The levels measure the server's own overhead, as before perception existed: the rules alone perceive
    // (with GRADER_MODEL set, perception would otherwise default to the model). Perception is timed on its own below.
    server = await startServer({ logPath, cpuProfileDir: options.profile ? profileDirectory : undefined, environment: { ...environment, PERCEPTION: 'rules' } })
    const serverStartupRssMb = server.rssMb()
    log(`[${kind}] server pid ${server.pid} on port ${server.port}, RSS ${serverStartupRssMb.toFixed(0)} MB, log ${logPath}`)
    client = createApiClient({ port: server.port, cookieName: sessionCookieName(true) })

    const loginStarted = performance.now()
    const login = await client.json('POST', '/api/auth/login', { body: { email: trainees[0]!.email, password: benchPassword } })
    const loginResult = { status: login.status, ms: Math.round(performance.now() - loginStarted) }
    if (login.status !== 200) log(`[${kind}] sign-in check answered ${login.status}: ${JSON.stringify(login.body)}`)

    // The long-winded call doubles as the warm-up: the first turns after a start pay for lazy compilation
    // (the signal rules and the NLP lexicon take ~0.5 s once), which no level should measure.
    const longCallTurns = Math.max(options.promptTurns, options.warmupTurns)
    const longCall = await holdLongWindedCall(client, fake, trainees[0]!.token, longCallTurns, options)
    const promptEconomy = options.promptTurns > 0 ? analysePrompts(longCall, options.promptTurns) : null
    log(`[${kind}] warmed up with a ${longCallTurns}-turn long-winded call${promptEconomy ? '; prompt economy measured' : ''}`)

    const levels: LevelResult[] = []
    for (const calls of options.levels) {
      log(`[${kind}] ${calls} concurrent calls for ${options.durationSeconds} s…`)
      const level = await runLevel(client, server, fake, trainees.slice(0, calls).map((trainee) => trainee.token), calls, serverStartupRssMb, options)
      levels.push(level)
      log(
        `[${kind}] ${calls} calls: ${level.turnsPerSecond} turns/s, ${level.errors.total} errors, added TTFT p50 ${level.addedTtftMs.p50} p99 ${level.addedTtftMs.p99} ms, ` +
          `gap p99 ${level.addedGapMs.p99} ms, RSS peak ${level.rss.peakMb} MB, CPU ${level.serverCpuPercent}%`,
      )
      // A breath between levels, so the next one starts from a settled server.
      if (calls !== options.levels.at(-1)) await new Promise((resolve) => setTimeout(resolve, 2_000))
    }
    // Perception's cost: the same call held turn after turn, here with the rules alone, then on a second start of
    // the server (same database: PGlite lets one process open it at a time) with model perception on. The fake keeps
    // its time to first token but streams fast, so fifty turns take a minute, not the grader's eight seconds each.
    const measuringSpeed = { ttftMs: options.ttftMs, tokensPerSecond: Math.max(options.tokensPerSecond, perceptionTokensPerSecond) }
    if (options.perceptionTurns > 0) fake.setSpeed(measuringSpeed)
    const rulesTurns = options.perceptionTurns > 0 ? await holdTurns(client, fake, trainees[0]!.token, options.perceptionTurns, longCallLines, 'rules-only') : null
    client.close()
    await server.stop()
    const cpuProfiles = options.profile ? (await readdir(profileDirectory)).map((name) => join(profileDirectory, name)) : []
    let perception: PerceptionTiming | null = null
    if (rulesTurns !== null) {
      server = await startServer({ logPath, environment: { ...environment, PERCEPTION: 'model', PERCEPTION_MODEL: 'bench-perception' } })
      client = createApiClient({ port: server.port, cookieName: sessionCookieName(true) })
      perception = perceptionTiming(rulesTurns, await holdTurns(client, fake, trainees[0]!.token, options.perceptionTurns, longCallLines, 'perceived'))
      log(
        `[${kind}] perception: added TTFT p50 ${perception.addedTtftMs.p50} ms = call ${perception.perceptionCallMs.p50} ms + rest ${perception.restMs.p50} ms; ` +
          `rules alone ${perception.rulesAddedTtftMs.p50} ms; perception's own ${perception.extraP50Ms} ms`,
      )
      client.close()
      await server.stop()
      fake.setSpeed({ ttftMs: options.ttftMs, tokensPerSecond: options.tokensPerSecond })
    }
    return { database: kind, serverStartupRssMb: Math.round(serverStartupRssMb * 10) / 10, login: loginResult, promptEconomy, levels, perception, serverLog: logPath, cpuProfiles }
  } finally {
    client?.close()
    await server?.stop().catch(() => undefined)
    await fake?.stop().catch(() => undefined)
    await database.drop().catch((error) => log(`[${kind}] could not drop the bench database: ${String(error)}`))
  }
}

/** Seeding runs in its own process: PGlite lets one process at a time open the data directory. */
function seedTrainees(target: unknown, count: number): Promise<SeededTrainee[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'bench/seed-trainees.ts', JSON.stringify({ count, password: benchPassword, target })],
      { cwd: repositoryRoot, maxBuffer: 64 * 1024 * 1024, env: childEnvironment({}) },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`Seeding trainees failed: ${stderr || error.message}`))
        resolve((JSON.parse(stdout) as { trainees: SeededTrainee[] }).trainees)
      },
    )
  })
}

async function runLevel(
  client: ApiClient,
  server: ServerProcess,
  fake: FakeModelProcess,
  tokens: string[],
  calls: number,
  startupRssMb: number,
  options: BenchOptions,
): Promise<LevelResult> {
  await fake.stats() // resets the fake's event-loop histogram
  const clientDelay = monitorEventLoopDelay({ resolution: 1 })
  const retriesBefore = client.staleSocketRetries()
  clientDelay.enable()
  const loadAverageBefore = loadavg()
  const rssBeforeMb = server.rssMb()
  const rssSamplesMb: number[] = []
  const healthzMs: number[] = []
  const rampMs = Math.min(options.rampSeconds, options.durationSeconds / 2) * 1000
  const durationMs = options.durationSeconds * 1000
  const sampler = setInterval(() => {
    try {
      rssSamplesMb.push(server.rssMb())
    } catch {
      // the server may be gone; the level reports its errors
    }
  }, 500)
  let probing = true
  const prober = (async () => {
    while (probing) {
      const started = performance.now()
      try {
        await client.json('GET', '/healthz', { timeoutMs: 5_000 })
        healthzMs.push(performance.now() - started)
      } catch {
        // counted by the turns' errors, if it matters
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })()
  let cpuAtWindowStart = server.cpuMs()
  let cpuAtWindowEnd = Number.NaN
  const windowStartTimer = setTimeout(() => void (cpuAtWindowStart = server.cpuMs()), rampMs)
  const windowEndTimer = setTimeout(() => void (cpuAtWindowEnd = server.cpuMs()), durationMs)
  const personaIds = builtinPersonas.map((persona) => persona.id)
  const outcome = await runTrainees(client, tokens, {
    calls,
    durationMs,
    rampMs,
    thinkMs: options.thinkMs,
    turnsPerCall: options.turnsPerCall,
    maxTurnsPerTrainee: options.maxTurnsPerTrainee,
    personaIds,
    seed: options.seed + calls,
  })
  clearTimeout(windowStartTimer)
  clearTimeout(windowEndTimer)
  if (Number.isNaN(cpuAtWindowEnd)) cpuAtWindowEnd = server.cpuMs()
  clearInterval(sampler)
  probing = false
  await prober
  clientDelay.disable()
  const fakeStats = await fake.stats()
  // With a short smoke level the window may end before it starts; measure over what there was.
  const windowEnd = Math.min(outcome.windowEnd, outcome.finishedAt)
  return levelResult({
    calls,
    outcome: { ...outcome, windowEnd: Math.max(windowEnd, outcome.windowStart + 1) },
    fakeRecords: fake.records,
    fakeStats,
    startupRssMb,
    rssBeforeMb,
    rssSamplesMb,
    serverCpuMsInWindow: cpuAtWindowEnd - cpuAtWindowStart,
    healthzMs,
    // The histogram includes its own 1 ms timer interval; what is left is lag.
    clientEventLoopP99Ms: Math.max(0, clientDelay.percentile(99) / 1e6 - 1),
    staleSocketRetries: client.staleSocketRetries() - retriesBefore,
    loadAverageBefore,
    loadAverageAfter: loadavg(),
  })
}

const longCallLines = (JSON.parse(readFileSync(new URL('./fixtures/long-winded-call.json', import.meta.url), 'utf8')) as { lines: string[] }).lines

/** One long-winded call, turn after turn, with the fake answering at once; returns the prompts the server sent. */
async function holdLongWindedCall(client: ApiClient, fake: FakeModelProcess, token: string, turns: number, options: BenchOptions): Promise<CapturedRequest[]> {
  fake.setSpeed({ ttftMs: 0, tokensPerSecond: 20_000 })
  const stopCapture = fake.startCapture()
  try {
    const started = await client.json('POST', '/api/sessions', { token, body: { personaId: longWindedArmchairDelivery.id } })
    if (started.status !== 201) throw new Error(`Starting the long-winded call failed: ${started.status} ${JSON.stringify(started.body)}`)
    const sessionId = started.body.session.id as string
    for (let turn = 1; turn <= turns; turn++) {
      const text = longCallLines[(turn - 1) % longCallLines.length]!
      const result = await client.stream(`/api/sessions/${sessionId}/turns`, { token, body: { clientTurnId: `prompt-economy-${turn}`, text } })
      const failure = result.error?.code ?? result.events.find((event) => event.event === 'turn-error')?.data?.code
      if (failure) throw new Error(`Turn ${turn} of the long-winded call failed: ${failure}`)
      if (result.events.some((event) => event.event === 'session-ended')) {
        options.log(`the long-winded call ended at turn ${turn}, before turn ${turns}`)
        break
      }
    }
    await client.json('POST', `/api/sessions/${sessionId}/end`, { token, body: { reason: 'resolved' } })
    await new Promise((resolve) => setTimeout(resolve, 300)) // the last captured messages are still on their way
  } finally {
    fake.setSpeed({ ttftMs: options.ttftMs, tokensPerSecond: options.tokensPerSecond })
  }
  return stopCapture()
}

function gitCommit(): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', 'HEAD'], { cwd: repositoryRoot }, (error, stdout) => resolve(error ? null : stdout.trim()))
  })
}
