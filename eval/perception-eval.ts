/**
 * npm run eval:perception -- --data <file.jsonl> [--perception rules|model|both] [--json out.json]
 *
 * Perceives every turn of a gold file as a call would (the rules alone, or refined by the perception model) and
 * prints per-signal precision and recall on rows with signal labels, and per-criterion agreement of the instant
 * grade on the perceived signals. `model` uses the perception model configured in the environment
 * (PERCEPTION_MODEL, else GRADER_MODEL; LLM_BASE_URL, … as for the server). See eval/README.md.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { positiveInteger, readGoldFile, runCommand, UsageError } from './eval-command'
import type { PerceptionStatus } from '../src/grader/merge-perception'
import { defaultRubric } from '../src/grader/rubric'
import { loadConfig } from '../src/server/config'
import { createOpenAiLlmClient } from '../src/server/llm/openai-llm-client'
import { type GoldPerceiver, modelPerceiver, type PerceivedTurn, perceptionGrader, rulesPerceiver } from './gold-perception'
import type { GoldTurn } from './gold-turns'
import { buildGraderReport, gradeTurns } from './grader-report'
import { formatPerceptionReport, type PerceptionReport, signalAgreement } from './perception-report'

const usage = `Usage: npm run eval:perception -- --data <file.jsonl> [--perception rules|model|both] [--json out.json] [--concurrency N] [--worst N]

  --data         gold turns, one JSON object per line (see eval/README.md); rows with a "signals" object give per-signal figures
  --perception   rules (default; no model), model (the configured perception model, time box included), or both
  --json         also write the full report, with every turn's perceived signals, to this file
  --concurrency  turns perceived at once by the model (default 4)
  --worst        how many of the worst grade disagreements to list (default 15)`

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      perception: { type: 'string', default: 'rules' },
      json: { type: 'string' },
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
  if (!['rules', 'model', 'both'].includes(values.perception)) throw new UsageError(`--perception must be rules, model or both, not "${values.perception}"`)
  const concurrency = positiveInteger('--concurrency', values.concurrency)
  const worst = positiveInteger('--worst', values.worst)

  const rubric = defaultRubric
  const parsed = readGoldFile(values.data, rubric.criteria.map((criterion) => criterion.id))
  if (parsed.turns.length === 0) return 1

  const perceivers: GoldPerceiver[] = []
  if (values.perception !== 'model') perceivers.push(rulesPerceiver())
  if (values.perception !== 'rules') perceivers.push(configuredModelPerceiver())

  const reports: PerceptionReport[] = []
  const perceivedBy = new Map<string, Map<string, PerceivedTurn>>()
  for (const perceiver of perceivers) {
    const started = Date.now()
    const perceived = new Map<string, PerceivedTurn>()
    const grader = perceptionGrader(perceiver, rubric, (turn, result) => perceived.set(turn.id, result))
    const results = await gradeTurns(parsed.turns, grader, {
      concurrency: perceiver.name === 'rules' ? 1 : concurrency,
      onProgress: perceiver.name === 'model' ? (done, total) => progress(done, total) : undefined,
    })
    const report = perceptionReport(perceiver.name, parsed.turns, perceived, buildGraderReport(grader.name, results, rubric, { worst }))
    reports.push(report)
    perceivedBy.set(perceiver.name, perceived)
    console.log(formatPerceptionReport(report))
    console.log(`\n(${parsed.turns.length} turns from ${values.data}, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
  }
  if (values.json !== undefined) {
    const turns = parsed.turns.map((turn) => ({
      id: turn.id,
      persona: turn.persona,
      reply: turn.reply,
      gold: { labels: turn.labels, signals: turn.signals ?? null },
      ...Object.fromEntries(
        [...perceivedBy].map(([name, perceived]) => {
          const result = perceived.get(turn.id)
          return [name, result === undefined ? null : { status: result.status, signals: result.signals.signals }]
        }),
      ),
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

function perceptionReport(
  name: GoldPerceiver['name'],
  turns: readonly GoldTurn[],
  perceived: ReadonlyMap<string, PerceivedTurn>,
  grade: PerceptionReport['grade'],
): PerceptionReport {
  const labelled = turns.filter((turn) => turn.signals !== undefined && perceived.has(turn.id))
  const statuses: Record<PerceptionStatus, number> = { ran: 0, fell_back: 0, timed_out: 0 }
  for (const result of perceived.values()) if (result.status !== null) statuses[result.status] += 1
  return {
    perception: name,
    turns: turns.length,
    labelledTurns: labelled.length,
    statuses: name === 'model' ? statuses : null,
    signals: signalAgreement(labelled.map((turn) => ({ labels: turn.signals!, found: new Set(perceived.get(turn.id)!.signals.signals.map((signal) => signal.id)) }))),
    grade,
  }
}

function configuredModelPerceiver(): GoldPerceiver {
  const config = loadConfig()
  if (config.perception === null) {
    throw new UsageError(
      '--perception model needs a perception model: set PERCEPTION_MODEL (or GRADER_MODEL) and LLM_BASE_URL (or LLM_API_KEY for OpenAI), as for the server, and not PERCEPTION=rules.',
    )
  }
  const client = createOpenAiLlmClient({
    baseURL: config.perception.baseURL,
    apiKey: config.perception.apiKey,
    model: config.perception.model,
    timeoutMs: config.llm.timeoutMs,
    idleTimeoutMs: config.llm.idleTimeoutMs,
    maxRetries: config.llm.maxRetries,
  })
  return modelPerceiver(client, { timeoutMs: config.llm.perceptionTimeoutMs })
}

function progress(done: number, total: number) {
  if (done === total || done % 10 === 0) process.stderr.write(`perceived ${done}/${total}\n`)
}

runCommand(() => main(process.argv.slice(2)), usage)
