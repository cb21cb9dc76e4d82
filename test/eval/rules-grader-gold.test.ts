import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AgreementSummary } from '../../src/grader/agreement'
import { defaultRubric } from '../../src/grader/rubric'
import { rulesGrader } from '../../eval/gold-graders'
import { parseGoldTurns } from '../../eval/gold-turns'
import { buildGraderReport, formatReport, gradeTurns, type GraderReport } from '../../eval/grader-report'

/**
 * The rules grader (the app's instant provisional grade, with its learned layer) against the gold set's TEST
 * split, which nothing was tuned on (eval/README.md, "The splits"). The figures are printed on every run. The
 * floors sit a little under today's figures, as regression guards; the targets the rules do not yet reach are
 * recorded in eval/README.md, not asserted here.
 */
let report: GraderReport

beforeAll(async () => {
  const parsed = parseGoldTurns(readFileSync(new URL('../../eval/gold/test.jsonl', import.meta.url), 'utf8'), defaultRubric.criteria.map((criterion) => criterion.id))
  expect(parsed.problems).toEqual([])
  const results = await gradeTurns(parsed.turns, rulesGrader(defaultRubric))
  report = buildGraderReport('rules', results, defaultRubric, { worst: 20 })
  console.log(formatReport(report))
}, 120_000)

function criterion(id: string): AgreementSummary {
  const found = report.criteria.find((entry) => entry.id === id)
  if (!found) throw new Error(`no criterion ${id}`)
  return found.agreement
}

describe('the rules grader on the test split of the gold set', () => {
  it('grades every turn, names of every shape included', () => {
    expect(report.turns).toBeGreaterThanOrEqual(150)
    expect(report.graded).toBe(report.turns)
    expect(report.failures).toEqual([])
  })

  it('agrees with the gold on acknowledge, no_blame and composure', () => {
    expect(criterion('acknowledge').kappa).toBeGreaterThanOrEqual(0.7)
    expect(criterion('no_blame').kappa).toBeGreaterThanOrEqual(0.55)
    expect(criterion('composure').kappa).toBeGreaterThanOrEqual(0.5)
    expect(criterion('clarify').kappa).toBeGreaterThanOrEqual(0.35)
  })

  it('does not abstain its way to agreement: no_blame and composure judge every turn', () => {
    expect(criterion('no_blame').coverage).toBe(1)
    expect(criterion('composure').coverage).toBe(1)
    expect(criterion('acknowledge').coverage).toBeGreaterThanOrEqual(0.65)
    expect(criterion('clarify').coverage).toBeGreaterThanOrEqual(0.55)
  })

  it('is mostly right when it tells a trainee they did wrong (its 0s)', () => {
    expect(report.overall.flaggedZeros.precision).toBeGreaterThanOrEqual(0.8)
    expect(criterion('acknowledge').flaggedZeros.precision).toBeGreaterThanOrEqual(0.85)
  })
})
