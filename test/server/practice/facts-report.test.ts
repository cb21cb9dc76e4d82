import { describe, expect, it } from 'vitest'
import { hostileBroadbandCallbacks as persona } from '../../../src/personas/builtin'
import type { TurnRow } from '../../../src/server/db/queries/practice-queries'
import { factsReport } from '../../../src/server/practice/facts-report'

const fact = (id: string) => persona.hiddenFacts.find((entry) => entry.id === id)!

function trainee(id: string, earnedFactIdsBefore: string[] | null, rewound = false): TurnRow {
  return { id, role: 'trainee', earnedFactIdsBefore, rewoundAt: rewound ? new Date() : null } as TurnRow
}

function customer(id: string): TurnRow {
  return { id, role: 'customer', earnedFactIdsBefore: null, rewoundAt: null } as TurnRow
}

describe('the facts report', () => {
  it('names the turn that earned each fact, in the order the call uncovered them, and the topics never asked about', () => {
    const turns = [customer('opening'), trainee('t1', []), customer('r1'), trainee('t2', ['works-from-home']), customer('r2'), trainee('t3', ['works-from-home']), customer('r3')]
    const report = factsReport({ spec: persona, earnedFactIds: ['works-from-home', 'missed-engineer'], turns })
    expect(report.uncoveredFacts).toEqual([
      { id: 'works-from-home', fact: fact('works-from-home').fact, answers: fact('works-from-home').answers, turnId: 't1' },
      { id: 'missed-engineer', fact: fact('missed-engineer').fact, answers: fact('missed-engineer').answers, turnId: 't3' },
    ])
    expect(report.missedFacts).toEqual([
      { id: 'conflicting-explanations', answers: fact('conflicting-explanations').answers },
      { id: 'thinking-of-leaving', answers: fact('thinking-of-leaving').answers },
    ])
  })

  it('leaves out turns taken back: a fact belongs to the kept turn that earned it', () => {
    const turns = [
      customer('opening'),
      trainee('asked-then-taken-back', []),
      trainee('kept-1', []),
      trainee('kept-2', ['conflicting-explanations']),
    ]
    turns[1]!.rewoundAt = new Date()
    const report = factsReport({ spec: persona, earnedFactIds: ['conflicting-explanations', 'missed-engineer'], turns })
    expect(report.uncoveredFacts.map(({ id, turnId }) => ({ id, turnId }))).toEqual([
      { id: 'conflicting-explanations', turnId: 'kept-1' },
      { id: 'missed-engineer', turnId: 'kept-2' },
    ])
    expect(report.missedFacts.map(({ id }) => id)).toEqual(['works-from-home', 'thinking-of-leaving'])
  })

  it('a call with no questions asked uncovers nothing and misses every fact', () => {
    const report = factsReport({ spec: persona, earnedFactIds: [], turns: [customer('opening')] })
    expect(report.uncoveredFacts).toEqual([])
    expect(report.missedFacts.map(({ id }) => id)).toEqual(persona.hiddenFacts.map(({ id }) => id))
  })

  it('a call stored before turns kept their facts still lists them, without a turn', () => {
    const report = factsReport({ spec: persona, earnedFactIds: ['thinking-of-leaving'], turns: [customer('opening'), trainee('old', null)] })
    expect(report.uncoveredFacts).toEqual([{ id: 'thinking-of-leaving', fact: fact('thinking-of-leaving').fact, answers: fact('thinking-of-leaving').answers, turnId: null }])
  })

  it('ignores an earned id the persona version does not have', () => {
    const report = factsReport({ spec: persona, earnedFactIds: ['no-such-fact'], turns: [trainee('t1', [])] })
    expect(report.uncoveredFacts).toEqual([])
    expect(report.missedFacts).toHaveLength(persona.hiddenFacts.length)
  })
})
