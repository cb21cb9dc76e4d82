import type { PerceptionStatus } from '../src/grader/merge-perception'
import type { SignalId } from '../src/grader/signal-types'
import { formatReport, type GraderReport } from './grader-report'

/** How often one signal was perceived where the labels say it is (or is not) in the reply. */
export interface SignalAgreement {
  id: string
  /** Rows that label this signal either way. */
  labelled: number
  /** Rows that label it present. */
  present: number
  truePositives: number
  falsePositives: number
  falseNegatives: number
  trueNegatives: number
  /** Of the rows where it was perceived, the share labelled present; null when it was never perceived. */
  precision: number | null
  /** Of the rows labelled present, the share where it was perceived; null when none is labelled present. */
  recall: number | null
}

export interface PerceptionReport {
  perception: 'rules' | 'model'
  turns: number
  /** Rows with `signals` labels. */
  labelledTurns: number
  /** How each turn's perception went (model only): ran, fell back to the rules, timed out. */
  statuses: Record<PerceptionStatus, number> | null
  signals: SignalAgreement[]
  /** Per-criterion agreement of the instant grade on the perceived signals, exactly as `eval:grader` reports it. */
  grade: GraderReport
}

/** Per-signal precision and recall over rows with signal labels: each labelled id counts once per row. */
export function signalAgreement(rows: readonly { labels: Readonly<Record<string, boolean>>; found: ReadonlySet<SignalId | string> }[]): SignalAgreement[] {
  const counts = new Map<string, { tp: number; fp: number; fn: number; tn: number }>()
  for (const { labels, found } of rows) {
    for (const [id, present] of Object.entries(labels)) {
      const entry = counts.get(id) ?? { tp: 0, fp: 0, fn: 0, tn: 0 }
      const perceived = found.has(id)
      if (present && perceived) entry.tp += 1
      else if (present) entry.fn += 1
      else if (perceived) entry.fp += 1
      else entry.tn += 1
      counts.set(id, entry)
    }
  }
  return [...counts]
    .sort(([first], [second]) => first.localeCompare(second))
    .map(([id, { tp, fp, fn, tn }]) => ({
      id,
      labelled: tp + fp + fn + tn,
      present: tp + fn,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      trueNegatives: tn,
      precision: tp + fp === 0 ? null : tp / (tp + fp),
      recall: tp + fn === 0 ? null : tp / (tp + fn),
    }))
}

export function formatPerceptionReport(report: PerceptionReport): string {
  const lines = [`# ${report.perception} perception: ${report.grade.graded} of ${report.turns} turns perceived, ${report.labelledTurns} with signal labels`]
  if (report.statuses !== null) {
    lines.push(`perception ran on ${report.statuses.ran}, fell back to the rules on ${report.statuses.fell_back}, timed out on ${report.statuses.timed_out}`)
  }
  lines.push('')
  if (report.signals.length === 0) lines.push('No row has signal labels: per-signal figures need a "signals" object on the rows (see eval/README.md).')
  else {
    lines.push('Per signal (labelled rows only): present = rows labelled present; prec = of the rows it was perceived in, the share labelled present; recall = of the rows labelled present, the share it was perceived in.', '')
    const header = ['signal', 'labelled', 'present', 'tp', 'fp', 'fn', 'prec', 'recall']
    const rows = report.signals.map((signal) => [
      signal.id,
      String(signal.labelled),
      String(signal.present),
      String(signal.truePositives),
      String(signal.falsePositives),
      String(signal.falseNegatives),
      fixed(signal.precision),
      fixed(signal.recall),
    ])
    lines.push(...table([header, ...rows]))
  }
  lines.push('', 'Instant grade on these signals, per criterion:', '', formatReport(report.grade))
  return lines.join('\n')
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)))
  return rows.map((cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd())
}

function fixed(value: number | null): string {
  return value === null ? '—' : value.toFixed(2)
}
