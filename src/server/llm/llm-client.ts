import type { z } from 'zod'

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant'
  content: string
}

export interface StreamChatInput {
  messages: ChatMessage[]
  signal?: AbortSignal
  maxTokens?: number
  temperature?: number
  /** Called once with the tokens the call used, when the server reports them. */
  onUsage?: (usage: LlmUsage) => void
}

export interface GenerateObjectInput<T> {
  messages: ChatMessage[]
  schema: z.ZodType<T>
  /** Name sent with the JSON schema (letters, digits, _ and -). */
  schemaName: string
  signal?: AbortSignal
  maxTokens?: number
  temperature?: number
  /** Called once with the tokens the call used (summed over the retry), when the server reports them. */
  onUsage?: (usage: LlmUsage) => void
}

export interface LlmUsage {
  promptTokens: number | null
  completionTokens: number | null
}

/**
 * The only way persona and grader code reach a model. One implementation talks to any
 * OpenAI-compatible chat-completions server; tests pass a scripted fake.
 */
export interface LlmClient {
  readonly model: string
  /** Yields the reply's text deltas as they arrive. Throws LlmError on failure. */
  streamChat(input: StreamChatInput): AsyncIterable<string>
  /** Returns an object that passed `schema`. Throws LlmError on failure (after the client's own retry on invalid output). */
  generateObject<T>(input: GenerateObjectInput<T>): Promise<T>
}

export type LlmErrorCode =
  | 'model_timeout' // no first byte, or the stream went silent for longer than the idle limit
  | 'model_unavailable' // connection refused, 5xx after retries
  | 'model_rate_limited' // 429 after retries
  | 'model_rejected' // 4xx other than 429 (bad key, unknown model, bad request)
  | 'model_invalid_output' // structured output that failed the schema (after one retry), a refusal, empty output
  | 'model_aborted' // the caller aborted (the browser went away)

export class LlmError extends Error {
  constructor(
    readonly code: LlmErrorCode,
    message: string,
    readonly options: { cause?: unknown; status?: number; retryable?: boolean } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'LlmError'
  }
  get retryable(): boolean {
    return this.options.retryable ?? this.code !== 'model_rejected'
  }
}
