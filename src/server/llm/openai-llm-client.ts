import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai'
import { zodResponseFormat } from 'openai/helpers/zod'
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionCreateParamsStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions'
import type { Stream } from 'openai/core/streaming'
import { z } from 'zod'
import {
  LlmError,
  type ChatMessage,
  type GenerateObjectInput,
  type LlmClient,
  type LlmErrorCode,
  type LlmUsage,
  type StreamChatInput,
} from './llm-client'

/**
 * How generateObject asks for JSON. `json_schema` (strict structured outputs) falls back to
 * `json_object` and then to `prompt` (schema in the system message only) when a server rejects it.
 */
export type StructuredOutputMode = 'json_schema' | 'json_object' | 'prompt'

export interface LlmCallEvent {
  kind: 'stream' | 'object'
  model: string
  durationMs: number
  /** Time to the first content delta (streams only). */
  ttftMs?: number
  promptTokens: number | null
  completionTokens: number | null
  outcome: 'ok' | LlmErrorCode
}

export interface OpenAiLlmClientOptions {
  /** Any OpenAI-compatible base URL ending in /v1; defaults to OpenAI's. */
  baseURL?: string
  /** Local servers (Ollama, llama.cpp, LM Studio) ignore it; may be empty. */
  apiKey: string
  model: string
  /** Per attempt: time to response headers (the SDK's timeout), and time to read a non-streamed body. */
  timeoutMs: number
  /** Longest silence allowed in a stream: headers to first chunk, and chunk to chunk. */
  idleTimeoutMs: number
  /** SDK retries for connection errors, 408/409/429/5xx before any byte of the body. Default 2. */
  maxRetries?: number
  /** Ask for usage in streams (`stream_options.include_usage`); dropped if the server rejects it. Default true. */
  includeUsage?: boolean
  /** First structured-output mode to try. Default `json_schema`. */
  structuredOutput?: StructuredOutputMode
  fetch?: typeof fetch
  logger?: (event: LlmCallEvent) => void
}

/** What one request sent, so a 400 about one of these parameters can be adapted to. */
interface SentParameters {
  streamOptions?: boolean
  maxTokensParameter?: 'max_tokens' | 'max_completion_tokens'
  temperature?: boolean
  format?: StructuredOutputMode
}

const MAX_ADAPTATIONS = 3
const MAX_ECHOED_REPLY_CHARS = 4_000

export function createOpenAiLlmClient(options: OpenAiLlmClientOptions): LlmClient {
  const { model, timeoutMs, idleTimeoutMs } = options
  const maxRetries = options.maxRetries ?? 2
  const sdkTimeoutMs = Math.max(1, Math.round(timeoutMs))
  const client = new OpenAI({
    // The SDK insists on a key; local servers accept any.
    apiKey: options.apiKey || 'unused',
    // Explicit values so the SDK does not fall back to OPENAI_* environment variables.
    baseURL: options.baseURL ?? 'https://api.openai.com/v1',
    adminAPIKey: null,
    organization: null,
    project: null,
    webhookSecret: null,
    timeout: sdkTimeoutMs,
    maxRetries,
    fetch: options.fetch,
    logLevel: 'off',
  })

  // What this server turned out not to support, learnt from its 400s and remembered per client.
  const server = {
    streamOptions: options.includeUsage ?? true,
    maxTokensParameter: 'max_tokens' as 'max_tokens' | 'max_completion_tokens',
    temperature: true,
    structured: options.structuredOutput ?? ('json_schema' as StructuredOutputMode),
  }

  function adaptToRejection(error: unknown, sent: SentParameters): boolean {
    if (!(error instanceof APIError) || (error.status !== 400 && error.status !== 422)) return false
    const text = `${error.param ?? ''} ${error.message}`.toLowerCase()
    if (sent.streamOptions && text.includes('stream_options')) {
      server.streamOptions = false
      return true
    }
    if (sent.maxTokensParameter === 'max_tokens' && text.includes('max_tokens') && text.includes('max_completion_tokens')) {
      server.maxTokensParameter = 'max_completion_tokens'
      return true
    }
    if (sent.temperature && text.includes('temperature') && /unsupported|not support/.test(text)) {
      server.temperature = false
      return true
    }
    if (sent.format === 'json_schema' && /response_format|json_schema/.test(text)) {
      server.structured = 'json_object'
      return true
    }
    if (sent.format === 'json_object' && /response_format|json_object/.test(text)) {
      server.structured = 'prompt'
      return true
    }
    return false
  }

  function log(event: Omit<LlmCallEvent, 'model'>): void {
    safely(() => options.logger?.({ model, ...event }))
  }

  async function openStream(input: StreamChatInput, control: CallControl): Promise<Stream<ChatCompletionChunk>> {
    for (let adaptations = 0; ; adaptations++) {
      const sent: SentParameters = {
        streamOptions: server.streamOptions,
        maxTokensParameter: input.maxTokens === undefined ? undefined : server.maxTokensParameter,
        temperature: input.temperature !== undefined && server.temperature,
      }
      const body: ChatCompletionCreateParamsStreaming = {
        model,
        messages: input.messages.map(toSdkMessage),
        stream: true,
        ...(sent.streamOptions ? { stream_options: { include_usage: true } } : {}),
        ...(sent.maxTokensParameter ? { [sent.maxTokensParameter]: input.maxTokens } : {}),
        ...(sent.temperature ? { temperature: input.temperature } : {}),
      }
      try {
        return await control.race(
          client.chat.completions.create(body, { signal: control.signal, timeout: sdkTimeoutMs, maxRetries }),
        )
      } catch (error) {
        if (control.reason === null && adaptations < MAX_ADAPTATIONS && adaptToRejection(error, sent)) continue
        throw error
      }
    }
  }

  async function* streamChat(input: StreamChatInput): AsyncGenerator<string, void, undefined> {
    const startedAt = performance.now()
    const control = new CallControl(input.signal)
    let iterator: AsyncIterator<ChatCompletionChunk> | undefined
    let ttftMs: number | undefined
    let usage: LlmUsage | null = null
    let completed = false
    // Stays 'model_aborted' when the consumer stops iterating early.
    let outcome: 'ok' | LlmErrorCode = 'model_aborted'
    try {
      const stream = await openStream(input, control)
      iterator = stream[Symbol.asyncIterator]()
      let sawContent = false
      while (true) {
        // Armed only while waiting on the network, so a slow consumer never trips it.
        control.armTimer(idleTimeoutMs)
        const next = await control.race(iterator.next())
        control.clearTimer()
        if (next.done) break
        const chunk = next.value
        if (chunk.usage) usage = toUsage(chunk.usage)
        const content = chunk.choices?.[0]?.delta?.content
        if (typeof content === 'string' && content.length > 0) {
          ttftMs ??= Math.round(performance.now() - startedAt)
          sawContent = true
          yield content
        }
      }
      completed = true
      if (!sawContent) throw new LlmError('model_invalid_output', 'The model stream ended without any content.')
      outcome = 'ok'
    } catch (error) {
      const llmError = toLlmError(error, control, { idleTimeoutMs })
      outcome = llmError.code
      throw llmError
    } finally {
      control.dispose({ abortRequest: !completed })
      if (!completed) void iterator?.return?.().catch(() => undefined)
      const reported = usage
      if (reported) safely(() => input.onUsage?.(reported))
      log({
        kind: 'stream',
        durationMs: Math.round(performance.now() - startedAt),
        ttftMs,
        promptTokens: usage?.promptTokens ?? null,
        completionTokens: usage?.completionTokens ?? null,
        outcome,
      })
    }
  }

  async function requestCompletion(
    input: GenerateObjectInput<unknown>,
    responseFormat: ReturnType<typeof zodResponseFormat>,
    schemaText: string,
    feedback: ChatMessage[],
    control: CallControl,
  ): Promise<ChatCompletion> {
    for (let adaptations = 0; ; adaptations++) {
      const sent: SentParameters = {
        format: server.structured,
        maxTokensParameter: input.maxTokens === undefined ? undefined : server.maxTokensParameter,
        temperature: input.temperature !== undefined && server.temperature,
      }
      const messages = [...withSchemaInstruction(input.messages, sent.format ?? 'json_schema', schemaText), ...feedback]
      const body: ChatCompletionCreateParamsNonStreaming = {
        model,
        messages: messages.map(toSdkMessage),
        ...(sent.format === 'json_schema' ? { response_format: responseFormat } : {}),
        ...(sent.format === 'json_object' ? { response_format: { type: 'json_object' as const } } : {}),
        ...(sent.maxTokensParameter ? { [sent.maxTokensParameter]: input.maxTokens } : {}),
        ...(sent.temperature ? { temperature: input.temperature } : {}),
      }
      try {
        const response = await control.race(
          client.chat.completions
            .create(body, { signal: control.signal, timeout: sdkTimeoutMs, maxRetries })
            .asResponse(),
        )
        // The SDK's timeout ends at the headers; a body that never finishes needs its own limit.
        control.armTimer(timeoutMs)
        const text = await control.race(response.text())
        control.clearTimer()
        return parseCompletion(text)
      } catch (error) {
        control.clearTimer()
        if (control.reason === null && adaptations < MAX_ADAPTATIONS && adaptToRejection(error, sent)) continue
        throw error
      }
    }
  }

  async function generateObject<T>(input: GenerateObjectInput<T>): Promise<T> {
    // A schema strict mode cannot express is a programming error: let it surface as it is.
    const responseFormat = zodResponseFormat(input.schema, input.schemaName)
    const schemaText = JSON.stringify(responseFormat.json_schema.schema)
    const startedAt = performance.now()
    const control = new CallControl(input.signal)
    let promptTokens: number | null = null
    let completionTokens: number | null = null
    let outcome: 'ok' | LlmErrorCode = 'model_aborted'
    try {
      let feedback: ChatMessage[] = []
      let problem = ''
      for (let attempt = 0; attempt < 2; attempt++) {
        const completion = await requestCompletion(input, responseFormat, schemaText, feedback, control)
        if (completion.usage) {
          promptTokens = (promptTokens ?? 0) + completion.usage.prompt_tokens
          completionTokens = (completionTokens ?? 0) + completion.usage.completion_tokens
        }
        const result = interpretCompletion(completion, input.schema)
        if (result.ok) {
          outcome = 'ok'
          return result.value
        }
        problem = result.problem
        feedback = [
          ...(result.reply ? [{ role: 'assistant' as const, content: result.reply.slice(0, MAX_ECHOED_REPLY_CHARS) }] : []),
          {
            role: 'user',
            content:
              `Your previous reply could not be used: ${problem}. ` +
              `Reply again with only one JSON object, no other text, matching this JSON Schema:\n${schemaText}`,
          },
        ]
      }
      throw new LlmError('model_invalid_output', `No valid ${input.schemaName} after one retry: ${problem}`)
    } catch (error) {
      const llmError = toLlmError(error, control, { idleTimeoutMs: timeoutMs })
      outcome = llmError.code
      throw llmError
    } finally {
      control.dispose({ abortRequest: outcome !== 'ok' })
      if (promptTokens !== null || completionTokens !== null) {
        const usage = { promptTokens, completionTokens }
        safely(() => input.onUsage?.(usage))
      }
      log({ kind: 'object', durationMs: Math.round(performance.now() - startedAt), promptTokens, completionTokens, outcome })
    }
  }

  return { model, streamChat, generateObject }
}

/**
 * One model call's abort plumbing: the caller's signal and our own timers both abort the
 * request through one controller, and `race` makes any await end at once when they fire,
 * without relying on how the SDK surfaces an abort.
 */
class CallControl {
  reason: 'caller' | 'timeout' | null = null
  private readonly controller = new AbortController()
  private readonly interrupted: Promise<never>
  private rejectInterrupted: (error: Error) => void = () => undefined
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly onCallerAbort = () => this.interrupt('caller')

  constructor(private readonly callerSignal: AbortSignal | undefined) {
    this.interrupted = new Promise<never>((_, reject) => {
      this.rejectInterrupted = reject
    })
    this.interrupted.catch(() => undefined)
    if (callerSignal?.aborted) this.interrupt('caller')
    else callerSignal?.addEventListener('abort', this.onCallerAbort, { once: true })
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  interrupt(reason: 'caller' | 'timeout'): void {
    if (this.reason) return
    this.reason = reason
    this.controller.abort()
    this.rejectInterrupted(new Error(`interrupted: ${reason}`))
  }

  race<T>(promise: Promise<T>): Promise<T> {
    promise.catch(() => undefined)
    return Promise.race([promise, this.interrupted])
  }

  armTimer(ms: number): void {
    this.clearTimer()
    this.timer = setTimeout(() => this.interrupt('timeout'), ms)
  }

  clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.timer = undefined
  }

  dispose({ abortRequest }: { abortRequest: boolean }): void {
    this.clearTimer()
    this.callerSignal?.removeEventListener('abort', this.onCallerAbort)
    if (abortRequest && !this.controller.signal.aborted) this.controller.abort()
  }
}

function toLlmError(error: unknown, control: CallControl, limits: { idleTimeoutMs: number }): LlmError {
  if (control.reason === 'caller') return new LlmError('model_aborted', 'The caller aborted the model call.', { cause: error })
  if (control.reason === 'timeout') {
    return new LlmError('model_timeout', `The model server sent nothing for ${limits.idleTimeoutMs} ms.`, { cause: error })
  }
  if (error instanceof LlmError) return error
  if (error instanceof APIUserAbortError) return new LlmError('model_aborted', 'The model call was aborted.', { cause: error })
  if (error instanceof APIConnectionTimeoutError) {
    return new LlmError('model_timeout', 'The model server did not answer in time.', { cause: error })
  }
  if (error instanceof APIConnectionError) {
    return new LlmError('model_unavailable', `Could not reach the model server: ${error.message}`, { cause: error })
  }
  if (error instanceof APIError) {
    const status = error.status ?? statusOfErrorEvent(error)
    const message = `The model server answered: ${error.message}`
    const details = { cause: error, ...(status === undefined ? {} : { status }) }
    if (status === 429) return new LlmError('model_rate_limited', message, details)
    if (status === 408) return new LlmError('model_timeout', message, details)
    if (status !== undefined && status >= 400 && status < 500) return new LlmError('model_rejected', message, details)
    return new LlmError('model_unavailable', message, details)
  }
  if (error instanceof SyntaxError) {
    return new LlmError('model_invalid_output', `The model server sent malformed data: ${error.message}`, { cause: error })
  }
  // e.g. undici's "terminated" when the socket dies mid-stream.
  return new LlmError('model_unavailable', `The model call failed: ${String(error)}`, { cause: error })
}

/** An `error` event inside a stream has no HTTP status; servers put one in `code` or `type`. */
function statusOfErrorEvent(error: APIError): number | undefined {
  const code = Number(error.code)
  if (Number.isInteger(code) && code >= 400 && code < 600) return code
  const kind = `${error.type ?? ''} ${error.code ?? ''}`.toLowerCase()
  if (kind.includes('rate_limit')) return 429
  if (kind.includes('invalid_request') || kind.includes('context_length')) return 400
  return undefined
}

type Interpretation<T> = { ok: true; value: T } | { ok: false; problem: string; reply: string | null }

function interpretCompletion<T>(completion: ChatCompletion, schema: z.ZodType<T>): Interpretation<T> {
  const choice = completion.choices?.[0]
  const message = choice?.message
  if (message?.refusal) return { ok: false, problem: `it was a refusal ("${message.refusal.slice(0, 200)}")`, reply: null }
  const content = message?.content?.trim()
  if (!content) return { ok: false, problem: 'it was empty', reply: null }
  const parsed = extractJson(content)
  if (!parsed.ok) {
    const problem = choice?.finish_reason === 'length' ? 'it was cut off before the JSON ended' : 'it was not valid JSON'
    return { ok: false, problem, reply: content }
  }
  const result = schema.safeParse(parsed.value)
  if (!result.success) {
    return { ok: false, problem: `the JSON did not match the schema: ${z.prettifyError(result.error).slice(0, 1_000)}`, reply: content }
  }
  return { ok: true, value: result.data }
}

/** Accepts bare JSON, JSON in markdown fences, or one object amid prose (servers that ignore response_format). */
export function extractJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const withoutThinking = text.replace(/<think>[\s\S]*?<\/think>/g, '').trim()
  const candidates = [withoutThinking]
  const fenced = /```[a-zA-Z]*\s*\n?([\s\S]*?)```/.exec(withoutThinking)
  if (fenced?.[1]) candidates.push(fenced[1].trim())
  const first = withoutThinking.indexOf('{')
  const last = withoutThinking.lastIndexOf('}')
  if (first !== -1 && last > first) candidates.push(withoutThinking.slice(first, last + 1))
  for (const candidate of candidates) {
    try {
      return { ok: true, value: JSON.parse(candidate) as unknown }
    } catch {
      // try the next reading
    }
  }
  return { ok: false }
}

function parseCompletion(text: string): ChatCompletion {
  try {
    return JSON.parse(text) as ChatCompletion
  } catch (error) {
    throw new LlmError('model_unavailable', 'The model server sent a response that is not JSON.', { cause: error })
  }
}

function withSchemaInstruction(messages: ChatMessage[], mode: StructuredOutputMode, schemaText: string): ChatMessage[] {
  if (mode === 'json_schema') return messages
  // Appended to the first system message so the stable prefix (and the provider's prompt cache) is kept.
  const instruction = `Answer with one JSON object only, no prose and no markdown fences. It must match this JSON Schema:\n${schemaText}`
  const [first, ...rest] = messages
  if (first?.role === 'system') return [{ role: 'system', content: `${first.content}\n\n${instruction}` }, ...rest]
  return [{ role: 'system', content: instruction }, ...messages]
}

function toSdkMessage(message: ChatMessage): ChatCompletionMessageParam {
  return { role: message.role, content: message.content }
}

function toUsage(usage: { prompt_tokens?: number | null; completion_tokens?: number | null }): LlmUsage {
  return { promptTokens: usage.prompt_tokens ?? null, completionTokens: usage.completion_tokens ?? null }
}

function safely(callback: () => void): void {
  try {
    callback()
  } catch {
    // A broken logger or usage callback must not fail the model call.
  }
}
