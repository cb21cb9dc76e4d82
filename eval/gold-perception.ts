import type { PerceptionStatus } from '../src/grader/merge-perception'
import { provisionalGrade } from '../src/grader/provisional-grade'
import type { Rubric } from '../src/grader/rubric'
import { detectSignals } from '../src/grader/signals'
import type { TurnSignals } from '../src/grader/signal-types'
import type { LlmClient } from '../src/server/llm/llm-client'
import { type PerceptionRequest, perceptionScenario, requestPerception } from '../src/server/practice/perceive-turn'
import { builtinPersonaFor, customerCalmAfter, goldSignalContext, traineeTexts, type GoldGrader } from './gold-graders'
import type { GoldTurn } from './gold-turns'

/** Perceives one gold turn: the signals the customer would feel, and how the perception went (null for the rules alone). */
export interface GoldPerceiver {
  name: 'rules' | 'model'
  perceive(turn: GoldTurn): Promise<PerceivedTurn>
}

export interface PerceivedTurn {
  signals: TurnSignals
  status: PerceptionStatus | null
}

/** The rules alone, as a call without a perception model (or a scripted call) perceives a turn. */
export function rulesPerceiver(): GoldPerceiver {
  return {
    name: 'rules',
    async perceive(turn) {
      return { signals: detectSignals(turn.reply, goldSignalContext(turn)), status: null }
    },
  }
}

/**
 * The rules refined by the perception model, exactly as a call does it (`requestPerception`): the same prompt,
 * schema, time box, quote checks and merge. A timed-out or unusable answer leaves the rules' signals, as in a call.
 */
export function modelPerceiver(client: LlmClient, options: { timeoutMs: number }): GoldPerceiver {
  return {
    name: 'model',
    async perceive(turn) {
      const rules = detectSignals(turn.reply, goldSignalContext(turn))
      const result = await requestPerception(client, { ...goldScenario(turn), transcript: turn.context, text: turn.reply, rules, timeoutMs: options.timeoutMs })
      return { signals: result.stored.signals, status: result.stored.status }
    },
  }
}

/**
 * What the perception knows of a gold turn's scenario: the built-in persona it names (facts included), or the row's
 * inline scenario (no hidden facts), or, failing both, only the customer's name.
 */
export function goldScenario(turn: GoldTurn): Omit<PerceptionRequest, 'transcript' | 'text' | 'rules'> {
  const persona = builtinPersonaFor(turn.persona)
  if (persona !== undefined) return { ...perceptionScenario(persona), customerName: turn.customerName }
  const scenario = turn.scenario
  return {
    customerName: turn.customerName,
    scenario: {
      company: scenario?.company ?? 'Not given',
      context: scenario?.context ?? 'Not given; judge the turn from the transcript.',
      whatWentWrong: scenario?.whatWentWrong ?? 'Not given; judge the turn from the transcript.',
    },
    resolutions: scenario?.resolutions ?? [],
    refusedOutcomes: scenario?.refusedOutcomes ?? [],
    facts: [],
  }
}

/**
 * The instant grade on perceived signals: `provisionalGrade`, with the customer's calm replayed as the rules grader
 * does (the earlier turns of the context by the rules alone, so the replay costs no model calls). `onPerceived`
 * receives each turn's signals, for the per-signal figures.
 */
export function perceptionGrader(perceiver: GoldPerceiver, rubric: Rubric, onPerceived: (turn: GoldTurn, perceived: PerceivedTurn) => void): GoldGrader {
  const calm = customerCalmAfter()
  return {
    name: perceiver.name === 'rules' ? 'rules' : 'perception',
    async grade(turn) {
      const perceived = await perceiver.perceive(turn)
      onPerceived(turn, perceived)
      const grade = provisionalGrade(perceived.signals, rubric, { turnIndex: traineeTexts(turn).length, customerCalm: calm(turn, perceived.signals) })
      return { labels: Object.fromEntries(grade.criteria.map((criterion) => [criterion.criterionId, criterion.score])), flagged: [] }
    },
  }
}
