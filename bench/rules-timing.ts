/**
 * The rules' own time per trainee turn, in this process and without the server: what a turn costs before any
 * model is asked. Times `detectSignals` + `earnFacts` + `applyTurn` on the gold set's replies, in their call
 * context, cycling through the rows until enough turns are timed.
 */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { detectSignals } from '../src/grader/signals'
import { defaultRubric } from '../src/grader/rubric'
import { builtinPersonas } from '../src/personas/builtin'
import { earnFacts } from '../src/personas/hidden-facts'
import { applyTurn, initialMoodState } from '../src/personas/mood'
import { builtinPersonaFor, goldSignalContext } from '../eval/gold-graders'
import { parseGoldTurns } from '../eval/gold-turns'
import { type Summary, summarise } from './statistics'

export interface RulesTiming {
  /** Turns timed (after one untimed pass over every row, which pays for compiling the patterns and loading the lexicon). */
  turns: number
  rows: number
  source: string
  /** Milliseconds per turn for detectSignals + earnFacts + applyTurn. */
  perTurnMs: Summary
  method: string
}

export const rulesTimingMethod =
  'detectSignals + earnFacts + applyTurn per gold reply, in its call context, in the bench process (one warm-up pass first); a row without a built-in persona uses the first built-in for facts and mood'

const goldFile = new URL('../eval/gold/turns.jsonl', import.meta.url)

export function measureRulesTime(turns: number): RulesTiming {
  const parsed = parseGoldTurns(readFileSync(goldFile, 'utf8'), defaultRubric.criteria.map((criterion) => criterion.id))
  const rows = parsed.turns.map((turn) => ({ turn, persona: builtinPersonaFor(turn.persona) ?? builtinPersonas[0]!, context: goldSignalContext(turn) }))
  if (rows.length === 0) throw new Error('eval/gold/turns.jsonl has no usable rows to time the rules on.')
  const once = (row: (typeof rows)[number]) => {
    const signals = detectSignals(row.turn.reply, row.context)
    earnFacts(row.persona, row.turn.reply, signals, [])
    applyTurn(row.persona, initialMoodState(row.persona), signals)
  }
  for (const row of rows) once(row)
  const times: number[] = []
  for (let index = 0; index < turns; index++) {
    const row = rows[index % rows.length]!
    const started = performance.now()
    once(row)
    times.push(performance.now() - started)
  }
  return { turns, rows: rows.length, source: 'eval/gold/turns.jsonl', perTurnMs: summarise(times, 3), method: rulesTimingMethod }
}
