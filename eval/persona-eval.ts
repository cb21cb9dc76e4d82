/**
 * npm run eval:personas -- [--persona id] [--runs N] [--json out.json] [--concurrency N]
 *
 * Plays scripted good and bad trainees against the built-in personas through the real app, with the
 * persona model configured in the environment (PERSONA_MODEL, LLM_BASE_URL, … as for the server),
 * and reports the mood dynamics and the rule-checked failure rates of the customer's lines.
 * Exit code 0 when every target is met, 2 when one is missed, 1 on an error. See eval/README.md.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../src/server/config'
import { createJsonLogger } from '../src/server/logger'
import { formatPersonaReport, runPersonaEval } from './persona-harness'

const usage = `Usage: npm run eval:personas -- [--persona id] [--runs N] [--json out.json] [--concurrency N] [--verbose]

  --persona      a built-in persona id (repeat the option for several); all four by default
  --runs         seeded runs of each scripted agent (good and bad) per persona (default 10)
  --json         also write every customer turn, its mood and its check results to this file
  --concurrency  calls played at once (default 2)
  --verbose      log each model call and each run as it finishes`

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      persona: { type: 'string', multiple: true },
      runs: { type: 'string', default: '10' },
      json: { type: 'string' },
      concurrency: { type: 'string', default: '2' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (values.help) {
    console.log(usage)
    return 0
  }
  const runs = Number(values.runs)
  const concurrency = Number(values.concurrency)
  if (!Number.isInteger(runs) || runs < 1) return usageError(`--runs must be a whole number of at least 1, not "${values.runs}"`)
  if (!Number.isInteger(concurrency) || concurrency < 1) return usageError(`--concurrency must be a whole number of at least 1, not "${values.concurrency}"`)
  const config = loadConfig()
  if (config.persona === null) {
    return usageError('The persona evaluation needs a persona model: set PERSONA_MODEL and LLM_BASE_URL (or LLM_API_KEY for OpenAI), as for the server.')
  }
  const started = Date.now()
  const report = await runPersonaEval({
    config,
    personaIds: values.persona,
    runs,
    concurrency,
    logger: values.verbose ? createJsonLogger((line) => process.stderr.write(`${line}\n`)) : undefined,
    onProgress: values.verbose ? (message) => process.stderr.write(`${message}\n`) : undefined,
  })
  console.log(formatPersonaReport(report))
  console.log(`\n(${report.turns.length} customer turns in ${((Date.now() - started) / 1000).toFixed(1)} s)`)
  if (values.json !== undefined) {
    writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`)
    console.error(`Wrote ${values.json}.`)
  }
  return report.targetsMet ? 0 : 2
}

function usageError(message: string): number {
  console.error(`${message}\n\n${usage}`)
  return 1
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message)
    else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) console.error(`${error.message}\n\n${usage}`)
    else console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
