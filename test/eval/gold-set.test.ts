import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defaultRubric } from '../../src/grader/rubric'
import { builtinPersonas } from '../../src/personas/builtin'
import { parseGoldTurns, type GoldTurn } from '../../eval/gold-turns'
import { splitOf } from '../../eval/split-gold'
import { signalIds } from '../../src/grader/signal-types'

const criterionIds = defaultRubric.criteria.map((criterion) => criterion.id)
const goldText = readFileSync(new URL('../../eval/gold/turns.jsonl', import.meta.url), 'utf8')
const parsed = parseGoldTurns(goldText, criterionIds)
const turns = parsed.turns

function scored(turn: GoldTurn, id: string): number | null {
  return turn.labels[id] ?? null
}

function meanScore(turn: GoldTurn): number {
  const scores = Object.values(turn.labels).filter((score): score is 0 | 1 | 2 => score !== null)
  return scores.reduce((sum: number, score) => sum + score, 0) / scores.length
}

describe('the shipped gold set, eval/gold/turns.jsonl', () => {
  it('has at least 800 well-formed turns with unique ids and no unknown criteria', () => {
    expect(parsed.problems).toEqual([])
    expect(parsed.warnings).toEqual([])
    expect(turns.length).toBeGreaterThanOrEqual(800)
    expect(goldText.trim().split('\n')).toHaveLength(turns.length)
  })

  it('spans at least 12 industries and many registers, and labels signals on the rows written for it', () => {
    expect(new Set(turns.flatMap((turn) => (turn.industry ? [turn.industry] : []))).size).toBeGreaterThanOrEqual(12)
    expect(new Set(turns.flatMap((turn) => (turn.register ? [turn.register] : []))).size).toBeGreaterThanOrEqual(6)
    const withSignals = turns.filter((turn) => turn.signals !== undefined)
    expect(withSignals.length).toBeGreaterThanOrEqual(800)
    for (const turn of withSignals) for (const id of Object.keys(turn.signals!)) expect(signalIds, `${turn.id}: ${id}`).toContain(id)
  })

  it('is split into train, dev and test by scenario, so no scenario is in two splits, and turns.jsonl holds them all', () => {
    const read = (name: string) => parseGoldTurns(readFileSync(new URL(`../../eval/gold/${name}.jsonl`, import.meta.url), 'utf8'), criterionIds).turns
    const splits = { train: read('train'), dev: read('dev'), test: read('test') }
    expect(splits.train.length + splits.dev.length + splits.test.length).toBe(turns.length)
    expect(splits.dev.length).toBeGreaterThanOrEqual(120)
    expect(splits.test.length).toBeGreaterThanOrEqual(120)
    const scenarioKey = (turn: GoldTurn) => (turn.scenario ? `${turn.scenario.company}|${turn.scenario.context}` : `${turn.persona}|${turn.customerName}`)
    const seen = new Map<string, string>()
    for (const [name, rows] of Object.entries(splits)) {
      for (const row of rows) {
        const key = scenarioKey(row)
        expect(seen.get(key) ?? name, `${row.id}: scenario in two splits`).toBe(name)
        seen.set(key, name)
        expect(name === 'train' || splitOf(key) === name).toBe(true)
      }
    }
  })

  it('labels every default criterion on every turn, with each score 0, 1 and 2 used many times over', () => {
    for (const id of criterionIds) {
      expect(turns.every((turn) => id in turn.labels), id).toBe(true)
      const scores = turns.map((turn) => scored(turn, id)).filter((score) => score !== null)
      expect(scores.length, id).toBeGreaterThanOrEqual(25)
      for (const value of [0, 1, 2]) expect(scores.filter((score) => score === value).length, `${id} = ${value}`).toBeGreaterThanOrEqual(4)
    }
  })

  it('covers all four built-in personas by id, with their customer names, at least 30 turns each, and inline scenarios elsewhere', () => {
    for (const persona of builtinPersonas) {
      const own = turns.filter((turn) => turn.persona === persona.id)
      expect(own.length, persona.id).toBeGreaterThanOrEqual(30)
      expect(new Set(own.map((turn) => turn.customerName)), persona.id).toEqual(new Set([persona.name]))
    }
    const archetypeNames = ['hostile', 'long-winded', 'know-it-all', 'elderly-confused']
    for (const turn of turns.filter((row) => !builtinPersonas.some((persona) => persona.id === row.persona))) {
      expect(archetypeNames, turn.id).toContain(turn.persona)
      expect(turn.scenario, turn.id).toBeDefined()
    }
  })

  it('grades each turn in context: calls start with the customer and the graded turn answers the customer', () => {
    for (const turn of turns) {
      expect(turn.context[0]?.role, turn.id).toBe('customer')
      expect(turn.context.at(-1)?.role, turn.id).toBe('customer')
    }
    expect(new Set(turns.map((turn) => turn.reply)).size).toBeGreaterThanOrEqual(turns.length - 5)
  })

  it('holds good, mediocre and bad replies for every persona', () => {
    for (const persona of builtinPersonas) {
      const means = turns.filter((turn) => turn.persona === persona.id || turn.persona === persona.archetype).map(meanScore)
      expect(means.filter((mean) => mean >= 1.6).length, `${persona.id} good`).toBeGreaterThanOrEqual(5)
      expect(means.filter((mean) => mean > 0.7 && mean < 1.6).length, `${persona.id} mediocre`).toBeGreaterThanOrEqual(5)
      expect(means.filter((mean) => mean <= 0.7).length, `${persona.id} bad`).toBeGreaterThanOrEqual(5)
    }
  })

  it('includes the subtle cases: polite blame, canned empathy, undirected questions, promises dressed as reassurance', () => {
    const politeBlame = turns.filter((turn) => /\b(sorry|apologi[sz]e)\b/i.test(turn.reply) && scored(turn, 'no_blame') === 0)
    const cannedEmpathy = turns.filter((turn) => /\bI (completely |totally )?understand\b/i.test(turn.reply) && scored(turn, 'acknowledge') === 0)
    const undirected = turns.filter((turn) => turn.reply.includes('?') && (scored(turn, 'clarify') === 1 || scored(turn, 'clarify') === 0))
    const reassuringPromise = turns.filter((turn) => /\b(don't (you )?worry|leave it with me|you have my word)\b/i.test(turn.reply) && scored(turn, 'honest_promises') === 0)
    expect(politeBlame.length).toBeGreaterThanOrEqual(4)
    expect(cannedEmpathy.length).toBeGreaterThanOrEqual(4)
    expect(undirected.length).toBeGreaterThanOrEqual(8)
    expect(reassuringPromise.length).toBeGreaterThanOrEqual(4)
  })

  it('includes hang-up-policy cases for every policy, within and against the policy', () => {
    const endsCall = (turn: GoldTurn) => /\b(end (this|the) call|hanging up|goodbye|bye)\b/i.test(turn.reply)
    for (const kind of ['never', 'after_warnings', 'last_resort'] as const) {
      const ids = builtinPersonas.filter((persona) => persona.hangUpPolicy.kind === kind).map((persona) => persona.id)
      const cases = turns.filter((turn) => ids.includes(turn.persona) && endsCall(turn) && scored(turn, 'composure') === 0)
      expect(cases.length, `${kind}: ending or threatening against the policy`).toBeGreaterThanOrEqual(1)
    }
    // After two warnings, the hostile customer may be dropped: a polite, compliant end scores composure 2.
    const compliant = turns.filter((turn) => turn.persona === 'hostile-broadband-callbacks' && /end the call now|ending this call now/i.test(turn.reply) && scored(turn, 'composure') === 2)
    expect(compliant.length).toBeGreaterThanOrEqual(2)
    const warnings = turns.filter((turn) => /\b(warning|stop swearing)\b/i.test(turn.reply) && scored(turn, 'composure') === 2)
    expect(warnings.length).toBeGreaterThanOrEqual(2)
  })
})

describe('parseGoldTurns', () => {
  it('reports bad lines by line number and keeps the good ones', () => {
    const good = { id: 'a', persona: 'hostile', customerName: 'Dale Harrow', context: [{ role: 'customer', text: 'Nine days!' }], reply: 'I am sorry.', labels: { acknowledge: 1, close: null } }
    const text = [
      JSON.stringify(good),
      '',
      '{not json',
      JSON.stringify({ ...good, id: 'b', labels: { acknowledge: 3 } }),
      JSON.stringify({ ...good, id: 'c', context: [{ role: 'agent', text: 'Hi' }] }),
      JSON.stringify(good),
      JSON.stringify({ ...good, id: 'd', labels: { empathy: 2 } }),
    ].join('\n')
    const result = parseGoldTurns(text, criterionIds)
    expect(result.turns.map((turn) => turn.id)).toEqual(['a', 'd'])
    expect(result.problems.map((problem) => problem.line)).toEqual([3, 4, 5, 6])
    expect(result.problems[1]?.message).toContain('labels.acknowledge')
    expect(result.problems[2]?.message).toContain('context.0.role')
    expect(result.problems[3]?.message).toContain('already used on line 1')
    expect(result.warnings).toEqual([{ line: 7, message: expect.stringContaining('empathy') }])
  })
})
