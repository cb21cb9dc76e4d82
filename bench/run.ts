/**
 * `npm run bench -- [--calls N] [--levels 50,200,500] [--duration S] [--ttft-ms 300] [--tokens-per-s 50]
 *   [--db pglite|postgres|pglite,postgres] [--postgres-url URL] [--think-ms 8000-20000] [--prompt-turns 30]
 *   [--rules-turns 3000] [--perception-turns 20] [--profile]`
 *
 * Prints the table and writes bench/results/<date>.json. See docs/performance.md.
 */
import { parseArgs } from 'node:util'
import { formatReport } from './print-report'
import { defaultOptions, runBench, type BenchOptions, type DatabaseKind } from './run-bench'

const usage =
  'Usage: npm run bench -- [--calls N | --levels 50,200,500] [--duration S] [--ramp S] [--ttft-ms 300] [--tokens-per-s 50] ' +
  '[--db pglite|postgres|pglite,postgres] [--postgres-url URL] [--think-ms 8000-20000] [--prompt-turns 30] [--rules-turns 3000] [--perception-turns 20] [--profile] [--out DIR]'

function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      calls: { type: 'string' },
      levels: { type: 'string' },
      duration: { type: 'string' },
      ramp: { type: 'string' },
      'ttft-ms': { type: 'string' },
      'tokens-per-s': { type: 'string' },
      db: { type: 'string' },
      'postgres-url': { type: 'string' },
      'think-ms': { type: 'string' },
      'prompt-turns': { type: 'string' },
      'rules-turns': { type: 'string' },
      'perception-turns': { type: 'string' },
      profile: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  const positive = (name: string, text: string | undefined, fallback: number, allowZero = false) => {
    if (text === undefined) return fallback
    const value = Number(text)
    if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) throw new Error(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, not "${text}".\n${usage}`)
    return value
  }
  const databases = (values.db ?? defaultOptions.databases.join(',')).split(',').map((name) => name.trim()) as DatabaseKind[]
  for (const database of databases) if (database !== 'pglite' && database !== 'postgres') throw new Error(`--db must be pglite or postgres, not "${database}".\n${usage}`)
  const levels = values.calls
    ? [positive('calls', values.calls, 0)]
    : values.levels
      ? values.levels.split(',').map((level) => positive('levels', level, 0))
      : defaultOptions.levels
  const think = values['think-ms']?.split('-').map((part) => positive('think-ms', part, 0, true))
  const durationSeconds = positive('duration', values.duration, defaultOptions.durationSeconds)
  return {
    ...defaultOptions,
    databases,
    levels: levels.map(Math.round),
    durationSeconds,
    rampSeconds: positive('ramp', values.ramp, Math.min(defaultOptions.rampSeconds, durationSeconds / 4), true),
    ttftMs: positive('ttft-ms', values['ttft-ms'], defaultOptions.ttftMs, true),
    tokensPerSecond: positive('tokens-per-s', values['tokens-per-s'], defaultOptions.tokensPerSecond),
    thinkMs: think ? [think[0]!, think[1] ?? think[0]!] : defaultOptions.thinkMs,
    promptTurns: Math.round(positive('prompt-turns', values['prompt-turns'], defaultOptions.promptTurns, true)),
    rulesTurns: Math.round(positive('rules-turns', values['rules-turns'], defaultOptions.rulesTurns, true)),
    perceptionTurns: Math.round(positive('perception-turns', values['perception-turns'], defaultOptions.perceptionTurns, true)),
    postgresUrl: values['postgres-url'] ?? defaultOptions.postgresUrl,
    resultsDirectory: values.out ?? defaultOptions.resultsDirectory,
    profile: values.profile ?? false,
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const { result, file } = await runBench(options)
  console.log(formatReport(result, file))
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
