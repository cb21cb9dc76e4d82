import { randomUUID } from 'node:crypto'
import { builtinPersonas } from '../src/personas/builtin'
import { checkCustomerTurn, customerTurnChecks, type CustomerTurnCheck, type CustomerTurnFailure } from '../src/personas/customer-turn-checks'
import type { MoodBand, MoodEvent } from '../src/personas/mood'
import type { TranscriptLine } from '../src/personas/persona-prompt'
import type { PersonaSpec } from '../src/personas/persona-spec'
import { addUser } from '../src/server/auth/accounts'
import { bootstrap } from '../src/server/bootstrap'
import type { Config } from '../src/server/config'
import { createApp } from '../src/server/create-app'
import { getPracticeSession } from '../src/server/db/queries/practice-queries'
import { silentLogger, type Logger } from '../src/server/logger'
import { judgeRun, moodTargets, playMood } from './mood-dynamics'
import { scriptedTraineeLines, type AgentKind } from './scripted-trainees'

/** Target from issue 7: each kind of customer-turn failure in at most 1% of customer turns. */
export const failureTarget = 0.01

export interface PersonaEvalOptions {
  /** The app's configuration; its persona model plays the customers. The database and grader are replaced (see below). */
  config: Config
  /** Built-in persona ids; all four when omitted. */
  personaIds?: string[]
  /** Seeded runs of each scripted agent per persona. */
  runs: number
  /** Calls played at once. */
  concurrency?: number
  logger?: Logger
  onProgress?: (message: string) => void
}

export interface CustomerTurnRecord {
  personaId: string
  kind: AgentKind
  seed: number
  turn: number
  trainee: string
  reply: string
  status: string
  mood: { level: number; band: MoodBand; event: MoodEvent }
  failures: CustomerTurnFailure[]
}

export interface RunRecord {
  personaId: string
  kind: AgentKind
  seed: number
  passed: boolean
  reason: string
  /** Whether the app's mood matched the rules-only replay of the same lines (it must: code decides the mood). */
  moodMatchesRules: boolean
  levels: number[]
  outcome: string | null
  errors: string[]
}

export interface PersonaEvalSummary {
  personaId: string
  archetype: string
  runs: number
  badHangsUp: number
  goodCalms: number
  customerTurns: number
  /** Customer turns that failed each check at least once. */
  failed: Record<CustomerTurnCheck, number>
  rates: Record<CustomerTurnCheck, number | null>
  /** Up to three failing lines per check. */
  examples: Record<CustomerTurnCheck, { reply: string; evidence: string; detail: string }[]>
  errors: number
}

export interface PersonaEvalReport {
  model: string
  runs: number
  personas: PersonaEvalSummary[]
  targetsMet: boolean
  runRecords: RunRecord[]
  turns: CustomerTurnRecord[]
}

/**
 * Plays scripted trainees against the personas through the real app: `bootstrap` wires it as the
 * server does, on a fresh in-memory PGlite, and every turn goes through `POST /api/sessions/:id/turns`
 * (signals, mood, the persona model's streamed reply). The grader is left out: it does not
 * change what the customer says. Every customer line is rule-checked (`checkCustomerTurn`).
 */
export async function runPersonaEval(options: PersonaEvalOptions): Promise<PersonaEvalReport> {
  const personas = selectPersonas(options.personaIds)
  const config: Config = {
    ...options.config,
    database: { kind: 'pglite', dataDir: 'memory' },
    grader: null,
    cookieSecure: false,
    rateLimits: { ...options.config.rateLimits, loginPerMinute: 10_000, turnsPerMinute: 100_000 },
  }
  if (config.persona === null) throw new Error('The persona evaluation needs a persona model: set PERSONA_MODEL and LLM_BASE_URL (or LLM_API_KEY).')
  const { dependencies, database } = await bootstrap(config, options.logger ?? silentLogger)
  try {
    const app = createApp(dependencies)
    const password = `persona-eval-${randomUUID()}`
    const email = `persona-eval-${randomUUID()}@example.invalid`
    await addUser(dependencies, { email, name: 'Persona evaluation', role: 'trainee', password })
    const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
    if (login.status !== 200) throw new Error(`could not sign in to the app: ${login.status} ${await login.text()}`)
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''

    const request = async (path: string, body: unknown) =>
      app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) })

    const jobs = personas.flatMap((persona) =>
      Array.from({ length: options.runs }, (_, index) => index + 1).flatMap((seed) => (['bad', 'good'] as const).map((kind) => ({ persona, kind, seed }))),
    )
    const runRecords: RunRecord[] = []
    const turns: CustomerTurnRecord[] = []
    let next = 0
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!
        const played = await playCall(job, request, (sessionId) => getPracticeSession(dependencies.db, { id: sessionId }))
        runRecords.push(played.run)
        turns.push(...played.turns)
        options.onProgress?.(`${job.persona.id} ${job.kind} #${job.seed}: ${played.run.passed ? 'met' : `missed (${played.run.reason})`}, ${played.turns.length} customer turns`)
      }
    }
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker))
    const order = (record: { personaId: string; kind: string; seed: number }) => `${record.personaId}|${record.kind}|${String(record.seed).padStart(6, '0')}`
    runRecords.sort((first, second) => order(first).localeCompare(order(second)))
    turns.sort((first, second) => order(first).localeCompare(order(second)) || first.turn - second.turn)
    const summaries = personas.map((persona) => summarise(persona, options.runs, runRecords, turns))
    const targetsMet = summaries.every(
      (summary) =>
        summary.errors === 0 &&
        summary.badHangsUp >= moodTargets.badHangsUp &&
        summary.goodCalms >= moodTargets.goodCalms &&
        customerTurnChecks.every((check) => (summary.rates[check] ?? 0) <= failureTarget),
    )
    return { model: config.persona.model, runs: options.runs, personas: summaries, targetsMet, runRecords, turns }
  } finally {
    await database.close()
  }
}

function selectPersonas(ids: string[] | undefined): PersonaSpec[] {
  if (ids === undefined || ids.length === 0) return builtinPersonas
  return ids.map((id) => {
    const persona = builtinPersonas.find((candidate) => candidate.id === id)
    if (!persona) throw new Error(`unknown persona "${id}"; built-in personas: ${builtinPersonas.map((candidate) => candidate.id).join(', ')}`)
    return persona
  })
}

interface Job {
  persona: PersonaSpec
  kind: AgentKind
  seed: number
}

type Post = (path: string, body: unknown) => Promise<Response>

async function playCall(
  { persona, kind, seed }: Job,
  post: Post,
  loadSession: (id: string) => Promise<{ earnedFactIds: string[] } | null | undefined>,
): Promise<{ run: RunRecord; turns: CustomerTurnRecord[] }> {
  const lines = scriptedTraineeLines(persona, kind, seed)
  const created = await post('/api/sessions', { personaId: persona.id })
  if (created.status !== 201) throw new Error(`could not start a call with ${persona.id}: ${created.status} ${await created.text()}`)
  const sessionId = ((await created.json()) as { session: { id: string } }).session.id
  const transcript: TranscriptLine[] = [{ role: 'customer', text: persona.openingLine }]
  const levels = [persona.mood.start]
  const events: MoodEvent[] = []
  const turns: CustomerTurnRecord[] = []
  const errors: string[] = []
  const played: string[] = []
  let outcome: string | null = null
  for (const [index, line] of lines.entries()) {
    const response = await post(`/api/sessions/${sessionId}/turns`, { clientTurnId: `eval-${kind}-${seed}-turn-${index + 1}`, text: line })
    if (response.status !== 200) {
      errors.push(`turn ${index + 1}: HTTP ${response.status} ${await response.text()}`)
      break
    }
    const streamed = parseEvents(await response.text())
    const mood = streamed.find((event) => event.event === 'mood-changed')?.data as { after: number; band: MoodBand; event: MoodEvent } | undefined
    const reply = streamed.find((event) => event.event === 'reply-end')?.data as { text: string; status: string } | undefined
    const failure = streamed.find((event) => event.event === 'turn-error')?.data as { code: string; message: string } | undefined
    played.push(line)
    transcript.push({ role: 'trainee', text: line })
    if (mood) {
      levels.push(mood.after)
      events.push(mood.event)
    }
    if (failure) errors.push(`turn ${index + 1}: ${failure.code}: ${failure.message}`)
    if (mood && reply) {
      const session = await loadSession(sessionId)
      const context = { mood: { level: mood.after, band: mood.band, event: mood.event }, earnedFactIds: session?.earnedFactIds ?? [], transcript: [...transcript] }
      turns.push({
        personaId: persona.id,
        kind,
        seed,
        turn: index + 1,
        trainee: line,
        reply: reply.text,
        status: reply.status,
        mood: context.mood,
        failures: checkCustomerTurn(persona, reply.text, context),
      })
      transcript.push({ role: 'customer', text: reply.text })
    }
    const ended = streamed.find((event) => event.event === 'session-ended')?.data as { outcome?: { kind?: string } } | undefined
    if (ended) outcome = ended.outcome?.kind ?? 'ended'
    if (failure || ended || (mood && mood.event !== null)) break
  }
  const verdict = judgeRun(persona, kind, { levels, events })
  const rulesOnly = playMood(persona, played)
  return {
    run: {
      personaId: persona.id,
      kind,
      seed,
      passed: verdict.passed && errors.length === 0,
      reason: errors[0] ?? verdict.reason,
      moodMatchesRules: JSON.stringify(rulesOnly.levels) === JSON.stringify(levels),
      levels,
      outcome,
      errors,
    },
    turns,
  }
}

function summarise(persona: PersonaSpec, runs: number, runRecords: RunRecord[], turns: CustomerTurnRecord[]): PersonaEvalSummary {
  const own = runRecords.filter((record) => record.personaId === persona.id)
  const ownTurns = turns.filter((turn) => turn.personaId === persona.id)
  const failed = Object.fromEntries(customerTurnChecks.map((check) => [check, 0])) as Record<CustomerTurnCheck, number>
  const examples = Object.fromEntries(customerTurnChecks.map((check) => [check, []])) as unknown as PersonaEvalSummary['examples']
  for (const turn of ownTurns) {
    for (const check of customerTurnChecks) {
      const found = turn.failures.find((failure) => failure.check === check)
      if (!found) continue
      failed[check] += 1
      if (examples[check].length < 3) examples[check].push({ reply: turn.reply, evidence: found.evidence, detail: found.detail })
    }
  }
  const share = (kind: AgentKind) => {
    const ofKind = own.filter((record) => record.kind === kind)
    return ofKind.length === 0 ? 0 : ofKind.filter((record) => record.passed).length / ofKind.length
  }
  return {
    personaId: persona.id,
    archetype: persona.archetype,
    runs,
    badHangsUp: share('bad'),
    goodCalms: share('good'),
    customerTurns: ownTurns.length,
    failed,
    rates: Object.fromEntries(customerTurnChecks.map((check) => [check, ownTurns.length === 0 ? null : failed[check] / ownTurns.length])) as PersonaEvalSummary['rates'],
    examples,
    errors: own.reduce((sum, record) => sum + record.errors.length, 0),
  }
}

/** Reads a whole text/event-stream body into its events. */
function parseEvents(text: string): { event: string; data: unknown }[] {
  return text
    .split(/\r?\n\r?\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split(/\r?\n/)
      const event = lines.find((line) => line.startsWith('event:'))?.slice(6).trim() ?? 'message'
      const data = lines
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n')
      return { event, data: data === '' ? null : (JSON.parse(data) as unknown) }
    })
}

const checkTitles: Record<CustomerTurnCheck, string> = {
  role_break: 'agent lines',
  out_of_character: 'AI/prompt',
  unearned_fact: 'early fact',
  style_break: 'style',
  too_soon_satisfied: 'too soon',
}

export function formatPersonaReport(report: PersonaEvalReport): string {
  const header = ['persona', 'runs', 'bad hangs up', 'good calms', 'customer turns', ...customerTurnChecks.map((check) => checkTitles[check]), 'errors']
  const rows = report.personas.map((summary) => [
    summary.personaId,
    String(summary.runs),
    percent(summary.badHangsUp),
    percent(summary.goodCalms),
    String(summary.customerTurns),
    ...customerTurnChecks.map((check) => `${percent(summary.rates[check], 1)} (${summary.failed[check]})`),
    String(summary.errors),
  ])
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => (cells[column] ?? '').length)))
  const table = [header, ...rows].map((cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
  const lines = [
    `# Persona behaviour, model ${report.model}, ${report.runs} run(s) of each scripted agent per persona`,
    '',
    ...table,
    '',
    `Targets: bad agent → hang-up within patience, mood never falling, in ≥ ${percent(moodTargets.badHangsUp)} of runs; good agent → calm in ≥ ${percent(moodTargets.goodCalms)}; each customer-turn failure ≤ ${percent(failureTarget)} of customer turns.`,
    `Targets ${report.targetsMet ? 'met' : 'MISSED'}.`,
  ]
  const mismatched = report.runRecords.filter((record) => !record.moodMatchesRules)
  if (mismatched.length > 0) lines.push(`Warning: in ${mismatched.length} run(s) the app's mood differed from the rules-only replay of the same lines.`)
  const examples = report.personas.flatMap((summary) =>
    customerTurnChecks.flatMap((check) => summary.examples[check].map((example) => `  ${summary.personaId} ${check}: ${example.detail} [${example.evidence}] — "${excerpt(example.reply)}"`)),
  )
  if (examples.length > 0) lines.push('', 'Examples of failing customer turns:', ...examples)
  const failedRuns = report.runRecords.filter((record) => !record.passed)
  if (failedRuns.length > 0) lines.push('', 'Runs that missed their mood target:', ...failedRuns.slice(0, 20).map((record) => `  ${record.personaId} ${record.kind} #${record.seed}: ${record.reason}`))
  return lines.join('\n')
}

function percent(value: number | null, digits = 0): string {
  return value === null ? '—' : `${(value * 100).toFixed(digits)}%`
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= 100 ? flat : `${flat.slice(0, 99)}…`
}
