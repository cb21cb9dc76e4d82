/**
 * A real HTTP server that speaks the OpenAI chat-completions API, scripted per test.
 * Every model test talks to it through the real `openai` SDK, so SSE framing, retries,
 * aborts and timeouts are exercised end to end on a real socket.
 *
 * Routing: a request with `stream: true` is a "stream" request (the persona); any other
 * is an "object" request (the grader). A scripted response describes content, and the fake
 * serves it the way the request asked: `{ json }` to a stream request is streamed in chunks,
 * `{ stream }` to an object request comes back as one chat.completion.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import type { AddressInfo, Socket } from 'node:net'

export interface FakeUsage {
  promptTokens: number
  completionTokens: number
}

/** How SSE bytes go on the wire. */
export type FakeTransport = 'lf' | 'crlf' | 'batched' | 'split_utf8'

export interface FakeContentOptions {
  /** Delay before the first content chunk (headers are sent at once). Reported in `x-fake-ttft-ms`. */
  ttftMs?: number
  /** Delay between content chunks. */
  chunkDelayMs?: number
  /** Usage to report; computed from the request and chunks when omitted. */
  usage?: FakeUsage
  finishReason?: 'stop' | 'length' | 'content_filter'
  transport?: FakeTransport
  headers?: Record<string, string>
}

export type FakeStreamFault = 'no_done' | 'error_midstream' | 'destroy_midstream' | 'split_utf8' | 'crlf' | 'batched'
export type FakeBareFault = 'hang' | 'silence_after_headers' | 'keepalive_only' | 'reset'

export type FakeResponse =
  /** Text split into chunks (a string is split into words, keeping spaces). */
  | ({ stream: string | string[] } & FakeContentOptions)
  /** message.content verbatim. */
  | ({ content: string } & FakeContentOptions)
  /** message.content = JSON.stringify(json). */
  | ({ json: unknown } & FakeContentOptions)
  /** message.refusal with content null. */
  | ({ refusal: string } & FakeContentOptions)
  /** Raw chunk objects sent as SSE `data:` lines verbatim (replayed fixtures); `done: false` omits [DONE]. */
  | ({ chunks: unknown[]; done?: boolean } & FakeContentOptions)
  /** An HTTP error (or any status) with a JSON body. */
  | { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  /**
   * hang: never answers. silence_after_headers: 200 + headers, then nothing.
   * keepalive_only: 200, then `: keep-alive` comments every `keepAliveMs` (default 50) forever.
   * reset: destroys the socket without answering (a refused/reset connection).
   */
  | { fault: FakeBareFault; keepAliveMs?: number }
  /**
   * Content faults. no_done: chunks, then the response never ends. error_midstream: `afterChunks`
   * chunks then `data: {"error":…}`. destroy_midstream: `afterChunks` chunks then the socket is destroyed.
   * split_utf8 / crlf / batched: a normal stream sent with that transport.
   */
  | ({ fault: FakeStreamFault; stream?: string | string[]; afterChunks?: number; error?: Record<string, unknown> } & FakeContentOptions)

export type FakeRequestKind = 'stream' | 'object'

export interface FakeRequestBody {
  model?: string
  messages?: Array<{ role: string; content: unknown }>
  stream?: boolean
  stream_options?: { include_usage?: boolean } | null
  response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } }
  [key: string]: unknown
}

export interface FakeRequest {
  readonly index: number
  readonly method: string
  readonly path: string
  readonly headers: IncomingHttpHeaders
  readonly body: FakeRequestBody
  readonly kind: FakeRequestKind
  /** Date.now() when the body was read. */
  readonly receivedAt: number
  /** Date.now() when the first content byte was written, if ever. */
  firstChunkAt: number | null
  /** Date.now() when the response finished or the connection closed. */
  endedAt: number | null
  /** True when the client closed the connection before the response finished. */
  aborted: boolean
  /** Resolves when the response finished or the connection closed. */
  readonly settled: Promise<void>
}

export type FakeHandler = (request: FakeRequest) => FakeResponse | Promise<FakeResponse>
export type FakeScript = FakeResponse | FakeHandler

export interface FakeOpenAiOptions {
  /** Answer 400 to `response_format: json_schema`, like servers without structured outputs. */
  rejectJsonSchema?: boolean
  /** Answer 400 to `response_format: json_object`. */
  rejectJsonObject?: boolean
  /** Answer 400 to `stream_options`, like older OpenAI-compatible servers. */
  rejectStreamOptions?: boolean
  /** When set, answer 401 unless `Authorization: Bearer <requireApiKey>`. */
  requireApiKey?: string
}

export interface FakeOpenAi {
  /** Base URL ending in /v1, for `baseURL`. */
  readonly url: string
  readonly requests: FakeRequest[]
  /** Queue responses for any request; consumed in order after the kind's own queue. */
  enqueue(...responses: FakeScript[]): void
  /** Queue responses for `stream: true` requests (the persona). */
  onStream(...responses: FakeScript[]): void
  /** Queue responses for non-stream requests (the grader). */
  onObject(...responses: FakeScript[]): void
  /** Handler for any request when the queues are empty; `null` removes it. */
  script(handler: FakeHandler | null): void
  /** Response for a kind when its queue, the shared queue and script() have nothing. */
  setDefault(kind: FakeRequestKind, response: FakeScript): void
  configure(options: FakeOpenAiOptions): void
  /** Queued responses not yet consumed. */
  pending(): number
  /** Requests whose response has not finished and whose connection is still open. */
  activeConnections(): number
  /** Resolves once `count` requests have been received (rejects after `timeoutMs`). */
  waitForRequests(count: number, timeoutMs?: number): Promise<FakeRequest[]>
  /** Clears queues, script, defaults, options and recorded requests. */
  reset(): void
  close(): Promise<void>
}

const DEFAULT_STREAM_TEXT = 'I have been waiting forty minutes and nobody called me back.'
const DEFAULT_UTF8_TEXT = 'Ça fait trois semaines — j’attends toujours 49,99 € 😡 ¿vale?'
const SPLIT_SIZES = [1, 2, 3, 7, 13, 29, 61]

export async function startFakeOpenAi(initialOptions: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
  let options: FakeOpenAiOptions = { ...initialOptions }
  const requests: FakeRequest[] = []
  const shared: FakeScript[] = []
  const queues: Record<FakeRequestKind, FakeScript[]> = { stream: [], object: [] }
  const defaults: Partial<Record<FakeRequestKind, FakeScript>> = {}
  let handler: FakeHandler | null = null
  let closed = false
  const timers = new Set<NodeJS.Timeout>()
  const sockets = new Set<Socket>()
  const inFlight = new Set<FakeRequest>()
  const waiters = new Set<() => void>()
  /** Responses whose connection the fake itself cut, so their close is not a client abort. */
  const serverCut = new WeakSet<ServerResponse>()

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent && !response.destroyed) {
        sendJson(response, 500, { error: { message: `fake-openai: ${String(error)}`, type: 'server_error' } })
      } else {
        response.destroy()
      }
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request)
    const path = (request.url ?? '/').split('?')[0] ?? '/'
    if (request.method === 'GET' && path === '/v1/models') {
      sendJson(response, 200, { object: 'list', data: [{ id: 'fake-model', object: 'model', owned_by: 'fake' }] })
      return
    }
    if (request.method !== 'POST' || path !== '/v1/chat/completions') {
      sendJson(response, 404, { error: { message: `fake-openai: no route ${request.method} ${path}`, type: 'invalid_request_error' } })
      return
    }
    let body: FakeRequestBody
    try {
      body = JSON.parse(raw) as FakeRequestBody
    } catch {
      sendJson(response, 400, { error: { message: 'fake-openai: body is not JSON', type: 'invalid_request_error' } })
      return
    }
    const recorded = recordRequest(request, response, path, body)

    const rejection = capabilityRejection(request, body)
    if (rejection) {
      sendJson(response, rejection.status, rejection.body, rejection.headers)
      return
    }
    const script = nextScript(recorded.kind)
    const scripted = typeof script === 'function' ? await script(recorded) : script
    await respond(recorded, response, scripted)
  }

  function recordRequest(request: IncomingMessage, response: ServerResponse, path: string, body: FakeRequestBody): FakeRequest {
    let settle!: () => void
    const settled = new Promise<void>((resolve) => (settle = resolve))
    const recorded: FakeRequest = {
      index: requests.length,
      method: request.method ?? 'POST',
      path,
      headers: request.headers,
      body,
      kind: body.stream === true ? 'stream' : 'object',
      receivedAt: Date.now(),
      firstChunkAt: null,
      endedAt: null,
      aborted: false,
      settled,
    }
    requests.push(recorded)
    inFlight.add(recorded)
    response.on('close', () => {
      // 'close' after 'finish' is a normal end; before it, the client (or we) cut the connection.
      if (!response.writableFinished && !serverCut.has(response)) recorded.aborted = true
      recorded.endedAt ??= Date.now()
      inFlight.delete(recorded)
      settle()
    })
    response.on('finish', () => {
      recorded.endedAt ??= Date.now()
    })
    for (const wake of [...waiters]) wake()
    return recorded
  }

  function capabilityRejection(
    request: IncomingMessage,
    body: FakeRequestBody,
  ): { status: number; body: unknown; headers?: Record<string, string> } | null {
    if (options.requireApiKey !== undefined && request.headers.authorization !== `Bearer ${options.requireApiKey}`) {
      return { status: 401, body: { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' } } }
    }
    const formatType = body.response_format?.type
    if (options.rejectJsonSchema && formatType === 'json_schema') {
      return { status: 400, body: { error: { message: "response_format type 'json_schema' is not supported by this server", type: 'invalid_request_error', param: 'response_format' } } }
    }
    if (options.rejectJsonObject && formatType === 'json_object') {
      return { status: 400, body: { error: { message: "response_format type 'json_object' is not supported by this server", type: 'invalid_request_error', param: 'response_format' } } }
    }
    if (options.rejectStreamOptions && body.stream_options != null) {
      return { status: 400, body: { error: { message: 'Unrecognized request argument supplied: stream_options', type: 'invalid_request_error' } } }
    }
    return null
  }

  function nextScript(kind: FakeRequestKind): FakeScript {
    const queued = queues[kind].shift() ?? shared.shift()
    if (queued) return queued
    if (handler) return handler
    const fallback = defaults[kind]
    if (fallback) return fallback
    return kind === 'stream'
      ? { stream: 'Hello, this is the fake customer.' }
      : {
          status: 500,
          headers: { 'x-should-retry': 'false' },
          body: { error: { message: 'fake-openai: nothing scripted for this object request', type: 'server_error' } },
        }
  }

  async function respond(recorded: FakeRequest, response: ServerResponse, scripted: FakeResponse): Promise<void> {
    if ('status' in scripted) {
      if (scripted.delayMs) await sleep(scripted.delayMs)
      if (!alive(response)) return
      const body = scripted.body ?? { error: { message: `fake-openai status ${scripted.status}`, type: 'server_error', code: null } }
      sendJson(response, scripted.status, body, scripted.headers)
      return
    }
    if ('fault' in scripted) {
      switch (scripted.fault) {
        case 'hang':
          return // never answer; the connection stays open until the client or close() ends it
        case 'reset':
          serverCut.add(response)
          response.socket?.destroy()
          return
        case 'silence_after_headers':
          writeHeaders(response, recorded.kind, {})
          return
        case 'keepalive_only':
          writeHeaders(response, 'stream', {})
          while (alive(response)) {
            response.write(': keep-alive\n\n')
            await sleep(scripted.keepAliveMs ?? 50)
          }
          return
        default:
          break
      }
    }
    await sendContent(recorded, response, scripted as ContentScript)
  }

  type ContentScript = Exclude<FakeResponse, { status: number } | { fault: FakeBareFault }>

  async function sendContent(recorded: FakeRequest, response: ServerResponse, scripted: ContentScript): Promise<void> {
    const fault = 'fault' in scripted ? scripted.fault : undefined
    const faultError = 'fault' in scripted ? scripted.error : undefined
    const afterChunks = 'fault' in scripted ? scripted.afterChunks : undefined
    const ttftMs = scripted.ttftMs ?? 0
    const headers = { 'x-fake-ttft-ms': String(ttftMs), ...scripted.headers }
    const model = recorded.body.model ?? 'fake-model'
    const id = `chatcmpl-fake${recorded.index}`
    const created = Math.floor(Date.now() / 1000)

    if (recorded.kind === 'object') {
      const message = messageFor(scripted)
      const completion = {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message: { role: 'assistant', ...message }, logprobs: null, finish_reason: scripted.finishReason ?? 'stop' }],
        usage: toUsageJson(scripted.usage ?? estimateUsage(recorded.body, [message.content ?? message.refusal ?? ''])),
      }
      if (ttftMs) await sleep(ttftMs)
      if (!alive(response)) return
      if (fault === 'error_midstream') {
        sendJson(response, 500, { error: faultError ?? { message: 'The server had an error while processing your request.', type: 'server_error' } })
        return
      }
      const text = JSON.stringify(completion)
      if (fault === 'no_done' || fault === 'destroy_midstream') {
        writeHeaders(response, 'object', headers)
        recorded.firstChunkAt = Date.now()
        response.write(text.slice(0, Math.floor(text.length / 2)))
        if (fault === 'destroy_midstream') {
          serverCut.add(response)
          response.socket?.destroy()
        }
        return
      }
      recorded.firstChunkAt = Date.now()
      sendJson(response, 200, completion, headers)
      return
    }

    // Stream request.
    const includeUsage = recorded.body.stream_options?.include_usage === true
    const transport: FakeTransport =
      fault === 'split_utf8' || fault === 'crlf' || fault === 'batched' ? fault : (scripted.transport ?? 'lf')
    const newline = transport === 'crlf' ? '\r\n' : '\n'
    const encode = (data: unknown) => `data: ${typeof data === 'string' ? data : JSON.stringify(data)}${newline}${newline}`
    const chunk = (delta: Record<string, unknown>, finishReason: string | null) => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      system_fingerprint: 'fp_fake',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    })

    let contentEvents: string[]
    let tailEvents: string[]
    // The role-only chunk goes out with the first content chunk; chunkDelayMs spaces the content.
    let firstDelayedIndex = 2
    if ('chunks' in scripted) {
      firstDelayedIndex = 1
      contentEvents = scripted.chunks.map(encode)
      tailEvents = scripted.done === false ? [] : [encode('[DONE]')]
    } else {
      const pieces = piecesFor(scripted, fault === 'split_utf8' ? DEFAULT_UTF8_TEXT : DEFAULT_STREAM_TEXT)
      const refusal = 'refusal' in scripted
      contentEvents = [
        encode(chunk({ role: 'assistant', content: refusal ? null : '', refusal: null }, null)),
        ...pieces.map((piece) => encode(chunk(refusal ? { refusal: piece } : { content: piece }, null))),
      ]
      tailEvents = [encode(chunk({}, scripted.finishReason ?? 'stop'))]
      if (includeUsage) {
        const usage = scripted.usage ?? estimateUsage(recorded.body, pieces)
        tailEvents.push(encode({ id, object: 'chat.completion.chunk', created, model, choices: [], usage: toUsageJson(usage) }))
      }
      tailEvents.push(encode('[DONE]'))
    }

    writeHeaders(response, 'stream', headers)
    if (ttftMs) await sleep(ttftMs)

    if (fault === 'no_done' || fault === 'error_midstream' || fault === 'destroy_midstream') {
      const count = Math.min(contentEvents.length, 1 + (afterChunks ?? 2))
      await writeEvents(recorded, response, contentEvents.slice(0, count), scripted.chunkDelayMs ?? 0, 'lf', firstDelayedIndex)
      if (!alive(response)) return
      if (fault === 'error_midstream') {
        const error = faultError ?? { message: 'The server had an error while processing your request.', type: 'server_error', code: null }
        response.end(encode({ error }))
      } else if (fault === 'destroy_midstream') {
        serverCut.add(response)
        response.socket?.destroy()
      }
      return // no_done: never end
    }

    await writeEvents(recorded, response, contentEvents, scripted.chunkDelayMs ?? 0, transport, firstDelayedIndex)
    if (!alive(response)) return
    await writeEvents(recorded, response, tailEvents, 0, transport)
    if (alive(response)) response.end()
  }

  async function writeEvents(
    recorded: FakeRequest,
    response: ServerResponse,
    events: string[],
    delayMs: number,
    transport: FakeTransport,
    firstDelayedIndex = 1,
  ): Promise<void> {
    if (events.length === 0) return
    recorded.firstChunkAt ??= Date.now()
    if (transport === 'batched') {
      response.write(events.join(''))
      return
    }
    if (transport === 'split_utf8') {
      // Cut the bytes at odd sizes so multi-byte characters and JSON straddle separate writes.
      const bytes = Buffer.from(events.join(''), 'utf8')
      let offset = 0
      let step = 0
      while (offset < bytes.length) {
        if (!alive(response)) return
        const size = SPLIT_SIZES[step++ % SPLIT_SIZES.length] ?? 3
        response.write(bytes.subarray(offset, offset + size))
        offset += size
        await sleep(1)
      }
      return
    }
    for (const [index, event] of events.entries()) {
      if (!alive(response)) return
      if (index >= firstDelayedIndex && delayMs) await sleep(delayMs)
      if (!alive(response)) return
      response.write(event)
    }
  }

  function alive(response: ServerResponse): boolean {
    return !closed && !response.destroyed && !response.writableEnded
  }

  const fake: FakeOpenAi = {
    url: '',
    requests,
    enqueue: (...responses) => void shared.push(...responses),
    onStream: (...responses) => void queues.stream.push(...responses),
    onObject: (...responses) => void queues.object.push(...responses),
    script: (next) => void (handler = next),
    setDefault: (kind, response) => void (defaults[kind] = response),
    configure: (next) => void (options = { ...options, ...next }),
    pending: () => shared.length + queues.stream.length + queues.object.length,
    activeConnections: () => inFlight.size,
    waitForRequests: (count, timeoutMs = 5_000) =>
      new Promise<FakeRequest[]>((resolve, reject) => {
        if (requests.length >= count) return resolve(requests.slice(0, count))
        const timer = setTimeout(() => {
          waiters.delete(wake)
          timers.delete(timer)
          reject(new Error(`fake-openai: expected ${count} requests, got ${requests.length}`))
        }, timeoutMs)
        timers.add(timer)
        const wake = () => {
          if (requests.length < count) return
          waiters.delete(wake)
          clearTimeout(timer)
          timers.delete(timer)
          resolve(requests.slice(0, count))
        }
        waiters.add(wake)
      }),
    reset: () => {
      shared.length = 0
      queues.stream.length = 0
      queues.object.length = 0
      handler = null
      delete defaults.stream
      delete defaults.object
      options = {}
      requests.length = 0
    },
    close: async () => {
      if (closed) return
      closed = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      for (const socket of sockets) socket.destroy()
      await stopped
    },
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return { ...fake, url: `http://127.0.0.1:${port}/v1` }
}

/** A base URL on which nothing listens, for connection-refused tests. */
export async function refusedUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}/v1`
}

/** Reads a recorded stream fixture (one JSON chunk per line) from test/fake-openai/fixtures. */
export async function readChunksFixture(fileName: string): Promise<unknown[]> {
  const text = await readFile(new URL(`./fixtures/${fileName}`, import.meta.url), 'utf8')
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as unknown)
}

function messageFor(scripted: FakeResponse): { content: string | null; refusal: string | null } {
  if ('refusal' in scripted) return { content: null, refusal: scripted.refusal }
  if ('json' in scripted) return { content: JSON.stringify(scripted.json), refusal: null }
  if ('content' in scripted) return { content: scripted.content, refusal: null }
  if ('chunks' in scripted) return { content: contentOfChunks(scripted.chunks), refusal: null }
  if ('stream' in scripted && scripted.stream !== undefined) {
    return { content: typeof scripted.stream === 'string' ? scripted.stream : scripted.stream.join(''), refusal: null }
  }
  return { content: DEFAULT_STREAM_TEXT, refusal: null }
}

function piecesFor(scripted: FakeResponse, fallbackText: string): string[] {
  if ('stream' in scripted && scripted.stream !== undefined) {
    return typeof scripted.stream === 'string' ? splitWords(scripted.stream) : scripted.stream
  }
  if ('json' in scripted) return splitEvery(JSON.stringify(scripted.json), 8)
  if ('content' in scripted) return splitWords(scripted.content)
  if ('refusal' in scripted) return splitWords(scripted.refusal)
  return splitWords(fallbackText)
}

function splitWords(text: string): string[] {
  return text.match(/\s*\S+\s*|\s+/g) ?? []
}

function splitEvery(text: string, size: number): string[] {
  const pieces: string[] = []
  for (let index = 0; index < text.length; index += size) pieces.push(text.slice(index, index + size))
  return pieces
}

function contentOfChunks(chunks: unknown[]): string {
  let text = ''
  for (const chunk of chunks) {
    const choices = (chunk as { choices?: Array<{ delta?: { content?: unknown } }> }).choices
    const content = choices?.[0]?.delta?.content
    if (typeof content === 'string') text += content
  }
  return text
}

function estimateUsage(body: FakeRequestBody, pieces: string[]): FakeUsage {
  const promptWords = (body.messages ?? []).reduce(
    (total, message) => total + (typeof message.content === 'string' ? message.content.split(/\s+/).length : 1),
    0,
  )
  return { promptTokens: promptWords, completionTokens: pieces.length }
}

function toUsageJson(usage: FakeUsage) {
  return {
    prompt_tokens: usage.promptTokens,
    completion_tokens: usage.completionTokens,
    total_tokens: usage.promptTokens + usage.completionTokens,
  }
}

function writeHeaders(response: ServerResponse, kind: FakeRequestKind, headers: Record<string, string>): void {
  response.writeHead(200, {
    'content-type': kind === 'stream' ? 'text/event-stream; charset=utf-8' : 'application/json',
    'cache-control': 'no-cache',
    'x-request-id': `req_fake_${Math.random().toString(16).slice(2, 10)}`,
    ...headers,
  })
  response.flushHeaders()
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers })
  response.end(JSON.stringify(body))
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = []
    request.on('data', (part: Buffer) => parts.push(part))
    request.on('end', () => resolve(Buffer.concat(parts).toString('utf8')))
    request.on('error', reject)
  })
}
