/**
 * npm run eval:grader -- --data <file.jsonl> [--grader rules|llm|both] [--json out.json] [--repeat N]
 *
 * Grades every turn of a gold file and prints how far the grader agrees with the people who
 * labelled it. `rules` needs no model; `llm` uses the grader model configured in the environment
 * (GRADER_MODEL, LLM_BASE_URL, … as for the server). See eval/README.md.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { positiveInteger, readGoldFile, runCommand, UsageError } from './eval-command'
import { defaultRubric } from '../src/grader/rubric'
import { loadConfig } from '../src/server/config'
import { createOpenAiLlmClient } from '../src/server/llm/openai-llm-client'
import { llmGrader, rulesGrader, type GoldGrader } from './gold-graders'
import { buildGraderReport, formatReport, gradeTurns, type GraderReport, type TurnResult } from './grader-report'

const usage = `Usage: npm run eval:grader -- --data <file.jsonl> [--grader rules|llm|both] [--json out.json] [--repeat N] [--concurrency N] [--worst N]

  --data         gold turns, one JSON object per line (see eval/README.md)
  --grader       rules (default; no model), llm (the configured GRADER_MODEL), or both
  --json         also write the full report, with every turn's grades, to this file
  --repeat       grade each turn N times and report the share graded identically every time (default 1)
  --concurrency  turns graded at once by the model (default 4)
  --worst        how many of the worst disagreements to list (default 15)`

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      grader: { type: 'string', default: 'rules' },
      json: { type: 'string' },
      repeat: { type: 'string', default: '1' },
      concurrency: { type: 'string', default: '4' },
      worst: { type: 'string', default: '15' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (values.help) {
    console.log(usage)
    return 0
  }
  if (values.data === undefined) throw new UsageError('--data is required')
  if (!['rules', 'llm', 'both'].includes(values.grader)) throw new UsageError(`--grader must be rules, llm or both, not "${values.grader}"`)
  const repeat = positiveInteger('--repeat', values.repeat)
  const concurrency = positiveInteger('--concurrency', values.concurrency)
  const worst = positiveInteger('--worst', values.worst)

  const rubric = defaultRubric
  const parsed = readGoldFile(values.data, rubric.criteria.map((criterion) => criterion.id))
  if (parsed.turns.length === 0) return 1

  const graders: GoldGrader[] = []
  if (values.grader !== 'llm') graders.push(rulesGrader(rubric))
  if (values.grader !== 'rules') graders.push(configuredLlmGrader(rubric))

  const reports: GraderReport[] = []
  const resultsByGrader = new Map<string, TurnResult[]>()
  for (const grader of graders) {
    const started = Date.now()
    const results = await gradeTurns(parsed.turns, grader, {
      repeat,
      concurrency: grader.name === 'rules' ? 1 : concurrency,
      onProgress: grader.name === 'llm' ? (done, total) => progress(done, total) : undefined,
    })
    const report = buildGraderReport(grader.name, results, rubric, { repeat, worst })
    reports.push(report)
    resultsByGrader.set(grader.name, results)
    console.log(formatReport(report))
    console.log(`\n(${parsed.turns.length} turns from ${values.data}, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
  }
  if (values.json !== undefined) {
    // Every turn's gold labels next to each grader's grading(s), in file order.
    const turns = parsed.turns.map((turn, index) => ({
      id: turn.id,
      persona: turn.persona,
      reply: turn.reply,
      gold: turn.labels,
      ...Object.fromEntries([...resultsByGrader].map(([name, results]) => [name, { runs: results[index]?.runs ?? [], failures: results[index]?.failures ?? [] }])),
    }))
    writeFileSync(values.json, `${JSON.stringify({ data: values.data, rubricVersion: rubric.version, reports, turns }, null, 2)}\n`)
    console.error(`Wrote ${values.json}.`)
  }
  if (parsed.skipped > 0) {
    console.error(`${parsed.skipped} line(s) of ${values.data} were skipped; see above.`)
    return 1
  }
  return 0
}

function configuredLlmGrader(rubric: typeof defaultRubric) {
  const config = loadConfig()
  if (config.grader === null) {
    throw new UsageError('--grader llm needs a grader model: set GRADER_MODEL and LLM_BASE_URL (or LLM_API_KEY for OpenAI), as for the server.')
  }
  const client = createOpenAiLlmClient({
    baseURL: config.grader.baseURL,
    apiKey: config.grader.apiKey,
    model: config.grader.model,
    timeoutMs: config.llm.timeoutMs,
    idleTimeoutMs: config.llm.idleTimeoutMs,
    maxRetries: config.llm.maxRetries,
  })
  return llmGrader(client, rubric, { maxTokens: config.llm.graderMaxTokens })
}

function progress(done: number, total: number) {
  if (done === total || done % 10 === 0) process.stderr.write(`graded ${done}/${total}\n`)
}

runCommand(() => main(process.argv.slice(2)), usage)
