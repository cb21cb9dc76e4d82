/** The bench's table, as text for the terminal. */
import type { BenchResult } from './run-bench'

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

const number = (value: number | null | undefined, digits = 1) => (value === null || value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits))
const triple = (summary: { p50: number; p95: number; p99: number }, digits = 1) =>
  `${number(summary.p50, digits)}/${number(summary.p95, digits)}/${number(summary.p99, digits)}`

export function formatReport(result: BenchResult, file: string): string {
  const parts: string[] = []
  const { machine } = result
  parts.push(
    `toughcall bench — ${result.startedAt} — ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}` +
      `\nfake model: TTFT ${result.options.ttftMs} ms, ${result.options.tokensPerSecond} tokens/s; think ${result.options.thinkMs.join('–')} ms; ` +
      `${result.options.durationSeconds} s per level (first ${result.options.rampSeconds} s ramp-up, not measured)` +
      `\nload average (1/5/15 min) at start ${machine.loadAverageAtStart.join(' ')}, at end ${machine.loadAverageAtEnd.join(' ')}`,
  )
  if (result.rules) {
    const { perTurnMs } = result.rules
    parts.push(
      `\nrules per turn (detectSignals + earnFacts + applyTurn, ${result.rules.turns} turns over ${result.rules.rows} gold replies): ` +
        `median ${number(perTurnMs.p50, 3)} ms, p95 ${number(perTurnMs.p95, 3)} ms, p99 ${number(perTurnMs.p99, 3)} ms, max ${number(perTurnMs.max, 3)} ms`,
    )
  }
  for (const run of result.runs) {
    parts.push(
      `\n${run.database}: server RSS at start ${number(run.serverStartupRssMb, 0)} MB; sign-in check ${run.login.status} in ${run.login.ms} ms\n` +
        table(
          ['calls', 'turns/s', 'errors', 'added TTFT p50/95/99 ms', 'added gap p50/99 ms', 'accepted p50/99 ms', 'turn/max p50', 'healthz p99 ms', 'RSS peak MB', 'MB/call', 'server CPU', 'load 1m'],
          run.levels.map((level) => [
            String(level.calls),
            number(level.turnsPerSecond, 1),
            `${level.errors.total}/${level.errors.turnsSent}`,
            triple(level.addedTtftMs),
            `${number(level.addedGapMs.p50, 2)}/${number(level.addedGapMs.p99, 2)}`,
            `${number(level.turnAcceptedMs.p50)}/${number(level.turnAcceptedMs.p99)}`,
            number(level.turn.wallOverMax.p50, 3),
            number(level.healthzMs.p99),
            number(level.rss.peakMb, 0),
            number(level.rss.perCallMb, 2),
            `${number(level.serverCpuPercent, 0)}%`,
            number(level.loadAverage.after[0], 1),
          ]),
        ),
    )
    parts.push(
      table(
        ['calls', 'persona ms p50', 'grader ms p50', 'turn ms p50', 'turn/max p50/99', 'grader after persona p99 ms', 'server CPU ms/turn', 'lag p99 ms bench/fake', 'call start p50/99 ms'],
        run.levels.map((level) => [
          String(level.calls),
          number(level.turn.personaMs.p50, 0),
          number(level.turn.graderMs.p50, 0),
          number(level.turn.wallMs.p50, 0),
          `${number(level.turn.wallOverMax.p50, 3)}/${number(level.turn.wallOverMax.p99, 3)}`,
          number(level.turn.graderStartAfterPersonaMs.p99, 1),
          number(level.serverCpuMsPerTurn, 1),
          `${number(level.clientEventLoopP99Ms, 1)}/${number(level.fakeEventLoopP99Ms, 1)}`,
          `${number(level.callStartMs.p50, 0)}/${number(level.callStartMs.p99, 0)}`,
        ]),
      ),
    )
    if (run.perception) {
      const timing = run.perception
      parts.push(
        `perception (PERCEPTION=model against rules alone, ${timing.turns} turns one after another; ${Object.entries(timing.statuses).map(([status, count]) => `${count} ${status}`).join(', ')}` +
          `${timing.unpairedTurns > 0 ? `, ${timing.unpairedTurns} unpaired` : ''}); perception's own: ${number(timing.extraP50Ms)} ms (median rest − median rules-only)\n` +
          table(
            ['', 'p50', 'p95', 'p99', 'max'],
            [
              ['rules only: added TTFT ms', ...quad(timing.rulesAddedTtftMs)],
              ['perception: added TTFT ms', ...quad(timing.addedTtftMs)],
              ['  perception call ms', ...quad(timing.perceptionCallMs)],
              ['  rest ms', ...quad(timing.restMs)],
            ],
          ),
      )
    }
    const errors = run.levels.filter((level) => level.errors.total > 0)
    for (const level of errors) parts.push(`  errors at ${level.calls} calls: ${JSON.stringify(level.errors.byCode)} e.g. ${JSON.stringify(level.errors.sampleMessages)}`)
    if (run.cpuProfiles.length > 0) parts.push(`  CPU profiles: ${run.cpuProfiles.join(', ')}`)
  }
  const economy = result.runs.find((run) => run.promptEconomy)?.promptEconomy
  if (economy) {
    parts.push(
      `\nprompt economy, long-winded call (${economy.turns} turns; tokens ≈ chars/4 + 4 per message)\n` +
        table(
          ['prompt', 'tokens t1', 't10', 't30', 't30/t10', 'cached prefix t10', 't30', 'lowest from t3', 'whole call'],
          (['persona', 'grader'] as const).map((kind) => {
            const series = economy[kind]
            return [
              kind,
              String(series.at['1']?.tokens ?? '-'),
              String(series.at['10']?.tokens ?? '-'),
              String(series.at['30']?.tokens ?? '-'),
              number(series.growth30Over10, 2),
              percent(series.at['10']?.cachedPrefixShare),
              percent(series.at['30']?.cachedPrefixShare),
              percent(series.minCachedPrefixShareFromTurn3),
              percent(series.callCachedShare),
            ]
          }),
        ),
    )
  }
  parts.push(
    '\ntargets\n' +
      table(
        ['target', 'database', 'measured', 'limit', ''],
        result.targets.map((check) => [check.target, check.database, number(check.value, 2), check.limit, check.pass === null ? 'not run' : check.pass ? 'met' : 'MISSED']),
      ),
  )
  parts.push(`\nresults: ${file}`)
  return parts.join('\n')
}

function quad(summary: { p50: number; p95: number; p99: number; max: number }): string[] {
  return [number(summary.p50), number(summary.p95), number(summary.p99), number(summary.max)]
}

function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '-' : `${(value * 100).toFixed(1)}%`
}
