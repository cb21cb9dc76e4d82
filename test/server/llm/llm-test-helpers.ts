import type { FakeOpenAi } from '../../fake-openai/fake-openai-server'
import { LlmError } from '../../../src/server/llm/llm-client'
import {
  createOpenAiLlmClient,
  type LlmCallEvent,
  type OpenAiLlmClientOptions,
} from '../../../src/server/llm/openai-llm-client'

/** A client pointed at the fake, with limits small enough for fast tests and loose enough for a loaded CI box. */
export function clientFor(fake: FakeOpenAi, overrides: Partial<OpenAiLlmClientOptions> = {}) {
  const events: LlmCallEvent[] = []
  const client = createOpenAiLlmClient({
    baseURL: fake.url,
    apiKey: 'test-key',
    model: 'fake-model',
    timeoutMs: 3_000,
    idleTimeoutMs: 2_000,
    maxRetries: 2,
    logger: (event) => events.push(event),
    ...overrides,
  })
  return { client, events }
}

export async function collect(stream: AsyncIterable<string>): Promise<string[]> {
  const parts: string[] = []
  for await (const part of stream) parts.push(part)
  return parts
}

/** The LlmError a promise rejects with; fails the test if it resolves or throws something else. */
export async function llmErrorOf(promise: Promise<unknown>): Promise<LlmError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof LlmError) return error
    throw new Error(`expected an LlmError, got ${String(error)}`, { cause: error })
  }
  throw new Error('expected the call to fail')
}

export const hello = [{ role: 'user' as const, content: 'Hello?' }]
