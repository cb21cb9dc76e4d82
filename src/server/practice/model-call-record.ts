import type { AppDependencies } from '../app-dependencies'
import type { LlmUsage } from '../llm/llm-client'
import { LlmError } from '../llm/llm-client'

/** One model call as stored with its turn, logged and counted: what a trainer's cost view and an operator's cap read. */
export interface ModelCallRecord {
  role: 'persona' | 'grader' | 'perception'
  model: string
  durationMs: number
  ttftMs: number | null
  promptTokens: number | null
  completionTokens: number | null
  outcome: string
}

/** Times a model call and collects its usage; `finish` records it once. */
export function startModelCall(dependencies: AppDependencies, context: { role: ModelCallRecord['role']; model: string; sessionId: string; turnId: string }) {
  const started = performance.now()
  let ttftMs: number | null = null
  let usage: LlmUsage = { promptTokens: null, completionTokens: null }
  return {
    onUsage: (reported: LlmUsage) => {
      usage = reported
    },
    firstToken: () => {
      ttftMs ??= Math.round(performance.now() - started)
    },
    finish: (error?: unknown): ModelCallRecord => {
      const outcome = error === undefined ? 'ok' : error instanceof LlmError ? error.code : 'internal'
      const record: ModelCallRecord = {
        role: context.role,
        model: context.model,
        durationMs: Math.round(performance.now() - started),
        ttftMs,
        promptTokens: usage.promptTokens,
        completionTokens: usage.completionTokens,
        outcome,
      }
      dependencies.logger(outcome === 'ok' ? 'info' : 'warn', 'model call', { sessionId: context.sessionId, turnId: context.turnId, ...record })
      const labels = { role: record.role, model: record.model }
      dependencies.metrics.modelCalls.add({ ...labels, outcome })
      dependencies.metrics.modelSeconds.observe(labels, record.durationMs / 1000)
      if (record.promptTokens !== null) dependencies.metrics.modelTokens.add({ ...labels, kind: 'prompt' }, record.promptTokens)
      if (record.completionTokens !== null) dependencies.metrics.modelTokens.add({ ...labels, kind: 'completion' }, record.completionTokens)
      return record
    },
  }
}
