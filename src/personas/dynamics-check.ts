import { detectSignals } from '../grader/signals'
import { signalContextFor } from './signal-context'
import type { SignalId } from '../grader/signal-types'
import { applyTurn, initialMoodState, type MoodEvent } from './mood'
import type { PersonaSpec } from './persona-spec'
import { longScriptedTurns, maxScriptedTurns, scriptedAgentLines, type AgentKind } from './scripted-agents'

/*
 * Mood dynamics against scripted agents, with no model: the same signal detectors and mood function
 * a call runs. Shared by the persona evaluation (eval/) and the trainer's "check dynamics" button.
 */

/** Targets from issue 7: a bad agent nearly always drives the customer away, a good one usually calms them. */
export const moodTargets = { badHangsUp: 0.95, goodCalms: 0.8 } as const

/** The customer's mood over one scripted call: level before the first trainee turn, then after each. */
export interface CallMood {
  levels: number[]
  events: MoodEvent[]
  /** Per trainee turn, the signals that lowered the level. */
  calmedBy?: SignalId[][]
}

export interface RunVerdict {
  passed: boolean
  /** Why it failed, in a few words; empty when it passed. */
  reason: string
  /** Trainee turns played before the call ended or the script ran out. */
  turns: number
  /** The trainee turn after which the customer was first calm, if ever. */
  calmedAtTurn: number | null
}

/**
 * The mood a sequence of trainee lines gives, with no model: the same signals and mood function a
 * call runs (`detectSignals`, `applyTurn`). Stops at the first end event, as a call does.
 */
export function playMood(persona: PersonaSpec, lines: readonly string[]): CallMood {
  let state = initialMoodState(persona)
  const levels = [state.level]
  const events: MoodEvent[] = []
  const calmedBy: SignalId[][] = []
  const previousTraineeTexts: string[] = []
  for (const line of lines) {
    const update = applyTurn(persona, state, detectSignals(line, { ...signalContextFor(persona, []), previousTraineeTexts }))
    previousTraineeTexts.push(line)
    state = update.state
    levels.push(state.level)
    events.push(update.event)
    calmedBy.push(update.reasons.flatMap((reason) => (reason.delta < 0 && reason.signal !== 'drift' && reason.signal !== 'clamped' && reason.signal !== 'capped' && reason.signal !== 'held' ? [reason.signal] : [])))
    if (update.event !== null) break
  }
  return { levels, events, calmedBy }
}

/**
 * Whether one run met its target.
 * - bad agent: the mood never falls on any turn, and the customer hangs up within their patience,
 *   that is at most `patience` turns after first reaching the hang-up threshold.
 * - good agent: the customer reaches the calm threshold before any hang-up.
 */
export function judgeRun(persona: PersonaSpec, kind: AgentKind, mood: Pick<CallMood, 'levels' | 'events'>): RunVerdict {
  const turns = mood.events.length
  const calmedAtTurn = firstCalmTurn(persona, mood)
  const hangUpTurn = mood.events.indexOf('hang_up') + 1 || null
  if (kind === 'good') {
    if (calmedAtTurn === null) return { passed: false, reason: hangUpTurn === null ? 'never calmed' : `hung up on turn ${hangUpTurn}`, turns, calmedAtTurn }
    if (hangUpTurn !== null && hangUpTurn <= calmedAtTurn) return { passed: false, reason: `hung up on turn ${hangUpTurn}`, turns, calmedAtTurn }
    return { passed: true, reason: '', turns, calmedAtTurn }
  }
  const fell = mood.levels.findIndex((level, index) => index > 0 && level < mood.levels[index - 1]!)
  if (fell !== -1) return { passed: false, reason: `mood fell on turn ${fell}`, turns, calmedAtTurn }
  if (hangUpTurn === null) return { passed: false, reason: `no hang-up in ${turns} turns`, turns, calmedAtTurn }
  const firstAtThreshold = mood.levels.findIndex((level, index) => index > 0 && level >= persona.mood.hangUpThreshold)
  if (hangUpTurn - firstAtThreshold + 1 > persona.mood.patience) {
    return { passed: false, reason: `hung up ${hangUpTurn - firstAtThreshold + 1} turns after reaching the threshold`, turns, calmedAtTurn }
  }
  return { passed: true, reason: '', turns, calmedAtTurn }
}

function firstCalmTurn(persona: PersonaSpec, mood: Pick<CallMood, 'levels'>): number | null {
  const index = mood.levels.findIndex((level, turn) => turn > 0 && level <= persona.mood.calmThreshold)
  return index === -1 ? null : index
}

export interface MoodDynamicsSummary {
  personaId: string
  runs: number
  badHangsUp: number
  goodCalms: number
  /** Failed runs, for the report: agent kind, seed and why. */
  failures: { kind: AgentKind; seed: number; reason: string }[]
  /** Median trainee turn on which the good agent calmed the customer. */
  medianCalmTurn: number | null
}

/** The mood-dynamics shares over `runs` seeded runs of each scripted agent, with no model. */
export function summariseMoodDynamics(persona: PersonaSpec, runs: number, firstSeed = 1): MoodDynamicsSummary {
  const failures: MoodDynamicsSummary['failures'] = []
  const calmTurns: number[] = []
  let bad = 0
  let good = 0
  for (let seed = firstSeed; seed < firstSeed + runs; seed += 1) {
    for (const kind of ['bad', 'good'] as const) {
      const verdict = judgeRun(persona, kind, playMood(persona, scriptedAgentLines(persona, kind, seed)))
      if (verdict.passed) {
        if (kind === 'bad') bad += 1
        else good += 1
      } else {
        failures.push({ kind, seed, reason: verdict.reason })
      }
      if (kind === 'good' && verdict.calmedAtTurn !== null) calmTurns.push(verdict.calmedAtTurn)
    }
  }
  return {
    personaId: persona.id,
    runs,
    badHangsUp: runs === 0 ? 0 : bad / runs,
    goodCalms: runs === 0 ? 0 : good / runs,
    failures,
    medianCalmTurn: median(calmTurns),
  }
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((first, second) => first - second)
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}

/** What the trainer's "check dynamics" shows: a verdict, the shares, and one mood curve per agent. */
export interface DynamicsCheck {
  verdict: {
    /** Both checks below hold. */
    passed: boolean
    /** The bad agent never brought the customer down to the calm threshold, in any run. */
    badAgentNeverCalms: boolean
    /** The good agent calmed the customer before they hung up in at least `moodTargets.goodCalms` of the runs. */
    goodAgentCalmsWithinPatience: boolean
    /** No agent who never offered anything (stalling, filler, empathy alone) ended a call resolved. */
    noOfferNeverResolves: boolean
    /** What was found, problems first, in words a trainer can act on. */
    messages: string[]
  }
  good: { calmedInRuns: number; runs: number; medianCalmTurn: number | null; curve: number[] }
  bad: { calmedInRuns: number; hungUpInRuns: number; runs: number; curve: number[] }
  /**
   * The agents who never offer anything (holding lines, stock phrases, empathy and questions alone): how often the
   * call ended resolved (it never should) and how often the customer ended well below where they started.
   */
  others: NoOfferAgentResult[]
  calmThreshold: number
  patience: number
}

export interface NoOfferAgentResult {
  kind: Exclude<AgentKind, 'good' | 'bad'>
  runs: number
  /** Runs that ended resolved: with nothing offered, this must be 0. */
  resolvedInRuns: number
  /** Runs in which the customer ended more than `noOfferMaximumCalm` points calmer than they started. */
  calmedInRuns: number
  curve: number[]
}

/** How far below the start a customer may end after a call in which nothing was offered (filler, stalling). */
export const noOfferMaximumCalm = 10

const noOfferKinds = ['stalling', 'filler', 'empathetic'] as const

export const defaultDynamicsRuns = 20

/** One seeded call of each scripted agent against the persona. */
export interface DynamicsRun {
  seed: number
  good: CallMood
  bad: CallMood
  stalling: CallMood
  filler: CallMood
  empathetic: CallMood
}

export function playDynamicsRun(persona: PersonaSpec, seed: number): DynamicsRun {
  return {
    seed,
    good: playMood(persona, scriptedAgentLines(persona, 'good', seed)),
    bad: playMood(persona, scriptedAgentLines(persona, 'bad', seed)),
    stalling: playMood(persona, scriptedAgentLines(persona, 'stalling', seed)),
    filler: playMood(persona, scriptedAgentLines(persona, 'filler', seed)),
    empathetic: playMood(persona, scriptedAgentLines(persona, 'empathetic', seed)),
  }
}

/**
 * Plays `runs` seeded calls (seeds 1 to `runs`) of a scripted good agent and a scripted bad agent
 * against the persona's mood dynamics. Pure and deterministic: the same spec always gives the same
 * result. A server that must stay responsive can play the runs one by one with `playDynamicsRun`
 * and judge them with `judgeDynamics`.
 */
export function checkDynamics(persona: PersonaSpec, { runs = defaultDynamicsRuns }: { runs?: number } = {}): DynamicsCheck {
  const seeds = Array.from({ length: Math.max(1, Math.floor(runs)) }, (_, index) => index + 1)
  return judgeDynamics(persona, seeds.map((seed) => playDynamicsRun(persona, seed)))
}

/** The verdict over played runs; the curves are those of the first run. */
export function judgeDynamics(persona: PersonaSpec, runs: readonly DynamicsRun[]): DynamicsCheck {
  const runCount = runs.length
  const { calmThreshold, patience } = persona.mood
  const good = { calmedInRuns: 0, hungUpInRuns: 0, calmTurns: [] as number[] }
  const bad = { calmedInRuns: 0, hungUpInRuns: 0, firstCalm: null as { seed: number; turn: number } | null, calmingSignals: new Set<SignalId>() }

  for (const run of runs) {
    const goodVerdict = judgeRun(persona, 'good', run.good)
    if (goodVerdict.passed) {
      good.calmedInRuns += 1
      good.calmTurns.push(goodVerdict.calmedAtTurn!)
    }
    if (run.good.events.includes('hang_up')) good.hungUpInRuns += 1

    for (const signal of (run.bad.calmedBy ?? []).flat()) bad.calmingSignals.add(signal)
    const badCalmTurn = firstCalmTurn(persona, run.bad)
    if (badCalmTurn !== null) {
      bad.calmedInRuns += 1
      bad.firstCalm ??= { seed: run.seed, turn: badCalmTurn }
    }
    if (run.bad.events.includes('hang_up')) bad.hungUpInRuns += 1
  }

  // Blame, put-downs and dead ends must never calm the customer at all, not merely stop short of the calm bands
  // (which, without an offer on the table, nothing can reach).
  const badAgentNeverCalms = bad.calmedInRuns === 0 && bad.calmingSignals.size === 0
  const neededGoodRuns = Math.ceil(moodTargets.goodCalms * runCount)
  const goodAgentCalmsWithinPatience = good.calmedInRuns >= neededGoodRuns
  const problems: string[] = []
  const findings: string[] = []
  const signalList = (signals: Iterable<SignalId>) => [...signals].join(', ')

  if (badAgentNeverCalms) {
    findings.push(`The bad agent never calmed the customer in ${runCount} runs.`)
  } else if (bad.calmedInRuns > 0) {
    problems.push(
      `The bad agent calmed the customer in ${bad.calmedInRuns} of ${runCount} runs (first in run ${bad.firstCalm!.seed}, on turn ${bad.firstCalm!.turn}). ` +
        `A customer who is blamed, patronised and stonewalled must not reach the calm threshold (${calmThreshold}).`,
    )
  }
  if (bad.calmingSignals.size > 0) {
    const message = `The bad agent's turns lowered the frustration through: ${signalList(bad.calmingSignals)}. Check these sensitivities in mood.sensitivities.`
    problems.push(message)
  }

  const medianCalmTurn = median(good.calmTurns)
  if (goodAgentCalmsWithinPatience) {
    findings.push(`The good agent calmed the customer in ${good.calmedInRuns} of ${runCount} runs, by turn ${medianCalmTurn} (median).`)
  } else {
    const why =
      good.hungUpInRuns > 0
        ? `The customer hung up on the good agent in ${good.hungUpInRuns} runs: the patience (${patience}) may be too short or the hang-up threshold (${persona.mood.hangUpThreshold}) too low.`
        : `The customer never got down to the calm threshold (${calmThreshold}) in ${runCount - good.calmedInRuns} runs: calming sensitivities (acknowledged, ownership, can_do, promised…) may be too weak, the start (${persona.mood.start}) too high or driftPerTurn too strong.`
    problems.push(`The good agent calmed the customer in only ${good.calmedInRuns} of ${runCount} runs; it should in at least ${neededGoodRuns}. ${why}`)
  }
  if (bad.hungUpInRuns < runCount) {
    findings.push(
      `Note: the bad agent drove the customer to hang up in only ${bad.hungUpInRuns} of ${runCount} runs of up to ${maxScriptedTurns} turns; a lower patience or stronger escalating sensitivities (blamed, patronised, cant_do) would make bad handling end the call.`,
    )
  } else {
    findings.push('The bad agent drove the customer to hang up in every run.')
  }

  const others: NoOfferAgentResult[] = noOfferKinds.map((kind) => {
    const played = runs.map((run) => run[kind]).filter((mood): mood is CallMood => mood !== undefined)
    const start = persona.mood.start
    return {
      kind,
      runs: played.length,
      resolvedInRuns: played.filter((mood) => mood.events.includes('satisfied')).length,
      calmedInRuns: played.filter((mood) => (mood.levels.at(-1) ?? start) < start - noOfferMaximumCalm).length,
      curve: played[0]?.levels ?? [],
    }
  })
  const noOfferNeverResolves = others.every((other) => other.resolvedInRuns === 0)
  const describeKind: Record<NoOfferAgentResult['kind'], string> = {
    stalling: 'The stalling agent (holding lines only)',
    filler: 'The filler agent (stock phrases only)',
    empathetic: 'The empathetic agent who never offers anything',
  }
  for (const other of others) {
    if (other.resolvedInRuns > 0) {
      problems.push(`${describeKind[other.kind]} ended the call resolved in ${other.resolvedInRuns} of ${other.runs} runs; only an acceptable resolution on the table may resolve a call.`)
    } else if (other.kind !== 'empathetic' && other.calmedInRuns > 0) {
      problems.push(
        `${describeKind[other.kind]} left the customer more than ${noOfferMaximumCalm} points calmer than they started in ${other.calmedInRuns} of ${other.runs} runs of ${longScriptedTurns} turns: calming sensitivities for thanked, acknowledged or used_name may be too strong.`,
      )
    } else {
      findings.push(`${describeKind[other.kind]} never resolved the call in ${other.runs} runs.`)
    }
  }
  const noOfferHoldsUp = noOfferNeverResolves && others.every((other) => other.kind === 'empathetic' || other.calmedInRuns === 0)

  return {
    verdict: {
      passed: badAgentNeverCalms && goodAgentCalmsWithinPatience && noOfferHoldsUp,
      badAgentNeverCalms,
      goodAgentCalmsWithinPatience,
      noOfferNeverResolves,
      messages: [...problems, ...findings],
    },
    others,
    good: { calmedInRuns: good.calmedInRuns, runs: runCount, medianCalmTurn, curve: runs[0]?.good.levels ?? [] },
    bad: { calmedInRuns: bad.calmedInRuns, hungUpInRuns: bad.hungUpInRuns, runs: runCount, curve: runs[0]?.bad.levels ?? [] },
    calmThreshold,
    patience,
  }
}
