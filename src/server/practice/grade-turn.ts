import type { TurnGrade } from '../../grader/grade-types'
import { checkGrade } from '../../grader/check-grade'
import { gradeOutputSchema } from '../../grader/grade-output-schema'
import { buildGraderMessages, type GraderPromptInput } from '../../grader/grader-prompt'
import { provisionalGrade } from '../../grader/provisional-grade'
import type { Rubric } from '../../grader/rubric'
import { detectSignals } from '../../grader/signals'
import type { TurnSignals } from '../../grader/signal-types'
import { weightedScore } from '../../grader/weighted-score'
import type { PersonaSpec } from '../../personas/persona-spec'
import type { AppDependencies } from '../app-dependencies'
import type { TurnRow } from '../db/queries/practice-queries'
import { type LlmClient, LlmError, type LlmUsage } from '../llm/llm-client'
import { type ModelCallRecord, startModelCall } from './model-call-record'
import { describePolicy } from './describe-policy'
import { type TranscriptLine, transcriptFromTurns, windowTranscript } from './transcript'

/** How much of the call the grader sees: enough context to judge the turn, bounded so long calls cost the same. */
const graderContextLines = 12

export type GradeAttempt = ({ ok: true; grade: TurnGrade } | { ok: false; status: 'grader_failed' | 'grader_skipped'; failure: string }) & {
  /** The grader call, when one was made. */
  call?: ModelCallRecord
}

/** What a turn keeps when the LLM grade could not be had: its rules-only grade, marked with why. */
export function fallbackGrade(rulesGrade: TurnGrade, attempt: Extract<GradeAttempt, { ok: false }>): TurnGrade {
  return { ...rulesGrade, status: attempt.status, failure: attempt.failure }
}

/** The LLM grade of one trainee turn, checked in code, or why there is none. */
export async function gradeTraineeTurn(
  dependencies: AppDependencies,
  input: { rubric: Rubric; persona: PersonaSpec; sessionId: string; turn: TurnRow; before: TurnRow[]; signal: AbortSignal },
): Promise<GradeAttempt> {
  const { rubric, persona, turn } = input
  const graderClient = dependencies.llm.grader
  if (!graderClient) return { ok: false, status: 'grader_skipped', failure: 'No grader model is configured; this is the rules-only grade.' }
  const call = startModelCall(dependencies, { role: 'grader', model: graderClient.model, sessionId: input.sessionId, turnId: turn.id })
  try {
    const grade = await requestModelGrade(graderClient, {
      rubric,
      customer: { name: persona.name, archetype: persona.archetype, situation: persona.summary, hangUpPolicy: describePolicy(persona) },
      transcript: transcriptFromTurns(input.before),
      traineeText: turn.text,
      signals: turn.signals as TurnSignals,
      signal: input.signal,
      maxTokens: dependencies.config.llm.graderMaxTokens,
      onUsage: call.onUsage,
    })
    return { ok: true, grade, call: call.finish() }
  } catch (error) {
    const aborted = error instanceof LlmError && error.code === 'model_aborted'
    return aborted
      ? { ok: false, status: 'grader_skipped', failure: 'The call was interrupted before the grade arrived.', call: call.finish(error) }
      : { ok: false, status: 'grader_failed', failure: error instanceof LlmError ? error.message : 'The grader failed.', call: call.finish(error) }
  }
}

/**
 * The grader model's verdict on one turn, exactly as a call gets it: the same prompt, transcript
 * window, schema and temperature, the evidence check, and the cap on turns that try to steer the
 * grader. The calibration kit (`eval/`) grades through this too. Throws LlmError when the model fails.
 */
export async function requestModelGrade(
  client: LlmClient,
  input: {
    rubric: Rubric
    customer: GraderPromptInput['customer']
    transcript: TranscriptLine[]
    traineeText: string
    signals: TurnSignals
    signal?: AbortSignal
    maxTokens?: number
    onUsage?: (usage: LlmUsage) => void
  },
): Promise<TurnGrade> {
  const output = await client.generateObject({
    messages: buildGraderMessages({
      rubric: input.rubric,
      customer: input.customer,
      transcript: windowTranscript(input.transcript, graderContextLines),
      traineeText: input.traineeText,
      signals: input.signals,
    }),
    schema: gradeOutputSchema,
    schemaName: 'turn_grade',
    signal: input.signal,
    temperature: 0,
    maxTokens: input.maxTokens,
    onUsage: input.onUsage,
  })
  const grade = checkGrade(output, input.traineeText, input.rubric)
  const injected = input.signals.signals.some((found) => found.id === 'instruction_to_ai')
  return injected ? capInjectedGrade(grade, input.traineeText, input.rubric, input.customer.name) : grade
}

/**
 * A turn that tries to steer the grader can score at most one point above what its honest content
 * earns under the rules: the sentences carrying the attempt are dropped and the rest is graded by rules.
 */
export function capInjectedGrade(grade: TurnGrade, text: string, rubric: Rubric, customerName: string): TurnGrade {
  // Every sentence that itself carries an attempt goes, not just the first one found.
  const honest = text
    .split(/(?<=[.!?\n])\s+/)
    .filter((sentence) => !detectSignals(sentence, { customerName, previousTraineeTexts: [] }).signals.some((found) => found.id === 'instruction_to_ai'))
    .join(' ')
  const ceiling = provisionalGrade(detectSignals(honest, { customerName, previousTraineeTexts: [] }), rubric, { turnIndex: 1, customerCalm: false })
  const criteria = grade.criteria.map((criterion) => {
    if (criterion.score === null) return criterion
    const rules = ceiling.criteria.find((candidate) => candidate.criterionId === criterion.criterionId)?.score ?? 0
    const cap = Math.min(2, rules + 1) as 0 | 1 | 2
    return criterion.score > cap ? { ...criterion, score: cap, rationale: `${criterion.rationale} (Capped: this turn tried to steer the grader.)` } : criterion
  })
  return { ...grade, criteria, weightedScore: weightedScore(criteria, rubric) }
}
