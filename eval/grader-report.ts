import { confusionLabels, shareIdentical, summariseAgreement, type AgreementSummary, type ScorePair } from '../src/grader/agreement'
import type { Score } from '../src/grader/grade-types'
import type { Rubric } from '../src/grader/rubric'
import type { GoldGrader, GradedTurn } from './gold-graders'
import type { GoldTurn } from './gold-turns'

/** Every grading of one gold turn: one entry per repeat that succeeded, and why the others failed. */
export interface TurnResult {
  turn: GoldTurn
  runs: GradedTurn[]
  failures: string[]
}

export interface Disagreement {
  id: string
  criterionId: string
  gold: Score
  graded: Score
  reply: string
}

export interface GraderReport {
  grader: GoldGrader['name']
  turns: number
  /** Turns with at least one successful grading; the figures use each turn's first one. */
  graded: number
  failures: { id: string; message: string }[]
  criteria: { id: string; title: string; agreement: AgreementSummary }[]
  /** All criteria pooled. */
  overall: AgreementSummary
  /** Worst first: two points apart, then a 0 where the gold says n/a, then one point apart. */
  worst: Disagreement[]
  /** With --repeat above 1: share of turns whose labels were identical on every repeat. */
  consistency: { repeats: number; turns: number; shareIdentical: number | null } | null
  /** Evidence quotes that failed the substring check (llm only). */
  flaggedEvidence: number
}

/** Runs a grader over the turns, `repeat` times each, at most `concurrency` turns at a time. */
export async function gradeTurns(
  turns: readonly GoldTurn[],
  grader: GoldGrader,
  options: { repeat?: number; concurrency?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<TurnResult[]> {
  const repeat = Math.max(1, options.repeat ?? 1)
  const results: TurnResult[] = turns.map((turn) => ({ turn, runs: [], failures: [] }))
  let next = 0
  let done = 0
  async function worker() {
    while (next < results.length) {
      const result = results[next++]!
      for (let run = 0; run < repeat; run += 1) {
        try {
          result.runs.push(await grader.grade(result.turn))
        } catch (error) {
          result.failures.push(error instanceof Error ? error.message : String(error))
        }
      }
      done += 1
      options.onProgress?.(done, results.length)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker))
  return results
}

export function buildGraderReport(
  grader: GoldGrader['name'],
  results: readonly TurnResult[],
  rubric: Rubric,
  options: { repeat?: number; worst?: number } = {},
): GraderReport {
  const graded = results.filter((result) => result.runs.length > 0)
  const pairsByCriterion = new Map<string, ScorePair[]>(rubric.criteria.map((criterion) => [criterion.id, []]))
  const disagreements: Disagreement[] = []
  for (const { turn, runs } of graded) {
    const labels = runs[0]!.labels
    for (const [criterionId, pairs] of pairsByCriterion) {
      if (!(criterionId in turn.labels)) continue
      const gold = turn.labels[criterionId] ?? null
      const score = labels[criterionId] ?? null
      pairs.push({ reference: gold, graded: score })
      if (severity(gold, score) > 0) disagreements.push({ id: turn.id, criterionId, gold, graded: score, reply: turn.reply })
    }
  }
  const weight = new Map(rubric.criteria.map((criterion) => [criterion.id, criterion.weight]))
  disagreements.sort(
    (first, second) =>
      severity(second.gold, second.graded) - severity(first.gold, first.graded) ||
      (weight.get(second.criterionId) ?? 0) - (weight.get(first.criterionId) ?? 0) ||
      first.id.localeCompare(second.id),
  )
  const repeat = options.repeat ?? 1
  return {
    grader,
    turns: results.length,
    graded: graded.length,
    failures: results.flatMap((result) => result.failures.map((message) => ({ id: result.turn.id, message }))),
    criteria: rubric.criteria.map((criterion) => ({
      id: criterion.id,
      title: criterion.title,
      agreement: summariseAgreement(pairsByCriterion.get(criterion.id) ?? []),
    })),
    overall: summariseAgreement([...pairsByCriterion.values()].flat()),
    worst: disagreements.slice(0, options.worst ?? 15),
    consistency:
      repeat > 1
        ? {
            repeats: repeat,
            turns: results.length,
            // A turn that failed on any repeat did not give the same labels every time.
            shareIdentical: shareIdentical(results.map((result) => (result.runs.length === repeat ? result.runs.map((run) => run.labels) : []))),
          }
        : null,
    flaggedEvidence: graded.reduce((sum, result) => sum + (result.runs[0]?.flagged.length ?? 0), 0),
  }
}

/** How bad a disagreement is: the point gap, with a 0 given where the gold says n/a ranked between one and two points. */
function severity(gold: Score, graded: Score): number {
  if (gold !== null && graded !== null) return Math.abs(gold - graded)
  if (gold === null && graded === 0) return 1.5
  return 0
}

export function formatReport(report: GraderReport): string {
  const lines: string[] = []
  lines.push(`# ${report.grader} grader: ${report.graded} of ${report.turns} turns graded`)
  if (report.failures.length > 0) {
    lines.push(`${report.failures.length} grading(s) failed, e.g. ${report.failures[0]!.id}: ${report.failures[0]!.message}`)
  }
  lines.push('')
  lines.push(
    'n = turns where the gold and the grader both gave a score (the figures are over these); gold = gold scores;',
    'cover = n / gold (the grader said n/a to the rest); 0-prec = share of the grader\'s 0s the gold also scored 0 (n/a counts',
    'as not 0); 0-recall = share of the gold\'s 0s the grader also scored 0; 2-prec = share of the grader\'s 2s the gold also scored 2.',
    '',
  )
  const header = ['criterion', 'gold', 'n', 'cover', 'exact', '±1', 'kappa', '0-prec', '0-recall', '2-prec']
  const rows = [...report.criteria.map((criterion) => row(criterion.id, criterion.agreement)), row('overall', report.overall)]
  lines.push(...table([header, ...rows]))
  lines.push('', 'Confusion matrices (rows: gold, columns: grader):')
  for (const criterion of report.criteria) {
    if (criterion.agreement.pairs === 0) continue
    lines.push(`  ${criterion.id}`)
    lines.push(...table([['', ...confusionLabels], ...criterion.agreement.confusion.map((counts, index) => [confusionLabels[index]!, ...counts.map(String)])]).map((line) => `    ${line}`))
  }
  if (report.consistency !== null) {
    lines.push('', `Consistency over ${report.consistency.repeats} repeats: ${percent(report.consistency.shareIdentical)} of turns got identical labels every time.`)
  }
  if (report.grader === 'llm') lines.push('', `Evidence quotes that failed the substring check: ${report.flaggedEvidence}.`)
  lines.push('', `Worst disagreements (${report.worst.length}):`)
  for (const item of report.worst) {
    lines.push(`  ${item.id} ${item.criterionId}: gold ${show(item.gold)}, grader ${show(item.graded)} — "${excerpt(item.reply)}"`)
  }
  return lines.join('\n')
}

function row(name: string, agreement: AgreementSummary): string[] {
  const zeros = agreement.flaggedZeros
  return [
    name,
    String(agreement.referenceScored),
    String(agreement.n),
    percent(agreement.coverage),
    percent(agreement.exact),
    percent(agreement.withinOne),
    agreement.kappa === null ? '—' : agreement.kappa.toFixed(2),
    zeros.flagged === 0 ? '—' : `${fixed(zeros.precision)} (${zeros.confirmed}/${zeros.flagged})`,
    percent(agreement.zeroRecall),
    fixed(agreement.precisionByScore[2]),
  ]
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)))
  return rows.map((cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd())
}

function percent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`
}

function fixed(value: number | null): string {
  return value === null ? '—' : value.toFixed(2)
}

function show(score: Score): string {
  return score === null ? 'n/a' : String(score)
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= 110 ? flat : `${flat.slice(0, 109)}…`
}
