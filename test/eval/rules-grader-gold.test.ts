import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AgreementSummary } from '../../src/grader/agreement'
import { defaultRubric } from '../../src/grader/rubric'
import { rulesGrader } from '../../eval/gold-graders'
import { parseGoldTurns } from '../../eval/gold-turns'
import { buildGraderReport, formatReport, gradeTurns, type GraderReport } from '../../eval/grader-report'

/**
 * The rules grader (the app's instant provisional grade) against the shipped gold set. The figures
 * are printed on every run. Floors are asserted only where the rules can honestly judge: the 0s
 * they hand out (a trainee is told they did wrong) and the criteria their signals cover. The rest is
 * recorded in eval/README.md, with why the rules cannot do better there.
 */
let report: GraderReport

beforeAll(async () => {
  const parsed = parseGoldTurns(readFileSync(new URL('../../eval/gold/turns.jsonl', import.meta.url), 'utf8'), defaultRubric.criteria.map((criterion) => criterion.id))
  const results = await gradeTurns(parsed.turns, rulesGrader(defaultRubric))
  report = buildGraderReport('rules', results, defaultRubric, { worst: 20 })
  console.log(formatReport(report))
})

function criterion(id: string): AgreementSummary {
  const found = report.criteria.find((entry) => entry.id === id)
  if (!found) throw new Error(`no criterion ${id}`)
  return found.agreement
}

describe('the rules grader on the gold set', () => {
  it('grades every turn', () => {
    expect(report.graded).toBe(report.turns)
    expect(report.failures).toEqual([])
  })

  it('is right when it tells a trainee they blamed the customer (no_blame 0s)', () => {
    const { flaggedZeros } = criterion('no_blame')
    expect(flaggedZeros.flagged).toBeGreaterThanOrEqual(10)
    expect(flaggedZeros.precision).toBeGreaterThanOrEqual(0.95)
  })

  it('is right when it says a promise cannot be kept (honest_promises 0s)', () => {
    const { flaggedZeros } = criterion('honest_promises')
    expect(flaggedZeros.flagged).toBeGreaterThanOrEqual(5)
    expect(flaggedZeros.precision).toBeGreaterThanOrEqual(0.95)
  })

  it('is right about dead ends, hostility and swearing when it flags them (can_do and composure 0s)', () => {
    expect(criterion('can_do').flaggedZeros.precision).toBeGreaterThanOrEqual(0.95)
    expect(criterion('composure').flaggedZeros.precision).toBeGreaterThanOrEqual(0.95)
  })

  it('rarely flags a 0 the gold does not share, over all criteria', () => {
    expect(report.overall.flaggedZeros.precision).toBeGreaterThanOrEqual(0.9)
    // Acknowledge's 0 on a first reply rests on an absence ("no acknowledgement found"), so it is less sure.
    expect(criterion('acknowledge').flaggedZeros.precision).toBeGreaterThanOrEqual(0.85)
  })

  it('credits directed questions and paraphrases fairly when it scores clarify', () => {
    const clarify = criterion('clarify')
    expect(clarify.exact).toBeGreaterThanOrEqual(0.8)
    expect(clarify.withinOne).toBeGreaterThanOrEqual(0.85)
    expect(clarify.precisionByScore[2]).toBeGreaterThanOrEqual(0.75)
    // Recorded, not a floor: kappa is low because the rules take a repeated or blaming question for a
    // directed one (gold 0, rules 2), which only the grader model can see. See eval/README.md.
    expect(clarify.kappa).not.toBeNull()
  })

  it('agrees with the gold on the criteria its signals cover', () => {
    expect(criterion('can_do').kappa).toBeGreaterThanOrEqual(0.8)
    expect(criterion('honest_promises').kappa).toBeGreaterThanOrEqual(0.6)
    expect(criterion('acknowledge').withinOne).toBeGreaterThanOrEqual(0.9)
    expect(report.overall.withinOne).toBeGreaterThanOrEqual(0.9)
  })
})
