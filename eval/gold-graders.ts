import type { Score } from '../src/grader/grade-types'
import { provisionalGrade } from '../src/grader/provisional-grade'
import type { Rubric } from '../src/grader/rubric'
import { detectSignals } from '../src/grader/signals'
import type { SignalContext, TurnSignals } from '../src/grader/signal-types'
import { builtinPersonas } from '../src/personas/builtin'
import { applyTurn, initialMoodState, type MoodState } from '../src/personas/mood'
import type { PersonaSpec } from '../src/personas/persona-spec'
import type { LlmClient } from '../src/server/llm/llm-client'
import { describePolicy } from '../src/server/practice/describe-policy'
import { requestModelGrade } from '../src/server/practice/grade-turn'
import type { GoldTurn, Labels } from './gold-turns'

/** Grades one gold turn; the result has a label for every rubric criterion. */
export interface GoldGrader {
  /** `perception`: the rules' provisional grade on the signals a perception model refined (`npm run eval:perception`). */
  name: 'rules' | 'llm' | 'perception'
  grade(turn: GoldTurn): Promise<GradedTurn>
}

export interface GradedTurn {
  labels: Labels
  /** Criteria whose evidence quote failed the substring check (llm only); their scores are kept. */
  flagged: string[]
}

/** The built-in persona a gold turn names, by persona id or by archetype; undefined for any other persona. */
export function builtinPersonaFor(persona: string): PersonaSpec | undefined {
  return builtinPersonas.find((spec) => spec.id === persona) ?? builtinPersonas.find((spec) => spec.archetype === persona)
}

/** The archetype a gold turn belongs to, for the coverage report. */
export function archetypeOf(turn: GoldTurn): string {
  return builtinPersonaFor(turn.persona)?.archetype ?? turn.persona
}

/**
 * The rules grader: the app's instant provisional grade (`provisionalGrade` on `detectSignals`),
 * exactly as a call computes it. Whether the customer is calm comes from replaying the context's
 * trainee turns through the persona's mood dynamics; for a persona that is not built in, the
 * customer counts as not calm (the rules then abstain on a lone "thank you").
 */
export function rulesGrader(rubric: Rubric): GoldGrader {
  const calm = customerCalmAfter()
  return {
    name: 'rules',
    async grade(turn) {
      const previousTraineeTexts = traineeTexts(turn)
      const signals = detectSignals(turn.reply, goldSignalContext(turn))
      const grade = provisionalGrade(signals, rubric, {
        turnIndex: previousTraineeTexts.length,
        customerCalm: calm(turn, signals),
      })
      return { labels: toLabels(grade.criteria), flagged: [] }
    },
  }
}

/** The model grader exactly as a call runs it (`requestModelGrade`). Throws the client's LlmError when the model fails. */
export function llmGrader(client: LlmClient, rubric: Rubric, options: { maxTokens?: number } = {}): GoldGrader {
  return {
    name: 'llm',
    async grade(turn) {
      const persona = builtinPersonaFor(turn.persona)
      const grade = await requestModelGrade(client, {
        rubric,
        customer: {
          name: turn.customerName,
          archetype: persona?.archetype ?? turn.persona,
          situation: persona?.summary ?? 'Not given; judge the turn from the transcript.',
          hangUpPolicy: persona === undefined ? 'Not given.' : describePolicy(persona),
        },
        transcript: turn.context,
        traineeText: turn.reply,
        signals: detectSignals(turn.reply, goldSignalContext(turn)),
        maxTokens: options.maxTokens,
      })
      return { labels: toLabels(grade.criteria), flagged: grade.flagged }
    },
  }
}

/**
 * What the signals know of a gold turn's call, as a live call gives it: the customer's lines so far and the
 * scenario's outcomes (from the built-in persona, or the row's inline scenario).
 */
export function goldSignalContext(turn: GoldTurn): SignalContext {
  const persona = builtinPersonaFor(turn.persona)
  const outcomes = (list: readonly { id: string; description: string; phrasings?: string[] }[] | undefined) =>
    (list ?? []).map((entry) => ({ id: entry.id, description: entry.description, phrasings: entry.phrasings ?? [] }))
  return {
    customerName: turn.customerName,
    previousTraineeTexts: traineeTexts(turn),
    previousCustomerTexts: turn.context.filter((line) => line.role === 'customer').map((line) => line.text),
    resolutions: persona?.resolutions ?? outcomes(turn.scenario?.resolutions),
    refusedOutcomes: persona?.refusedOutcomes ?? outcomes(turn.scenario?.refusedOutcomes),
  }
}

export function traineeTexts(turn: GoldTurn): string[] {
  return turn.context.filter((line) => line.role === 'trainee').map((line) => line.text)
}

/**
 * Whether the customer is calm once the graded turn has landed, replaying the call's trainee turns
 * through the persona's mood, as a call does. Gold turns share contexts, so replays are cached.
 */
export function customerCalmAfter(): (turn: GoldTurn, signals: TurnSignals) => boolean {
  const replayed = new Map<string, MoodState>()
  function stateAfter(persona: PersonaSpec, customerName: string, texts: string[]): MoodState {
    if (texts.length === 0) return initialMoodState(persona)
    const key = JSON.stringify([persona.id, customerName, texts])
    const cached = replayed.get(key)
    if (cached !== undefined) return cached
    const previous = texts.slice(0, -1)
    const signals = detectSignals(texts.at(-1)!, { customerName, previousTraineeTexts: previous, resolutions: persona.resolutions, refusedOutcomes: persona.refusedOutcomes })
    const state = applyTurn(persona, stateAfter(persona, customerName, previous), signals).state
    replayed.set(key, state)
    return state
  }
  return (turn, signals) => {
    const persona = builtinPersonaFor(turn.persona)
    if (persona === undefined) return false
    const before = stateAfter(persona, turn.customerName, traineeTexts(turn))
    return applyTurn(persona, before, signals).state.level <= persona.mood.calmThreshold
  }
}

function toLabels(criteria: readonly { criterionId: string; score: Score }[]): Labels {
  return Object.fromEntries(criteria.map((criterion) => [criterion.criterionId, criterion.score]))
}
