import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { formatReport } from '../../bench/print-report'
import { defaultOptions, runBench, type BenchResult } from '../../bench/run-bench'

/**
 * Keeps `npm run bench` working: the real server, the fake model and two trainees holding calls
 * for two turns each, end to end. It checks the result is well formed and complete, never how fast
 * anything was (timings on a shared CI machine mean nothing).
 */
describe('bench smoke', () => {
  let directory: string | undefined

  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true })
  })

  it('runs two calls of two turns end to end and writes a well-formed result', async () => {
    directory = await mkdtemp(join(tmpdir(), 'toughcall-bench-smoke-'))
    const lines: string[] = []
    const { result, file } = await runBench({
      ...defaultOptions,
      databases: ['pglite'],
      levels: [2],
      durationSeconds: 20,
      rampSeconds: 0,
      ttftMs: 20,
      tokensPerSecond: 1_000,
      thinkMs: [20, 60],
      maxTurnsPerTrainee: 2,
      promptTurns: 3,
      warmupTurns: 3,
      rulesTurns: 200,
      perceptionTurns: 2,
      resultsDirectory: directory,
      log: (line) => lines.push(line),
    })

    const written = JSON.parse(await readFile(file, 'utf8')) as BenchResult
    expect(written.runs).toHaveLength(1)
    const [run] = written.runs
    expect(run!.database).toBe('pglite')
    expect(run!.login.status).toBe(200)

    const [level] = run!.levels
    expect(level!.calls).toBe(2)
    expect(level!.errors).toEqual({ total: 0, turnsWithErrors: 0, turnsSent: 4, byCode: {}, sampleMessages: {} })
    expect(level!.turnsMeasured).toBe(4)
    // Every turn was paired with the fake model's own record of its two calls.
    expect(level!.unpairedTurns).toBe(0)
    expect(level!.chunkCountMismatches).toBe(0)
    expect(level!.addedTtftMs.count).toBe(4)
    expect(level!.turn.wallMs.count).toBe(4)
    expect(level!.addedGapMs.count).toBeGreaterThan(4)
    expect(level!.rss.peakMb).toBeGreaterThan(0)

    expect(run!.promptEconomy!.turns).toBe(3)
    expect(run!.promptEconomy!.persona.points).toHaveLength(3)
    expect(run!.promptEconomy!.grader.points).toHaveLength(3)
    expect(run!.promptEconomy!.persona.points[0]!.tokens).toBeGreaterThan(100)

    // The rules timed in-process, and a second start of the server with model perception, paired turn by turn.
    expect(written.rules!.turns).toBe(200)
    expect(written.rules!.perTurnMs.count).toBe(200)
    expect(run!.perception).toMatchObject({ turns: 2, statuses: { ran: 2 }, unpairedTurns: 0 })
    expect(run!.perception!.restMs.count).toBe(2)
    expect(run!.perception!.perceptionCallMs.p50).toBeGreaterThan(0)
    expect(run!.perception!.rulesAddedTtftMs.count).toBe(2)
    expect(written.targets.map((check) => check.target)).toEqual(
      expect.arrayContaining(['rules time per turn, median (ms)', 'perception: added time beyond its call and the rules-only overhead, p50 (ms)']),
    )

    expect(written.targets.map((check) => check.target)).toContain('added TTFT p50 at 200 calls (ms)')
    expect(written.targets.find((check) => check.target.startsWith('added TTFT p50'))!.pass).toBeNull() // 200 calls were not run

    const report = formatReport(result, file)
    expect(report).toContain('added TTFT p50/95/99 ms')
    expect(report).toContain('rules per turn')
    expect(report).toContain('perception call ms')
    expect(report).toContain(file)
  }, 120_000)
})
