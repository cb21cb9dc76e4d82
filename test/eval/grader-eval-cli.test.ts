import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultRubric } from '../../src/grader/rubric'
import { type FakeOpenAi, startFakeOpenAi } from '../fake-openai/fake-openai-server'

const root = fileURLToPath(new URL('../..', import.meta.url))
const tsx = join(root, 'node_modules', '.bin', 'tsx')

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs `npm run eval:grader -- …` as a user would, with only the given model settings in the environment. */
function evalGrader(args: string[], environment: Record<string, string> = {}): Promise<Run> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(LLM_|OPENAI_|GRADER_|PERSONA_)/.test(name)))
  return new Promise((resolve) => {
    execFile(tsx, ['eval/grader-eval.ts', ...args], { cwd: root, env: { ...inherited, ...environment }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

const turn = (id: string, reply: string, labels: Record<string, number | null>) =>
  JSON.stringify({ id, persona: 'hostile-broadband-callbacks', customerName: 'Dale Harrow', context: [{ role: 'customer', text: 'Nine days with no internet!' }], reply, labels })

describe('npm run eval:grader', () => {
  let directory: string
  let fake: FakeOpenAi
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'toughcall-eval-'))
    fake = await startFakeOpenAi()
  })
  afterAll(async () => {
    rmSync(directory, { recursive: true, force: true })
    await fake.close()
  })

  it('grades a split of the shipped gold set with the rules, prints the table and writes the JSON report', async () => {
    const out = join(directory, 'rules.json')
    const run = await evalGrader(['--data', 'eval/gold/test.jsonl', '--grader', 'rules', '--json', out])
    expect(run.stderr).not.toMatch(/skipped/)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/# rules grader: \d+ of \d+ turns graded/)
    for (const criterion of defaultRubric.criteria) expect(run.stdout).toContain(criterion.id)
    expect(run.stdout).toMatch(/^overall\s+\d+/m)
    expect(run.stdout).toContain('Worst disagreements')
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report.reports[0].grader).toBe('rules')
    expect(report.turns.length).toBeGreaterThanOrEqual(150)
    expect(report.turns[0].rules.runs[0].labels).toHaveProperty('no_blame')
  })

  it('works on any file in the format and names the bad lines', async () => {
    const data = join(directory, 'mine.jsonl')
    writeFileSync(data, [turn('one', 'Calm down, you should have called earlier.', { no_blame: 0 }), '{oops', turn('two', 'Hi', { no_blame: 7 })].join('\n'))
    const run = await evalGrader(['--data', data])
    expect(run.stderr).toContain('mine.jsonl:2: skipped: not valid JSON')
    expect(run.stderr).toContain('mine.jsonl:3: skipped: labels.no_blame')
    expect(run.stdout).toContain('# rules grader: 1 of 1 turns graded')
    expect(run.code).toBe(1)
  })

  it('explains what to set when --grader llm has no model configured', async () => {
    const run = await evalGrader(['--data', 'eval/gold/turns.jsonl', '--grader', 'llm'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('GRADER_MODEL')
  })

  it('grades with the configured model, repeats for consistency and reports the share graded identically', async () => {
    const data = join(directory, 'llm.jsonl')
    writeFileSync(data, [turn('steady', 'Mr Harrow, I am so sorry.', { acknowledge: 1 }), turn('wobbly', 'Right then.', { acknowledge: 0 })].join('\n'))
    let wobble = 0
    fake.script((request) => {
      const prompt = JSON.stringify(request.body.messages)
      const score = prompt.includes('Right then.') ? (wobble++ % 2) : 1
      return { json: { criteria: [{ criterionId: 'acknowledge', score, rationale: 'Scripted.', evidenceQuote: null }], betterReply: 'Try again.' } }
    })
    const run = await evalGrader(['--data', data, '--grader', 'llm', '--repeat', '3', '--concurrency', '1'], {
      GRADER_MODEL: 'fake-model',
      LLM_BASE_URL: fake.url,
      LLM_MAX_RETRIES: '0',
    })
    expect(run.stderr).not.toMatch(/error|fail|skipped/i)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('# llm grader: 2 of 2 turns graded')
    expect(run.stdout).toContain('Consistency over 3 repeats: 50% of turns got identical labels every time.')
    expect(fake.requests.filter((request) => request.kind === 'object')).toHaveLength(6)
    const first = fake.requests[0]!.body
    expect(first.temperature).toBe(0)
    expect(JSON.stringify(first.messages)).toContain('<turn_to_grade>')
  })
})
