import { detectSignals } from '../src/grader/signals'
import { applyTurn, initialMoodState, type MoodEvent } from '../src/personas/mood'
import type { PersonaSpec } from '../src/personas/persona-spec'
import { scriptedTraineeLines, type AgentKind } from './scripted-trainees'

/** Targets from issue 7: a bad agent nearly always drives the customer away, a good one usually calms them. */
export const moodTargets = { badHangsUp: 0.95, goodCalms: 0.8 } as const

/** The customer's mood over one scripted call: level before the first trainee turn, then after each. */
export interface CallMood {
  levels: number[]
  events: MoodEvent[]
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
  const previousTraineeTexts: string[] = []
  for (const line of lines) {
    const update = applyTurn(persona, state, detectSignals(line, { customerName: persona.name, previousTraineeTexts }))
    previousTraineeTexts.push(line)
    state = update.state
    levels.push(state.level)
    events.push(update.event)
    if (update.event !== null) break
  }
  return { levels, events }
}

/**
 * Whether one run met its target.
 * - bad agent: the mood never falls on any turn, and the customer hangs up within their patience,
 *   that is at most `patience` turns after first reaching the hang-up threshold.
 * - good agent: the customer reaches the calm threshold before any hang-up.
 */
export function judgeRun(persona: PersonaSpec, kind: AgentKind, mood: CallMood): RunVerdict {
  const turns = mood.events.length
  const calmIndex = mood.levels.findIndex((level, index) => index > 0 && level <= persona.mood.calmThreshold)
  const calmedAtTurn = calmIndex === -1 ? null : calmIndex
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
      const verdict = judgeRun(persona, kind, playMood(persona, scriptedTraineeLines(persona, kind, seed)))
      if (verdict.passed) {
        if (kind === 'bad') bad += 1
        else good += 1
      } else {
        failures.push({ kind, seed, reason: verdict.reason })
      }
      if (kind === 'good' && verdict.calmedAtTurn !== null) calmTurns.push(verdict.calmedAtTurn)
    }
  }
  calmTurns.sort((first, second) => first - second)
  return {
    personaId: persona.id,
    runs,
    badHangsUp: runs === 0 ? 0 : bad / runs,
    goodCalms: runs === 0 ? 0 : good / runs,
    failures,
    medianCalmTurn: calmTurns.length === 0 ? null : calmTurns[Math.floor((calmTurns.length - 1) / 2)]!,
  }
}
