import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signalAgreement } from '../../eval/perception-report'
import { type FakeOpenAi, startFakeOpenAi } from '../fake-openai/fake-openai-server'

const root = fileURLToPath(new URL('../..', import.meta.url))
const tsx = join(root, 'node_modules', '.bin', 'tsx')

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs `npm run eval:perception -- …` as a user would, with only the given model settings in the environment. */
function evalPerception(args: string[], environment: Record<string, string> = {}): Promise<Run> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(LLM_|OPENAI_|GRADER_|PERSONA_|PERCEPTION)/.test(name)))
  return new Promise((resolve) => {
    execFile(tsx, ['eval/perception-eval.ts', ...args], { cwd: root, env: { ...inherited, ...environment }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

const sarcasm = 'Well, that is just marvellous for you.'
const row = (id: string, reply: string, signals: Record<string, boolean>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id,
    persona: 'custom',
    customerName: 'Ana Ruiz',
    context: [{ role: 'customer', text: 'My parcel has been lost for two weeks.' }],
    reply,
    labels: { composure: signals.sarcastic ? 0 : 2 },
    signals,
    industry: 'parcel delivery',
    register: 'terse chat',
    scenario: {
      company: 'Swift Parcels',
      context: 'a parcel sent by tracked delivery',
      whatWentWrong: 'The parcel has been lost for two weeks.',
      customerWants: 'The parcel found or a refund.',
      resolutions: [{ id: 'refund-today', description: 'A full refund issued today' }],
      refusedOutcomes: [],
      hangUpPolicy: 'last_resort',
    },
    ...extra,
  })

describe('npm run eval:perception', () => {
  let directory: string
  let fake: FakeOpenAi
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'toughcall-perception-eval-'))
    fake = await startFakeOpenAi()
  })
  afterAll(async () => {
    rmSync(directory, { recursive: true, force: true })
    await fake.close()
  })

  it('perceives a gold file with the rules: per-signal figures on labelled rows, per-criterion kappa, and the JSON report', async () => {
    const data = join(directory, 'rules.jsonl')
    const out = join(directory, 'rules.json')
    writeFileSync(data, [row('calm', 'I am so sorry, Ana. I will refund you today.', { apologised: true, sarcastic: false }), row('snide', sarcasm, { sarcastic: true })].join('\n'))
    const run = await evalPerception(['--data', data, '--json', out])
    expect(run.stderr).not.toMatch(/skipped/)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('# rules perception: 2 of 2 turns perceived, 2 with signal labels')
    expect(run.stdout).toMatch(/^apologised\s+1\s+1\s+1\s+0\s+0\s+1\.00\s+1\.00$/m)
    expect(run.stdout).toMatch(/^composure\s+/m)
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report.reports[0]).toMatchObject({ perception: 'rules', turns: 2, labelledTurns: 2, statuses: null })
    expect(report.reports[0].grade.criteria.find((criterion: { id: string }) => criterion.id === 'composure').agreement).toHaveProperty('kappa')
    expect(report.turns[1]).toMatchObject({ id: 'snide', gold: { signals: { sarcastic: true } }, rules: { status: null } })
  })

  it('explains what to set when --perception model has no model configured', async () => {
    const run = await evalPerception(['--data', 'eval/gold/dev.jsonl', '--perception', 'model'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('PERCEPTION_MODEL')
  })

  it('measures the configured perception model next to the rules, with the quote checks and the time box of a call', async () => {
    const data = join(directory, 'model.jsonl')
    writeFileSync(data, [row('snide', sarcasm, { sarcastic: true }), row('slow', 'Fine. Whatever you say.', { dismissed: true })].join('\n'))
    fake.script((request) => {
      const prompt = String(request.body.messages?.at(-1)?.content)
      if (prompt.includes('Whatever you say')) return { json: emptyPerception, ttftMs: 4_000 }
      return { json: { ...emptyPerception, behaviours: [{ signal: 'sarcastic', quote: 'that is just marvellous' }, { signal: 'dismissed', quote: 'not in the reply' }] } }
    })
    const out = join(directory, 'model.json')
    const run = await evalPerception(['--data', data, '--perception', 'both', '--json', out, '--concurrency', '1'], {
      PERCEPTION_MODEL: 'fake-model',
      LLM_BASE_URL: fake.url,
      LLM_MAX_RETRIES: '0',
      PERCEPTION_TIMEOUT_MS: '1500',
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('# rules perception: 2 of 2')
    expect(run.stdout).toContain('# model perception: 2 of 2 turns perceived, 2 with signal labels')
    expect(run.stdout).toContain('perception ran on 1, fell back to the rules on 0, timed out on 1')
    const report = JSON.parse(readFileSync(out, 'utf8'))
    const model = report.reports.find((entry: { perception: string }) => entry.perception === 'model')
    expect(model.signals.find((signal: { id: string }) => signal.id === 'sarcastic')).toMatchObject({ truePositives: 1, recall: 1 })
    expect(report.turns[0].model.signals).toContainEqual({ id: 'sarcastic', evidence: 'that is just marvellous', source: 'perception' })
    expect(report.turns[0].model.signals).not.toContainEqual({ id: 'dismissed', evidence: 'not in the reply' })
    // Past the time box the rules stand, as in a call.
    expect(report.turns[1].model).toEqual({ status: 'timed_out', signals: report.turns[1].rules.signals })
    const request = fake.requests[0]!.body
    expect(request.temperature).toBe(0)
    expect(request.response_format?.json_schema?.name).toBe('turn_perception')
    expect(String(request.messages?.at(-1)?.content)).toContain('- refund-today: A full refund issued today')
  })
})

const emptyPerception = { behaviours: [], misread: [], askedAbout: [], offeredResolutionId: null, offeredQuote: null, refusedOutcomeId: null, refusedQuote: null, promised: null }

describe('signalAgreement', () => {
  it('counts each labelled signal once per row, either way', () => {
    const figures = signalAgreement([
      { labels: { sarcastic: true, blamed: false }, found: new Set(['sarcastic', 'blamed']) },
      { labels: { sarcastic: true }, found: new Set() },
      { labels: { sarcastic: false }, found: new Set(['used_name']) },
    ])
    expect(figures).toEqual([
      { id: 'blamed', labelled: 1, present: 0, truePositives: 0, falsePositives: 1, falseNegatives: 0, trueNegatives: 0, precision: 0, recall: null },
      { id: 'sarcastic', labelled: 3, present: 2, truePositives: 1, falsePositives: 0, falseNegatives: 1, trueNegatives: 1, precision: 1, recall: 0.5 },
    ])
  })
})
