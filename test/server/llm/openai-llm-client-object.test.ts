import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { startFakeOpenAi, type FakeOpenAi } from '../../fake-openai/fake-openai-server'
import type { LlmUsage } from '../../../src/server/llm/llm-client'
import { extractJson } from '../../../src/server/llm/openai-llm-client'
import { clientFor, hello, llmErrorOf } from './llm-test-helpers'

const gradeSchema = z.object({
  criterion: z.enum(['acknowledge', 'clarify', 'no_blame']),
  score: z.number().int().min(0).max(2).nullable(),
  evidence: z.string(),
})
const grade = { criterion: 'acknowledge', score: 2, evidence: 'I am so sorry about the double charge' }
const grader = [
  { role: 'system' as const, content: 'You grade call-centre replies.' },
  { role: 'user' as const, content: 'Agent said: "I am so sorry about the double charge"' },
]
const input = { messages: grader, schema: gradeSchema, schemaName: 'turn_grade' }

let fake: FakeOpenAi

beforeAll(async () => {
  fake = await startFakeOpenAi()
})
afterEach(() => fake.reset())
afterAll(async () => {
  await fake.close()
})

describe('generateObject with structured outputs', () => {
  it('asks for a strict json_schema and returns the parsed object', async () => {
    fake.onObject({ json: grade, usage: { promptTokens: 90, completionTokens: 20 } })
    const { client, events } = clientFor(fake)
    const usages: LlmUsage[] = []

    const result = await client.generateObject({ ...input, onUsage: (usage) => usages.push(usage) })

    expect(result).toEqual(grade)
    const body = fake.requests[0]!.body
    expect(body.stream).toBeUndefined()
    expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'turn_grade', strict: true } })
    expect(body.response_format?.json_schema?.schema).toMatchObject({ required: ['criterion', 'score', 'evidence'] })
    expect(body.messages).toEqual(grader)
    expect(usages).toEqual([{ promptTokens: 90, completionTokens: 20 }])
    expect(events).toEqual([
      expect.objectContaining({ kind: 'object', outcome: 'ok', promptTokens: 90, completionTokens: 20 }),
    ])
  })

  it('falls back to json_object with the schema in the system message, and remembers', async () => {
    fake.configure({ rejectJsonSchema: true })
    fake.onObject({ json: grade }, { json: { ...grade, criterion: 'clarify' } })
    const { client } = clientFor(fake)

    expect(await client.generateObject(input)).toEqual(grade)
    expect(await client.generateObject(input)).toEqual({ ...grade, criterion: 'clarify' })

    expect(fake.requests.map((request) => request.body.response_format?.type)).toEqual(['json_schema', 'json_object', 'json_object'])
    const system = fake.requests[1]!.body.messages?.[0]
    expect(system?.role).toBe('system')
    expect(String(system?.content)).toMatch(/^You grade call-centre replies\.\n\n.*JSON Schema/s)
    expect(String(system?.content)).toContain('"evidence"')
    expect(fake.requests[1]!.body.messages).toHaveLength(2)
  })

  it('falls back to the schema in the prompt alone when json_object is rejected too', async () => {
    fake.configure({ rejectJsonSchema: true, rejectJsonObject: true })
    fake.onObject({ content: `Here is the grade:\n\`\`\`json\n${JSON.stringify(grade)}\n\`\`\`` })
    const { client } = clientFor(fake)
    expect(await client.generateObject(input)).toEqual(grade)
    expect(fake.requests.map((request) => request.body.response_format?.type ?? 'none')).toEqual(['json_schema', 'json_object', 'none'])
  })

  it('accepts JSON in markdown fences from a server that ignores response_format', async () => {
    fake.onObject({ content: `\`\`\`json\n${JSON.stringify(grade, null, 2)}\n\`\`\`` })
    const { client } = clientFor(fake)
    expect(await client.generateObject(input)).toEqual(grade)
  })

  it('rejects a schema strict mode cannot express before calling the model', async () => {
    const { client } = clientFor(fake)
    await expect(
      client.generateObject({ ...input, schema: z.object({ note: z.string().optional() }), schemaName: 'bad' }),
    ).rejects.toThrow(/optional/)
    expect(fake.requests).toHaveLength(0)
  })
})

describe('generateObject retry on invalid output', () => {
  it('retries once after invalid JSON, telling the model what was wrong', async () => {
    fake.onObject({ content: '{"criterion": "acknowledge", "score": 2,' }, { json: grade })
    const { client } = clientFor(fake)

    expect(await client.generateObject(input)).toEqual(grade)

    expect(fake.requests).toHaveLength(2)
    const retryMessages = fake.requests[1]!.body.messages ?? []
    expect(retryMessages.slice(0, 2)).toEqual(grader)
    expect(retryMessages[2]).toEqual({ role: 'assistant', content: '{"criterion": "acknowledge", "score": 2,' })
    expect(retryMessages[3]).toMatchObject({ role: 'user', content: expect.stringContaining('not valid JSON') })
  })

  it('retries once after a schema violation', async () => {
    fake.onObject({ json: { ...grade, score: 5 } }, { json: grade })
    const { client } = clientFor(fake)
    expect(await client.generateObject(input)).toEqual(grade)
    expect(String(fake.requests[1]!.body.messages?.[3]?.content)).toContain('score')
  })

  it('gives model_invalid_output after two invalid replies', async () => {
    fake.onObject({ content: 'I think the agent did well.' }, { content: 'Still prose.' }, { json: grade })
    const { client, events } = clientFor(fake)
    const error = await llmErrorOf(client.generateObject(input))
    expect(error.code).toBe('model_invalid_output')
    expect(fake.requests).toHaveLength(2)
    expect(events[0]?.outcome).toBe('model_invalid_output')
  })

  it('gives model_invalid_output when the model refuses twice', async () => {
    fake.onObject({ refusal: "I can't help with that." }, { refusal: "I can't help with that." })
    const { client } = clientFor(fake)
    expect((await llmErrorOf(client.generateObject(input))).code).toBe('model_invalid_output')
    expect(fake.requests[1]!.body.messages?.at(-1)?.content).toMatch(/refusal/)
  })

  it('recovers when only the first reply is empty, and sums usage over both', async () => {
    fake.onObject(
      { content: '', usage: { promptTokens: 10, completionTokens: 0 } },
      { json: grade, usage: { promptTokens: 15, completionTokens: 8 } },
    )
    const { client } = clientFor(fake)
    const usages: LlmUsage[] = []
    expect(await client.generateObject({ ...input, onUsage: (usage) => usages.push(usage) })).toEqual(grade)
    expect(usages).toEqual([{ promptTokens: 25, completionTokens: 8 }])
  })
})

describe('generateObject failures', () => {
  it('gives model_rejected for a 401 without retrying', async () => {
    fake.configure({ requireApiKey: 'right-key' })
    const { client } = clientFor(fake, { apiKey: 'wrong-key' })
    expect((await llmErrorOf(client.generateObject(input))).code).toBe('model_rejected')
    expect(fake.requests).toHaveLength(1)
  })

  it('lets the SDK retry a 500', async () => {
    fake.onObject({ status: 500, headers: { 'retry-after-ms': '0' } }, { json: grade })
    const { client } = clientFor(fake)
    expect(await client.generateObject(input)).toEqual(grade)
    expect(fake.requests).toHaveLength(2)
  })

  it('gives model_timeout when the body never arrives after the headers', async () => {
    fake.onObject({ fault: 'silence_after_headers' })
    const { client } = clientFor(fake, { timeoutMs: 250 })
    const started = Date.now()
    expect((await llmErrorOf(client.generateObject(input))).code).toBe('model_timeout')
    expect(Date.now() - started).toBeLessThan(2_000)
    await fake.requests[0]!.settled
    expect(fake.requests[0]!.aborted).toBe(true)
  })

  it('gives model_timeout when the server never answers', async () => {
    fake.onObject({ fault: 'hang' })
    const { client } = clientFor(fake, { timeoutMs: 250, maxRetries: 0 })
    expect((await llmErrorOf(client.generateObject(input))).code).toBe('model_timeout')
  })

  it('gives model_aborted and closes the request when the caller aborts', async () => {
    fake.onObject({ json: grade, ttftMs: 5_000 })
    const { client } = clientFor(fake)
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    expect((await llmErrorOf(client.generateObject({ ...input, signal: controller.signal }))).code).toBe('model_aborted')
    await fake.requests[0]!.settled
    expect(fake.requests[0]!.aborted).toBe(true)
  })
})

describe('extractJson', () => {
  it.each([
    ['bare', '{"a":1}'],
    ['fenced', 'Sure!\n```json\n{"a":1}\n```\nAnything else?'],
    ['amid prose', 'The grade is {"a":1} as requested.'],
    ['after thinking', '<think>maybe {"a":0}?</think>\n{"a":1}'],
  ])('reads JSON %s', (_name, text) => {
    expect(extractJson(text)).toEqual({ ok: true, value: { a: 1 } })
  })

  it('reports text without JSON', () => {
    expect(extractJson('no json here').ok).toBe(false)
  })
})
