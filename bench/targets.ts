/** The targets, checked against one bench result per database. */
import type { LevelResult } from './level-result'
import type { RulesTiming } from './rules-timing'
import type { DatabaseRun } from './run-bench'

export interface TargetCheck {
  target: string
  database: string
  /** What was measured, in the target's unit; null when the level or figure was not run. */
  value: number | null
  limit: string
  /** null: not measured in this run (e.g. the level was not part of it). */
  pass: boolean | null
}

/** Issue 13: the signal rules stay fast. Measured once, in the bench process, whatever the databases. */
export function checkRulesTargets(rules: RulesTiming | null): TargetCheck[] {
  const value = rules?.perTurnMs.p50 ?? null
  return [{ target: 'rules time per turn, median (ms)', database: '-', value, limit: '≤ 2', pass: value === null ? null : value <= 2 }]
}

export function checkTargets(runs: DatabaseRun[]): TargetCheck[] {
  const checks: TargetCheck[] = []
  for (const run of runs) {
    const at = (calls: number): LevelResult | undefined => run.levels.find((level) => level.calls === calls)
    const add = (target: string, value: number | null | undefined, limit: string, pass: (value: number) => boolean) =>
      checks.push({ target, database: run.database, value: value ?? null, limit, pass: value === null || value === undefined || Number.isNaN(value) ? null : pass(value) })
    const level200 = at(200)
    const level500 = at(500)
    add('added TTFT p50 at 200 calls (ms)', level200?.addedTtftMs.p50, '≤ 3', (value) => value <= 3)
    add('added TTFT p99 at 200 calls (ms)', level200?.addedTtftMs.p99, '≤ 15', (value) => value <= 15)
    add('added inter-token gap p99 at 200 calls (ms)', level200?.addedGapMs.p99, '≤ 2', (value) => value <= 2)
    add('errors at 500 calls', level500?.errors.total, '= 0', (value) => value === 0)
    add('server RSS peak at 500 calls (MB)', level500?.rss.peakMb, '≤ 300', (value) => value <= 300)
    // "≈ max, never the sum": the median turn within 5% of the longer model call, and the grader's request
    // leaving right behind the reply's (were they in series it would trail by the whole reply, ~1–2 s).
    add('turn wall / max(persona, grader) p50 at 200 calls', level200?.turn.wallOverMax.p50, '≤ 1.05', (value) => value <= 1.05)
    add('grader request after persona request p99 at 200 calls (ms)', level200?.turn.graderStartAfterPersonaMs.p99, '≤ 50', (value) => value <= 50)
    add('grades arriving before the reply started, at 200 calls', level200?.turn.gradeBeforeReply, '= 0', (value) => value === 0)
    // Issue 13: perception adds its model call and at most 15 ms of its own to what the server adds with the rules alone.
    add('perception: added time beyond its call and the rules-only overhead, p50 (ms)', run.perception?.extraP50Ms, '≤ 15', (value) => value <= 15)
    const economy = run.promptEconomy
    add('persona prompt tokens turn 30 / turn 10', economy?.persona.growth30Over10, '≤ 2', (value) => value <= 2)
    add('grader prompt tokens turn 30 / turn 10', economy?.grader.growth30Over10, '≤ 2', (value) => value <= 2)
    add('persona prompt cacheable prefix, lowest from turn 3', economy?.persona.minCachedPrefixShareFromTurn3, '≥ 0.90', (value) => value >= 0.9)
    add('grader prompt cacheable prefix, lowest from turn 3', economy?.grader.minCachedPrefixShareFromTurn3, '≥ 0.90', (value) => value >= 0.9)
  }
  return checks
}
