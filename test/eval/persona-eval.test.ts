import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtinPersonas } from '../../src/personas/builtin'
import { customerTurnChecks, type CustomerTurnCheck } from '../../src/personas/customer-turn-checks'
import { loadConfig } from '../../src/server/config'
import { formatPersonaReport, runPersonaEval, type PersonaEvalReport } from '../../eval/persona-harness'
import { type FakeOpenAi, type FakeRequest, startFakeOpenAi } from '../fake-openai/fake-openai-server'

/**
 * What each persona says when nothing broken is scripted: in character, in style, giving nothing away. Short
 * sentences, rotated a step each turn, so no reply repeats an earlier one (the server would ask for it again).
 */
const inCharacterSentences: Record<string, { sentences: string[]; perReply: number }> = {
  'hostile-broadband-callbacks': {
    sentences: ['Right.', "I've heard all that before.", 'Nine days now.', 'What are you actually doing?', 'Go on, then.', 'I want a straight answer.', 'Still waiting.', 'Spit it out.', 'Make it quick.'],
    perReply: 3,
  },
  'long-winded-armchair-delivery': {
    sentences: ['Oh, well, I never.', 'I only wanted my chair.', 'Arthur dealt with these things.', 'My sister says I fuss.', 'It sits in the corner.', 'I do go on, dear.', 'Where was I, now?', 'It is such a bother.', 'Anyway, never mind me.', 'I like a nice chat.'],
    perReply: 6,
  },
  'know-it-all-roaming-charges': {
    sentences: ['I have been loyal.', 'Nine years, in fact.', 'I expect a clear answer.', 'Not a script.', 'Go on, then.', 'I am listening.', 'Be precise, please.', 'I know my rights.', 'Continue.'],
    perReply: 3,
  },
  'elderly-alum-reunion-registration': {
    sentences: ['Oh dear.', "I'm not good with this.", 'Could you say that again?', 'Slowly, please.', "I'm sorry.", 'It all goes so fast.', 'Let me find my glasses.', 'Where was I?', 'Right you are.'],
    perReply: 3,
  },
}

function inCharacter(personaId: string, turn: number): string {
  const { sentences, perReply } = inCharacterSentences[personaId] ?? { sentences: ['Go on.'], perReply: 1 }
  return Array.from({ length: perReply }, (_unused, index) => sentences[(turn + index) % sentences.length]).join(' ')
}

/** Broken lines, by persona, scripted agent and trainee turn, each with the check that must catch it. */
const broken: Array<{ persona: string; kind: 'good' | 'bad'; turn: number; reply: string; caughtBy: CustomerTurnCheck[] }> = [
  { persona: 'hostile-broadband-callbacks', kind: 'bad', turn: 1, reply: "Thank you so much, you've been wonderful!", caughtBy: ['too_soon_satisfied'] },
  { persona: 'hostile-broadband-callbacks', kind: 'bad', turn: 2, reply: "Agent: As an AI language model, I can't really be angry.", caughtBy: ['role_break', 'out_of_character'] },
  { persona: 'hostile-broadband-callbacks', kind: 'good', turn: 1, reply: 'I took the morning off, eight till one, and nobody came between 8am and 1pm!', caughtBy: ['unearned_fact'] },
  { persona: 'long-winded-armchair-delivery', kind: 'good', turn: 1, reply: 'Fine.', caughtBy: ['style_break'] },
  {
    persona: 'long-winded-armchair-delivery',
    kind: 'bad',
    turn: 1,
    reply: '(sighs) Well, dear, I suppose that is how it is these days. Nobody listens to an old woman, and Arthur would have had something to say about that, he really would.',
    caughtBy: ['role_break'],
  },
  { persona: 'know-it-all-roaming-charges', kind: 'bad', turn: 1, reply: "This is bloody ridiculous, and I'll be quoting the Consumer Rights Act to your manager.", caughtBy: ['style_break'] },
  { persona: 'elderly-alum-reunion-registration', kind: 'good', turn: 1, reply: "Oh, I'll just clear the browser cache then.", caughtBy: ['style_break'] },
  { persona: 'elderly-alum-reunion-registration', kind: 'bad', turn: 2, reply: 'My wife Joan is coming too, you know.', caughtBy: ['unearned_fact'] },
]

function scriptedReply(request: FakeRequest): string {
  const messages = (request.body.messages ?? []) as { role: string; content: string }[]
  const system = messages[0]?.content ?? ''
  const persona = builtinPersonas.find((candidate) => system.startsWith(`You are ${candidate.name},`))
  const agentTurns = messages.filter((message) => message.role === 'user' && message.content.includes('<agent_said>'))
  // Only the agent's words tell the good agent from the bad: the director's note may quote an apologetic habit.
  const firstWords = agentTurns[0]?.content.match(/<agent_said>([\s\S]*?)<\/agent_said>/)?.[1] ?? ''
  const kind = /sorry|apologi/i.test(firstWords) ? 'good' : 'bad'
  const scripted = broken.find((entry) => entry.persona === persona?.id && entry.kind === kind && entry.turn === agentTurns.length)
  return scripted?.reply ?? inCharacter(persona?.id ?? '', agentTurns.length)
}

describe('the persona evaluation against the fake model server', () => {
  let fake: FakeOpenAi
  let report: PersonaEvalReport
  beforeAll(async () => {
    fake = await startFakeOpenAi()
    fake.script((request) => ({ stream: scriptedReply(request) }))
    const config = loadConfig({ PERSONA_MODEL: 'fake-model', LLM_BASE_URL: fake.url, LLM_MAX_RETRIES: '0' })
    report = await runPersonaEval({ config, runs: 1 })
    console.log(formatPersonaReport(report))
  }, 120_000)
  afterAll(async () => {
    await fake.close()
  })

  it('plays every persona through the real app: the customer model gets the persona card and a director\'s note every turn', () => {
    expect(report.personas.map((summary) => summary.personaId)).toEqual(builtinPersonas.map((persona) => persona.id))
    const streams = fake.requests.filter((request) => request.kind === 'stream')
    expect(streams.length).toBe(report.turns.length)
    for (const request of streams) {
      const messages = request.body.messages as { role: string; content: string }[]
      expect(messages[0]?.role).toBe('system')
      expect(messages.at(-1)?.content).toContain('<director_note>')
    }
    expect(fake.requests.some((request) => request.kind === 'object')).toBe(false)
    expect(report.runRecords.every((record) => record.errors.length === 0)).toBe(true)
  })

  it('reports the same mood as the rules decide, and the mood targets met', () => {
    expect(report.runRecords.every((record) => record.moodMatchesRules)).toBe(true)
    for (const summary of report.personas) {
      expect(summary.badHangsUp, summary.personaId).toBe(1)
      expect(summary.goodCalms, summary.personaId).toBe(1)
    }
    const badOutcomes = report.runRecords.filter((record) => record.kind === 'bad').map((record) => record.outcome)
    expect(badOutcomes.every((outcome) => outcome === 'customer_hung_up')).toBe(true)
  })

  it('catches every scripted rule break, on the turn it happened, and nothing in the in-character lines', () => {
    for (const entry of broken) {
      const turn = report.turns.find((candidate) => candidate.personaId === entry.persona && candidate.kind === entry.kind && candidate.turn === entry.turn)
      expect(turn?.reply, `${entry.persona} ${entry.kind} turn ${entry.turn}`).toBe(entry.reply)
      expect(new Set(turn!.failures.map((failure) => failure.check))).toEqual(new Set(entry.caughtBy))
    }
    const clean = report.turns.filter((turn) => !broken.some((entry) => entry.persona === turn.personaId && entry.kind === turn.kind && entry.turn === turn.turn))
    expect(clean.flatMap((turn) => turn.failures)).toEqual([])
  })

  it('turns the failures into per-persona rates and misses the 1% target', () => {
    for (const summary of report.personas) {
      for (const check of customerTurnChecks) {
        const expected = broken.filter((entry) => entry.persona === summary.personaId && entry.caughtBy.includes(check)).length
        expect(summary.failed[check], `${summary.personaId} ${check}`).toBe(expected)
        expect(summary.rates[check]).toBeCloseTo(expected / summary.customerTurns, 10)
      }
    }
    expect(report.targetsMet).toBe(false)
    expect(formatPersonaReport(report)).toContain('Targets MISSED.')
  })
})

describe('npm run eval:personas', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  let fake: FakeOpenAi
  beforeAll(async () => {
    fake = await startFakeOpenAi()
    fake.script((request) => ({ stream: inCharacter('know-it-all-roaming-charges', (request.body.messages ?? []).filter((message) => message.role === 'user').length) }))
  })
  afterAll(async () => {
    await fake.close()
  })

  function evalPersonas(args: string[], environment: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(LLM_|OPENAI_|GRADER_|PERSONA_)/.test(name)))
    return new Promise((resolve) => {
      execFile(join(root, 'node_modules', '.bin', 'tsx'), ['eval/persona-eval.ts', ...args], { cwd: root, env: { ...inherited, ...environment }, timeout: 90_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      )
    })
  }

  it('runs one persona against the configured model and exits 0 when the targets are met', async () => {
    const run = await evalPersonas(['--persona', 'know-it-all-roaming-charges', '--runs', '1'], { PERSONA_MODEL: 'fake-model', LLM_BASE_URL: fake.url, LLM_MAX_RETRIES: '0' })
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/know-it-all-roaming-charges\s+1\s+100%\s+100%/)
    expect(run.stdout).toContain('Targets met.')
    expect(run.code).toBe(0)
  }, 180_000)

  it('says what to set when no persona model is configured', async () => {
    const run = await evalPersonas(['--runs', '1'], {})
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('PERSONA_MODEL')
  }, 120_000)
})
