import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  readChunksFixture,
  refusedUrl,
  startFakeOpenAi,
  type FakeOpenAi,
} from '../../fake-openai/fake-openai-server'
import type { LlmUsage } from '../../../src/server/llm/llm-client'
import { clientFor, collect, hello, llmErrorOf } from './llm-test-helpers'

let fake: FakeOpenAi

beforeAll(async () => {
  fake = await startFakeOpenAi()
})
afterEach(() => fake.reset())
afterAll(async () => {
  await fake.close()
})

describe('streamChat', () => {
  it('yields content deltas in order, skips the role-only chunk and reports usage', async () => {
    fake.onStream({ stream: ['I want ', 'my money ', 'back.'], usage: { promptTokens: 42, completionTokens: 3 } })
    const { client, events } = clientFor(fake)
    const usages: LlmUsage[] = []

    const parts = await collect(client.streamChat({ messages: hello, onUsage: (usage) => usages.push(usage) }))

    expect(parts).toEqual(['I want ', 'my money ', 'back.'])
    expect(usages).toEqual([{ promptTokens: 42, completionTokens: 3 }])
    expect(fake.requests[0]?.body).toMatchObject({ model: 'fake-model', stream: true, stream_options: { include_usage: true } })
    expect(events).toEqual([
      expect.objectContaining({ kind: 'stream', model: 'fake-model', outcome: 'ok', promptTokens: 42, completionTokens: 3 }),
    ])
    expect(events[0]?.ttftMs).toBeTypeOf('number')
  })

  it('sends max_tokens and temperature when given', async () => {
    const { client } = clientFor(fake)
    await collect(client.streamChat({ messages: hello, maxTokens: 120, temperature: 0.7 }))
    expect(fake.requests[0]?.body).toMatchObject({ max_tokens: 120, temperature: 0.7 })
  })

  it.each([
    ['openai-chat.chunks.txt', 'Finally someone picks up. I’ve been on hold for 40 minutes!', { promptTokens: 412, completionTokens: 14 }],
    ['ollama-chat.chunks.txt', 'Oh dear, which button is the “submit” one?', { promptTokens: 356, completionTokens: 12 }],
    ['llama-cpp-chat.chunks.txt', 'Look, section 4(b) says I’m owed a credit.', { promptTokens: 298, completionTokens: 11 }],
  ])('parses the recorded stream %s', async (fileName, text, usage) => {
    fake.onStream({ chunks: await readChunksFixture(fileName) })
    const { client } = clientFor(fake)
    const usages: LlmUsage[] = []
    const parts = await collect(client.streamChat({ messages: hello, onUsage: (reported) => usages.push(reported) }))
    expect(parts.join('')).toBe(text)
    expect(parts.every((part) => part.length > 0)).toBe(true)
    expect(usages).toEqual([usage])
  })

  it.each(['split_utf8', 'crlf', 'batched'] as const)('reassembles text sent as %s', async (fault) => {
    const text = 'Ça fait 3 semaines — j’attends 49,99 € 😡 {"not":"json"} ok?'
    fake.onStream({ fault, stream: text })
    const { client } = clientFor(fake)
    const parts = await collect(client.streamChat({ messages: hello }))
    expect(parts.join('')).toBe(text)
  })

  it('retries once without stream_options when the server rejects them, and remembers', async () => {
    fake.configure({ rejectStreamOptions: true })
    const { client } = clientFor(fake)
    expect((await collect(client.streamChat({ messages: hello }))).length).toBeGreaterThan(0)
    await collect(client.streamChat({ messages: hello }))
    expect(fake.requests.map((request) => request.body.stream_options ?? null)).toEqual([{ include_usage: true }, null, null])
  })

  it('switches to max_completion_tokens when the model rejects max_tokens', async () => {
    fake.onStream({
      status: 400,
      body: {
        error: {
          message: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
          type: 'invalid_request_error',
          param: 'max_tokens',
          code: 'unsupported_parameter',
        },
      },
    })
    const { client } = clientFor(fake)
    await collect(client.streamChat({ messages: hello, maxTokens: 50 }))
    expect(fake.requests[1]?.body).toMatchObject({ max_completion_tokens: 50 })
    expect(fake.requests[1]?.body.max_tokens).toBeUndefined()
  })
})

describe('streamChat idle watchdog', () => {
  it.each([
    ['silence_after_headers', { fault: 'silence_after_headers' as const }],
    ['keepalive_only', { fault: 'keepalive_only' as const, keepAliveMs: 40 }],
    ['no_done', { fault: 'no_done' as const, stream: 'Are you still there', afterChunks: 2 }],
  ])('gives model_timeout and closes the connection on %s', async (_name, response) => {
    fake.onStream(response)
    const { client, events } = clientFor(fake, { idleTimeoutMs: 200 })
    const started = Date.now()
    const parts: string[] = []

    const error = await llmErrorOf(
      (async () => {
        for await (const part of client.streamChat({ messages: hello })) parts.push(part)
      })(),
    )

    const elapsed = Date.now() - started
    expect(error.code).toBe('model_timeout')
    expect(elapsed).toBeGreaterThanOrEqual(190)
    expect(elapsed).toBeLessThan(2_000)
    const request = fake.requests[0]!
    await request.settled
    expect(request.aborted).toBe(true)
    expect(fake.activeConnections()).toBe(0)
    expect(events[0]?.outcome).toBe('model_timeout')
    if (_name === 'no_done') expect(parts.join('')).toBe('Are you ')
  })

  it('resets on every chunk, so a slow but steady stream completes', async () => {
    fake.onStream({ stream: ['one ', 'two ', 'three ', 'four ', 'five'], chunkDelayMs: 100 })
    const { client } = clientFor(fake, { idleTimeoutMs: 400 })
    expect((await collect(client.streamChat({ messages: hello }))).join('')).toBe('one two three four five')
  })

  it('does not count time the consumer spends between reads', async () => {
    fake.onStream({ stream: ['a', 'b', 'c'] })
    const { client } = clientFor(fake, { idleTimeoutMs: 150 })
    const parts: string[] = []
    for await (const part of client.streamChat({ messages: hello })) {
      parts.push(part)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(parts).toEqual(['a', 'b', 'c'])
  })

  it('gives model_timeout when the server never sends headers (SDK timeout)', async () => {
    fake.onStream({ fault: 'hang' })
    const { client } = clientFor(fake, { timeoutMs: 250, maxRetries: 0 })
    const error = await llmErrorOf(collect(client.streamChat({ messages: hello })))
    expect(error.code).toBe('model_timeout')
    await fake.requests[0]!.settled
    expect(fake.requests[0]!.aborted).toBe(true)
  })
})

describe('streamChat aborts', () => {
  it('aborts the HTTP request mid-stream when the caller aborts', async () => {
    fake.onStream({ stream: ['first ', 'second ', 'third ', 'fourth'], chunkDelayMs: 300 })
    const { client, events } = clientFor(fake)
    const controller = new AbortController()
    const parts: string[] = []

    const error = await llmErrorOf(
      (async () => {
        for await (const part of client.streamChat({ messages: hello, signal: controller.signal })) {
          parts.push(part)
          controller.abort()
        }
      })(),
    )

    expect(error.code).toBe('model_aborted')
    expect(parts).toEqual(['first '])
    await fake.requests[0]!.settled
    expect(fake.requests[0]!.aborted).toBe(true)
    expect(events[0]?.outcome).toBe('model_aborted')
  })

  it('aborts while waiting for headers', async () => {
    fake.onStream({ fault: 'hang' })
    const { client } = clientFor(fake)
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const started = Date.now()
    const error = await llmErrorOf(collect(client.streamChat({ messages: hello, signal: controller.signal })))
    expect(error.code).toBe('model_aborted')
    expect(Date.now() - started).toBeLessThan(1_500)
    await fake.requests[0]!.settled
    expect(fake.requests[0]!.aborted).toBe(true)
  })

  it('sends nothing when the signal is already aborted', async () => {
    const { client } = clientFor(fake)
    const error = await llmErrorOf(collect(client.streamChat({ messages: hello, signal: AbortSignal.abort() })))
    expect(error.code).toBe('model_aborted')
    expect(fake.requests).toHaveLength(0)
  })

  it('closes the connection when the consumer stops early', async () => {
    fake.onStream({ stream: ['one ', 'two ', 'three'], chunkDelayMs: 200 })
    const { client, events } = clientFor(fake)
    for await (const part of client.streamChat({ messages: hello })) {
      expect(part).toBe('one ')
      break
    }
    await fake.requests[0]!.settled
    expect(fake.requests[0]!.aborted).toBe(true)
    expect(events[0]?.outcome).toBe('model_aborted')
  })
})

describe('streamChat errors', () => {
  it('lets the SDK retry a 500 and then streams', async () => {
    fake.onStream({ status: 500, headers: { 'retry-after-ms': '0' } }, { stream: 'Now it works.' })
    const { client } = clientFor(fake)
    expect((await collect(client.streamChat({ messages: hello }))).join('')).toBe('Now it works.')
    expect(fake.requests).toHaveLength(2)
  })

  it('lets the SDK retry a 429 with retry-after: 0', async () => {
    fake.onStream({ status: 429, headers: { 'retry-after': '0' } }, { stream: 'Fine.' })
    const { client } = clientFor(fake)
    expect((await collect(client.streamChat({ messages: hello }))).join('')).toBe('Fine.')
    expect(fake.requests).toHaveLength(2)
  })

  it('gives model_rate_limited when 429 persists', async () => {
    fake.onStream(...Array.from({ length: 3 }, () => ({ status: 429, headers: { 'retry-after': '0' } })))
    const { client } = clientFor(fake)
    const error = await llmErrorOf(collect(client.streamChat({ messages: hello })))
    expect(error).toMatchObject({ code: 'model_rate_limited', retryable: true })
    expect(fake.requests).toHaveLength(3)
  })

  it('does not retry when the server says x-should-retry: false', async () => {
    fake.onStream({ status: 503, headers: { 'x-should-retry': 'false' } }, { stream: 'never reached' })
    const { client } = clientFor(fake)
    const error = await llmErrorOf(collect(client.streamChat({ messages: hello })))
    expect(error.code).toBe('model_unavailable')
    expect(error.options.status).toBe(503)
    expect(fake.requests).toHaveLength(1)
  })

  it('gives model_rejected for a 401, without retrying', async () => {
    fake.configure({ requireApiKey: 'right-key' })
    const { client, events } = clientFor(fake, { apiKey: 'wrong-key' })
    const error = await llmErrorOf(collect(client.streamChat({ messages: hello })))
    expect(error).toMatchObject({ code: 'model_rejected', retryable: false })
    expect(error.options.status).toBe(401)
    expect(fake.requests).toHaveLength(1)
    expect(events[0]?.outcome).toBe('model_rejected')
  })

  it('gives model_unavailable for an error event mid-stream, after the deltas before it', async () => {
    fake.onStream({ fault: 'error_midstream', stream: 'You people never ', afterChunks: 2 })
    const { client } = clientFor(fake)
    const parts: string[] = []
    const error = await llmErrorOf(
      (async () => {
        for await (const part of client.streamChat({ messages: hello })) parts.push(part)
      })(),
    )
    expect(error.code).toBe('model_unavailable')
    expect(parts).toEqual(['You ', 'people '])
  })

  it('maps a rate-limit error event mid-stream to model_rate_limited', async () => {
    fake.onStream({
      fault: 'error_midstream',
      afterChunks: 1,
      error: { message: 'Rate limit reached', type: 'rate_limit_error', code: 'rate_limit_exceeded' },
    })
    const { client } = clientFor(fake)
    expect((await llmErrorOf(collect(client.streamChat({ messages: hello })))).code).toBe('model_rate_limited')
  })

  it('gives model_unavailable when the socket dies mid-stream', async () => {
    fake.onStream({ fault: 'destroy_midstream', afterChunks: 2 })
    const { client } = clientFor(fake)
    expect((await llmErrorOf(collect(client.streamChat({ messages: hello })))).code).toBe('model_unavailable')
  })

  it('gives model_invalid_output for a stream without content', async () => {
    fake.onStream({ stream: [] })
    const { client } = clientFor(fake)
    expect((await llmErrorOf(collect(client.streamChat({ messages: hello })))).code).toBe('model_invalid_output')
  })

  it('gives model_unavailable when nothing listens', async () => {
    const url = await refusedUrl()
    const { client } = clientFor(fake, { baseURL: url, maxRetries: 0 })
    expect((await llmErrorOf(collect(client.streamChat({ messages: hello })))).code).toBe('model_unavailable')
  })
})
