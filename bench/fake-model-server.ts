/**
 * A lean OpenAI-compatible model server for load: it plays the customer (streamed chat), the
 * grader and the perception (one JSON completion each) at a set speed, and reports exactly when it wrote every chunk so the
 * bench can subtract the model's own time from what the trainee saw.
 *
 * Unlike test/fake-openai (scripted per test, keeps every request), it keeps nothing but timings
 * and sends them to the parent process in batches. Run as a child with `fork()`: it answers
 * `{ type: 'ready', port }`, then `{ type: 'records', records }` every 200 ms, and takes `speed`
 * (change the model's pace), `capture` (hand over each request's messages, for prompt economy),
 * `stats` (its own event-loop lag) and `close`.
 *
 * Each answer carries its request number so the bench can pair it with the turn that caused it:
 * the customer's reply starts with `[#n]`, the grader's betterReply ends with it.
 */
import { createServer, type ServerResponse } from 'node:http'
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { pathToFileURL } from 'node:url'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { lateSignalCriterionIds } from '../src/grader/late-signals'

export interface FakeModelOptions {
  /** The model's own time to first token (and to the start of a JSON answer). */
  ttftMs: number
  /** Streamed chunks per second; one chunk is about one token. Also paces the grader's JSON. */
  tokensPerSecond: number
}

/** One model request as the fake served it. Times are the fake's `performance.now()`, in ms. */
export interface FakeModelRecord {
  id: number
  kind: 'stream' | 'object'
  /** Set for a perception request (a JSON answer for the `turn_perception` schema). */
  perception?: true
  receivedAt: number
  /** Request body fully read → first content chunk written (streams) or whole answer written (objects). */
  ttftMs: number
  /** When each content chunk was written, relative to the first one (streams only). */
  chunkOffsetsMs: number[]
  durationMs: number
  aborted: boolean
  /** Rough prompt size: characters of all messages. */
  promptChars: number
}

export interface FakeModelStats {
  eventLoopDelayP99Ms: number
  eventLoopDelayMaxMs: number
}

interface ChatBody {
  model?: string
  stream?: boolean
  stream_options?: { include_usage?: boolean }
  messages?: Array<{ role: string; content: unknown }>
  response_format?: { type?: string; json_schema?: { name?: string } }
}

const replies = JSON.parse(readFileSync(new URL('./fixtures/customer-replies.json', import.meta.url), 'utf8')) as Record<string, string[] | string>
const personaNames = Object.keys(replies).filter((key) => key !== 'about' && key !== 'fallback')
const defaultCriteria = ['acknowledge', 'clarify', 'no_blame', 'can_do', 'ownership', 'honest_promises', 'composure', 'personalise', 'close']
const rationales = [
  'You named what went wrong before moving on, which takes the heat out of the call.',
  'A specific question here would have got you the detail you needed faster.',
  'You kept the focus on what you can do rather than what you cannot.',
  'Clear and calm; the customer knows who is handling this.',
]

export interface FakeModelServer {
  port: number
  /** Changes the model's speed for the requests that arrive from now on. */
  setSpeed(options: FakeModelOptions): void
  /** With a callback, hands over every request's messages as received (for prompt economy); null stops. */
  capture(callback: ((kind: 'stream' | 'object', messages: unknown[]) => void) | null): void
  close(): Promise<void>
}

export function startFakeModelServer(initial: FakeModelOptions, report: (record: FakeModelRecord) => void): Promise<FakeModelServer> {
  let nextId = 1
  let options = initial
  let capture: ((kind: 'stream' | 'object', messages: unknown[]) => void) | null = null

  const server = createServer((request, response) => {
    const parts: Buffer[] = []
    request.on('data', (part: Buffer) => parts.push(part))
    request.on('end', () => {
      const receivedAt = performance.now()
      if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}')
        return
      }
      let body: ChatBody
      try {
        body = JSON.parse(Buffer.concat(parts).toString('utf8')) as ChatBody
      } catch {
        response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"message":"bad json"}}')
        return
      }
      const id = nextId++
      const record: FakeModelRecord = {
        id,
        kind: body.stream ? 'stream' : 'object',
        receivedAt,
        ttftMs: Number.NaN,
        chunkOffsetsMs: [],
        durationMs: Number.NaN,
        aborted: false,
        promptChars: (body.messages ?? []).reduce((total, message) => total + (typeof message.content === 'string' ? message.content.length : 0), 0),
      }
      const finish = () => {
        record.durationMs = performance.now() - receivedAt
        report(record)
      }
      capture?.(record.kind, body.messages ?? [])
      if (body.stream) streamReply(body, record, response, finish, options)
      else if (isPerception(body)) {
        record.perception = true
        answerObject(perceptionOutput(body), body.model, record, response, finish, options)
      }
      else answerGrade(body, record, response, finish, options)
    })
  })
  server.keepAliveTimeout = 30_000

  function streamReply(body: ChatBody, record: FakeModelRecord, response: ServerResponse, finish: () => void, options: FakeModelOptions) {
    const chunkGapMs = 1000 / options.tokensPerSecond
    const system = String(body.messages?.[0]?.content ?? '')
    const pieces = `[#${record.id}] ${pickReply(system, record.id)}`.match(/\S+\s*/g) ?? ['…']
    const created = Math.floor(Date.now() / 1000)
    const envelope = (delta: Record<string, unknown>, finishReason: string | null) =>
      `data: ${JSON.stringify({
        id: `chatcmpl-bench-${record.id}`,
        object: 'chat.completion.chunk',
        created,
        model: body.model ?? 'bench',
        system_fingerprint: 'fp_bench',
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
      })}\n\n`
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-fake-ttft-ms': String(options.ttftMs) })
    response.flushHeaders()
    let closed = false
    response.on('close', () => {
      if (!response.writableEnded) {
        closed = true
        record.aborted = true
      }
    })
    let firstAt = 0
    let index = 0
    // Scheduled against absolute times so a late timer does not push every later chunk back.
    const startAt = record.receivedAt + options.ttftMs
    const writeNext = () => {
      if (closed) return finish()
      const now = performance.now()
      const piece = pieces[index]!
      response.write(envelope(index === 0 ? { role: 'assistant', content: piece } : { content: piece }, null))
      if (index === 0) {
        firstAt = now
        record.ttftMs = now - record.receivedAt
      }
      record.chunkOffsetsMs.push(now - firstAt)
      index += 1
      if (index < pieces.length) {
        setTimeout(writeNext, Math.max(0, startAt + index * chunkGapMs - performance.now()))
        return
      }
      response.write(envelope({}, 'stop'))
      if (body.stream_options?.include_usage) {
        const usage = { prompt_tokens: Math.ceil(record.promptChars / 4), completion_tokens: pieces.length, total_tokens: 0 }
        usage.total_tokens = usage.prompt_tokens + usage.completion_tokens
        response.write(`data: ${JSON.stringify({ id: `chatcmpl-bench-${record.id}`, object: 'chat.completion.chunk', created, model: body.model ?? 'bench', choices: [], usage })}\n\n`)
      }
      response.end('data: [DONE]\n\n')
      finish()
    }
    setTimeout(writeNext, Math.max(0, startAt - performance.now()))
  }

  /**
   * A quoted 0 on these makes the customer angrier on the next turn (the grader corrects the mood), which would
   * end the simulated calls early; the bench's trainees are reasonable, so the fake never scores them 0.
   */
  const escalating = new Set(lateSignalCriterionIds)

  function answerGrade(body: ChatBody, record: FakeModelRecord, response: ServerResponse, finish: () => void, options: FakeModelOptions) {
    const system = String(body.messages?.[0]?.content ?? '')
    const call = String(body.messages?.at(-1)?.content ?? '')
    const ids = /Criteria, in order: ([^.]+)\./.exec(system)?.[1]?.split(/,\s*/) ?? defaultCriteria
    const turn = /<turn_to_grade>\n([\s\S]*?)\n<\/turn_to_grade>/.exec(call)?.[1] ?? ''
    const quote = turn.split(/\s+/).slice(0, 4).join(' ') || null
    const output = {
      criteria: ids.map((criterionId, index) => ({
        criterionId,
        score: index % 4 === 3 ? null : escalating.has(criterionId) ? (1 + ((index + record.id) % 2)) as 1 | 2 : ((index + record.id) % 3) as 0 | 1 | 2,
        rationale: rationales[(index + record.id) % rationales.length]!,
        evidenceQuote: index % 2 === 0 && quote ? quote : null,
      })),
      betterReply: `I'm sorry this has dragged on. I'm taking ownership of it now: let me check exactly what happened, and I'll tell you what I can do today. [#${record.id}]`,
    }
    answerObject(output, body.model, record, response, finish, options)
  }

  function answerObject(output: unknown, model: string | undefined, record: FakeModelRecord, response: ServerResponse, finish: () => void, options: FakeModelOptions) {
    const content = JSON.stringify(output)
    const completionTokens = Math.ceil(content.length / 4)
    // A JSON answer arrives whole: the model's first token, then every token of it.
    const readyAt = record.receivedAt + options.ttftMs + (completionTokens * 1000) / options.tokensPerSecond
    response.on('close', () => {
      if (!response.writableEnded) record.aborted = true
    })
    setTimeout(() => {
      if (record.aborted) return finish()
      const answer = JSON.stringify({
        id: `chatcmpl-bench-${record.id}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: model ?? 'bench',
        system_fingerprint: 'fp_bench',
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: Math.ceil(record.promptChars / 4), completion_tokens: completionTokens, total_tokens: Math.ceil(record.promptChars / 4) + completionTokens },
      })
      response.writeHead(200, { 'content-type': 'application/json', 'x-fake-ttft-ms': String(options.ttftMs) })
      response.end(answer)
      record.ttftMs = performance.now() - record.receivedAt
      finish()
    }, Math.max(0, readyAt - performance.now()))
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        port,
        setSpeed: (next) => void (options = next),
        capture: (callback) => void (capture = callback),
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}

/** A perception request: by its schema's name, or (a server without structured outputs) by its prompt. */
function isPerception(body: ChatBody): boolean {
  return body.response_format?.json_schema?.name === 'turn_perception' || String(body.messages?.[0]?.content ?? '').startsWith('You are the ears of a customer')
}

/** What the fake perceives: an apology when the turn has one (quoted exactly, so the merge checks it), nothing else. */
function perceptionOutput(body: ChatBody): unknown {
  const turn = /<agent_turn>\n([\s\S]*?)\n<\/agent_turn>/.exec(String(body.messages?.at(-1)?.content ?? ''))?.[1] ?? ''
  const apology = /\bsorry\b/i.exec(turn)?.[0]
  return {
    behaviours: apology ? [{ signal: 'apologised', quote: apology }] : [],
    misread: [],
    askedAbout: [],
    offeredResolutionId: null,
    offeredQuote: null,
    refusedOutcomeId: null,
    refusedQuote: null,
    promised: null,
  }
}

function pickReply(systemPrompt: string, id: number): string {
  const name = personaNames.find((candidate) => systemPrompt.includes(candidate))
  const list = (name ? replies[name] : replies.fallback) as string[]
  // Each sentence carries the request number, so no reply repeats an earlier one word for word: the server's reply
  // check would otherwise ask again, and the bench would time two streams as one.
  return list[id % list.length]!.replace(/([.!?…])(?=\s|$)/g, ` (${id})$1`)
}

/** Child-process entry: options come in argv as JSON, timings go out over IPC. */
async function runAsChild() {
  const options = JSON.parse(process.argv[2] ?? '{}') as FakeModelOptions
  const delay = monitorEventLoopDelay({ resolution: 1 })
  delay.enable()
  let batch: FakeModelRecord[] = []
  const fake = await startFakeModelServer(options, (record) => void batch.push(record))
  const flush = () => {
    if (batch.length === 0) return
    process.send?.({ type: 'records', records: batch })
    batch = []
  }
  const timer = setInterval(flush, 200)
  process.on('message', (message: { type: string; on?: boolean; speed?: FakeModelOptions }) => {
    if (message.type === 'speed' && message.speed) fake.setSpeed(message.speed)
    else if (message.type === 'capture') {
      fake.capture(message.on ? (kind, messages) => process.send?.({ type: 'captured', kind, messages }) : null)
    } else if (message.type === 'stats') {
      flush()
      // The histogram includes its own 1 ms timer interval; what is left is lag.
      const stats: FakeModelStats = { eventLoopDelayP99Ms: Math.max(0, delay.percentile(99) / 1e6 - 1), eventLoopDelayMaxMs: Math.max(0, delay.max / 1e6 - 1) }
      process.send?.({ type: 'stats', stats })
      delay.reset()
    } else if (message.type === 'close') {
      clearInterval(timer)
      flush()
      void fake.close().then(() => process.exit(0))
    }
  })
  process.on('disconnect', () => process.exit(0))
  process.send?.({ type: 'ready', port: fake.port })
}

if (process.send && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runAsChild()
