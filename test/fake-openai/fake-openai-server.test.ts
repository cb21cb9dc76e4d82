import { afterEach, describe, expect, it } from 'vitest'
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai-server'

let fake: FakeOpenAi | undefined

afterEach(async () => {
  await fake?.close()
  fake = undefined
})

function post(url: string, body: unknown, signal?: AbortSignal) {
  return fetch(`${url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  })
}

describe('fake OpenAI server', () => {
  it('routes stream requests and object requests to their own queues', async () => {
    fake = await startFakeOpenAi()
    fake.onObject({ json: { ok: true } })
    fake.onStream({ stream: ['Hi', '!'] })

    const object = await (await post(fake.url, { model: 'm', messages: [] })).json()
    const streamed = await (await post(fake.url, { model: 'm', messages: [], stream: true })).text()

    expect(object.choices[0].message.content).toBe('{"ok":true}')
    expect(streamed).toContain('"content":"Hi"')
    expect(streamed.trimEnd().endsWith('data: [DONE]')).toBe(true)
    expect(streamed).not.toContain('"usage"')
    expect(fake.requests.map((request) => request.kind)).toEqual(['object', 'stream'])
    expect(fake.pending()).toBe(0)
  })

  it('reports its time to first token and records when chunks went out', async () => {
    fake = await startFakeOpenAi()
    fake.onStream({ stream: 'Slow start.', ttftMs: 150 })
    const response = await post(fake.url, { model: 'm', messages: [], stream: true, stream_options: { include_usage: true } })
    expect(response.headers.get('x-fake-ttft-ms')).toBe('150')
    expect(await response.text()).toContain('"usage":{')
    const request = fake.requests[0]!
    await request.settled
    expect(request.firstChunkAt! - request.receivedAt).toBeGreaterThanOrEqual(140)
    expect(request.endedAt).not.toBeNull()
    expect(request.aborted).toBe(false)
  })

  it('sees a client that goes away and counts it out of active connections', async () => {
    fake = await startFakeOpenAi()
    fake.onStream({ fault: 'keepalive_only', keepAliveMs: 20 })
    const controller = new AbortController()
    const response = await post(fake.url, { model: 'm', messages: [], stream: true }, controller.signal)
    expect(fake.activeConnections()).toBe(1)
    controller.abort()
    await response.body?.cancel().catch(() => undefined)
    await fake.requests[0]!.settled
    expect(fake.requests[0]!.aborted).toBe(true)
    expect(fake.activeConnections()).toBe(0)
  })

  it('leaves no timers or sockets behind when closed mid-fault', async () => {
    fake = await startFakeOpenAi()
    await (await post(fake.url, { model: 'm', messages: [], stream: true })).text() // warms up fetch's own timers
    const before = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length
    fake.onStream({ fault: 'keepalive_only', keepAliveMs: 20 })
    const response = await post(fake.url, { model: 'm', messages: [], stream: true })
    const reading = response.text().catch(() => 'closed')
    await new Promise((resolve) => setTimeout(resolve, 60))
    await fake.close()
    expect(await reading).toBeTypeOf('string')
    await new Promise((resolve) => setTimeout(resolve, 20))
    const after = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length
    expect(after).toBeLessThanOrEqual(before)
    expect(fake.activeConnections()).toBe(0)
  })

  it('answers json_schema with 400 when told to reject it, without using up the queue', async () => {
    fake = await startFakeOpenAi({ rejectJsonSchema: true })
    fake.onObject({ json: { a: 1 } })
    const rejected = await post(fake.url, {
      model: 'm',
      messages: [],
      response_format: { type: 'json_schema', json_schema: { name: 'x', schema: {} } },
    })
    expect(rejected.status).toBe(400)
    expect(fake.pending()).toBe(1)
  })
})
