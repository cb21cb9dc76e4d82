import { describe, expect, it } from 'vitest'
import type { CriterionGrade, TurnGrade } from '../../src/grader/grade-types'
import { lateSignals } from '../../src/grader/late-signals'
import type { SignalId } from '../../src/grader/signal-types'
import { signalsFrom } from '../personas/signals-from'

function criterion(criterionId: string, score: CriterionGrade['score'], evidence: string | null = 'quoted words', evidenceVerified = true): CriterionGrade {
  return { criterionId, score, rationale: 'r', evidence, evidenceVerified }
}

function llmGrade(criteria: CriterionGrade[], changes: Partial<TurnGrade> = {}): TurnGrade {
  return { source: 'llm', status: 'graded', criteria, betterReply: null, weightedScore: 40, flagged: [], ...changes }
}

describe('late signals: what the grader model saw and the rules missed', () => {
  it('polite blame, quiet sarcasm and a promise dressed as reassurance become blamed, hostile and over_promised', () => {
    const grade = llmGrade([criterion('no_blame', 0), criterion('composure', 0), criterion('honest_promises', 0), criterion('acknowledge', 0)])
    expect(lateSignals(grade, signalsFrom([]))).toEqual<SignalId[]>(['blamed', 'hostile', 'over_promised'])
  })

  it('adds nothing the rules already saw, in any of its forms', () => {
    const grade = llmGrade([criterion('no_blame', 0), criterion('composure', 0), criterion('honest_promises', 0)])
    expect(lateSignals(grade, signalsFrom(['patronised', 'profanity', 'over_promised']))).toEqual([])
  })

  it('only a 0 counts: a 1 or n/a is not escalation', () => {
    expect(lateSignals(llmGrade([criterion('no_blame', 1), criterion('composure', null)]), signalsFrom([]))).toEqual([])
  })

  it('trusts only a checked model grade that quotes the agent exactly', () => {
    const zero = [criterion('no_blame', 0)]
    expect(lateSignals(llmGrade(zero, { source: 'rules', status: 'provisional' }), signalsFrom([]))).toEqual([])
    expect(lateSignals(llmGrade(zero, { status: 'grader_failed' }), signalsFrom([]))).toEqual([])
    expect(lateSignals(llmGrade([criterion('no_blame', 0, null)]), signalsFrom([]))).toEqual([])
    expect(lateSignals(llmGrade([criterion('no_blame', 0, 'not said', false)]), signalsFrom([]))).toEqual([])
    expect(lateSignals(llmGrade(zero, { flagged: ['no_blame'] }), signalsFrom([]))).toEqual([])
    expect(lateSignals(null, null)).toEqual([])
  })
})
