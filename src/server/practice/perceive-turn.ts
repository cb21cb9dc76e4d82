import { mergePerception, perceptionFallback, type PerceptionRecord } from '../../grader/merge-perception'
import { buildPerceptionMessages, type PerceptionPromptInput } from '../../grader/perception-prompt'
import { perceptionOutputSchema } from '../../grader/perception-schema'
import type { TurnSignals } from '../../grader/signal-types'
import type { PersonaSpec } from '../../personas/persona-spec'
import type { AppDependencies } from '../app-dependencies'
import { type LlmClient, LlmError, type LlmUsage } from '../llm/llm-client'
import { type ModelCallRecord, startModelCall } from './model-call-record'
import type { TranscriptLine } from './transcript'
import type { TurnEvents } from './turn-events'

/** A perception answer is a short list: this bounds a model that rambles without cutting a real answer. */
const perceptionMaxTokens = 800

/** What a turn keeps of its perception (the `perception` column): the record and the merged signals that drove the mood. */
export interface StoredPerception extends PerceptionRecord {
  signals: TurnSignals
}

export interface TurnPerception {
  stored: StoredPerception
  /** Fact ids the perception verified as asked about, to union with the ones the rules earn. */
  factIds: string[]
  call: ModelCallRecord
}

/** What the perception of one turn needs to know: the scenario as the customer knows it, the call so far and the turn. */
export interface PerceptionRequest {
  customerName: string
  scenario: PerceptionPromptInput['scenario']
  resolutions: readonly { id: string; description: string }[]
  refusedOutcomes: readonly { id: string; description: string }[]
  /** Hidden facts by id and by what each answers; never the facts themselves. */
  facts: readonly { id: string; answers: string }[]
  /** The call before the turn, oldest first. */
  transcript: readonly TranscriptLine[]
  text: string
  /** What the rules found in the turn. */
  rules: TurnSignals
}

/** A persona's side of a perception request. */
export function perceptionScenario(persona: PersonaSpec): Pick<PerceptionRequest, 'customerName' | 'scenario' | 'resolutions' | 'refusedOutcomes' | 'facts'> {
  return {
    customerName: persona.name,
    scenario: persona.scenario,
    resolutions: persona.resolutions,
    refusedOutcomes: persona.refusedOutcomes,
    facts: persona.hiddenFacts.map((fact) => ({ id: fact.id, answers: fact.answers })),
  }
}

/**
 * Asks the perception model what the trainee did in this turn, time-boxed, and merges its answer into the rules'
 * findings (`mergePerception`). Never throws for the model's sake: on a timeout, an unusable answer or a failed
 * call the rules stand, the record says why, and `error` is what went wrong. A call and the calibration kit
 * (`eval/perception-eval.ts`) both perceive through this: the same prompt, schema, time box and checks.
 */
export async function requestPerception(
  client: LlmClient,
  input: PerceptionRequest & { timeoutMs: number; signal?: AbortSignal; onUsage?: (usage: LlmUsage) => void },
): Promise<{ stored: StoredPerception; factIds: string[]; error?: unknown }> {
  const { rules } = input
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, input.timeoutMs)
  const relay = () => controller.abort()
  if (input.signal?.aborted) controller.abort()
  else input.signal?.addEventListener('abort', relay, { once: true })
  try {
    const output = await client.generateObject({
      messages: buildPerceptionMessages({
        customerName: input.customerName,
        scenario: input.scenario,
        resolutions: input.resolutions,
        refusedOutcomes: input.refusedOutcomes,
        facts: input.facts,
        transcript: input.transcript,
        traineeText: input.text,
        rulesFound: rules.signals.map((found) => ({ id: found.id, evidence: found.evidence })),
      }),
      schema: perceptionOutputSchema,
      schemaName: 'turn_perception',
      signal: controller.signal,
      temperature: 0,
      maxTokens: perceptionMaxTokens,
      onUsage: input.onUsage,
    })
    const merged = mergePerception(rules, output, {
      text: input.text,
      factIds: input.facts.map((fact) => fact.id),
      resolutionIds: input.resolutions.map((outcome) => outcome.id),
      refusedIds: input.refusedOutcomes.map((outcome) => outcome.id),
    })
    return { stored: { ...merged.record, signals: merged.signals }, factIds: merged.factIds }
  } catch (error) {
    if (timedOut) {
      return {
        stored: { ...perceptionFallback('timed_out', `The perception model did not answer within ${input.timeoutMs} ms; the rules stand.`), signals: rules },
        factIds: [],
        error: new LlmError('model_timeout', 'The perception time box ran out.', { cause: error }),
      }
    }
    // The reason is sent to the browser: a fixed sentence per kind of failure, never the model's own words.
    return { stored: { ...perceptionFallback('fell_back', fallbackReason(error)), signals: rules }, factIds: [], error }
  } finally {
    clearTimeout(timer)
    input.signal?.removeEventListener('abort', relay)
  }
}

/** `requestPerception` for a live turn: with the persona's scenario and the config's time box, recorded as a `perception` model call. */
export async function perceiveTurn(
  dependencies: AppDependencies,
  input: {
    client: LlmClient
    persona: PersonaSpec
    sessionId: string
    turnId: string
    /** The call before the turn, oldest first. */
    transcript: TranscriptLine[]
    text: string
    rules: TurnSignals
    /** The browser's: a closed tab ends the perception too. */
    signal: AbortSignal
  },
): Promise<TurnPerception> {
  const call = startModelCall(dependencies, { role: 'perception', model: input.client.model, sessionId: input.sessionId, turnId: input.turnId })
  const result = await requestPerception(input.client, {
    ...perceptionScenario(input.persona),
    transcript: input.transcript,
    text: input.text,
    rules: input.rules,
    timeoutMs: dependencies.config.llm.perceptionTimeoutMs,
    signal: input.signal,
    onUsage: call.onUsage,
  })
  if (result.error !== undefined && result.stored.status === 'fell_back') {
    dependencies.logger('warn', 'perception failed', { sessionId: input.sessionId, turnId: input.turnId, error: result.error instanceof Error ? result.error.message : String(result.error) })
  }
  return { stored: result.stored, factIds: result.factIds, call: call.finish(result.error) }
}

function fallbackReason(error: unknown): string {
  if (!(error instanceof LlmError)) return 'The perception failed; the rules stand.'
  switch (error.code) {
    case 'model_invalid_output':
      return 'The perception model gave an unusable answer; the rules stand.'
    case 'model_aborted':
      return 'The call was interrupted before the perception answered; the rules stand.'
    case 'model_timeout':
      return 'The perception model did not answer in time; the rules stand.'
    case 'model_rate_limited':
      return 'The perception model is busy (rate limited); the rules stand.'
    case 'model_rejected':
      return 'The perception model refused the request; the rules stand.'
    case 'model_unavailable':
      return 'The perception model is unavailable; the rules stand.'
  }
}

/**
 * The perception as the browser may see it: whether it ran, what it added and removed with the trainee's own
 * words, and why it fell back. Never a hidden fact or its id, nor a resolution's id: those would tell the trainee
 * what to ask and what to offer.
 */
export function perceptionReadyEvent(turnId: string, stored: PerceptionRecord): TurnEvents['perception-ready'] {
  return { turnId, ...publicPerception(stored) }
}

/** A stored perception as the session view shows it: the same fields as `perception-ready`, without the turn id. */
export function publicPerception(stored: PerceptionRecord): Omit<TurnEvents['perception-ready'], 'turnId'> {
  return {
    status: stored.status,
    behaviours: stored.added.map(({ signal, quote }) => ({ signal, quote })),
    removed: stored.removed.map(({ signal, quote }) => ({ signal, quote })),
    reason: stored.reason,
  }
}
