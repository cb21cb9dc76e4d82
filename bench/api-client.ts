/**
 * The trainee's side of the wire, on `node:http` with keep-alive: small enough that the load
 * generator adds little of its own delay, and timestamps every server-sent event as it arrives.
 */
import { Agent, type ClientRequest, request } from 'node:http'
import { performance } from 'node:perf_hooks'

export interface ApiClientOptions {
  port: number
  cookieName: string
}

export interface JsonResult {
  status: number
  body: any
  headers: Record<string, string | string[] | undefined>
}

/** One received server-sent event, with the `performance.now()` of the chunk that completed it. */
export interface TimedEvent {
  event: string
  data: any
  at: number
}

export interface StreamResult {
  status: number
  /** Set for a non-2xx answer (its JSON body) or a broken connection. */
  error?: { code: string; message: string }
  sentAt: number
  events: TimedEvent[]
  endedAt: number
}

export function createApiClient({ port, cookieName }: ApiClientOptions) {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity, keepAliveMsecs: 10_000 })
  /** Several idle sockets may be closing at once; each retry takes another or a new one. */
  const maxAttempts = 3
  let staleSocketRetries = 0

  function headersFor(token: string | undefined, body: string | undefined) {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (token) headers.cookie = `${cookieName}=${token}`
    if (body !== undefined) {
      headers['content-type'] = 'application/json'
      headers['content-length'] = String(Buffer.byteLength(body))
    }
    return headers
  }

  async function json(method: string, path: string, { token, body, timeoutMs = 60_000 }: { token?: string; body?: unknown; timeoutMs?: number } = {}): Promise<JsonResult> {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    for (let attempt = 1; ; attempt++) {
      try {
        return await jsonAttempt(method, path, token, payload, timeoutMs)
      } catch (error) {
        if (!(error as { staleSocket?: boolean }).staleSocket || attempt >= maxAttempts) throw error
        staleSocketRetries += 1
      }
    }
  }

  function jsonAttempt(method: string, path: string, token: string | undefined, payload: string | undefined, timeoutMs: number): Promise<JsonResult> {
    return new Promise((resolve, reject) => {
      let responded = false
      const outgoing = request({ host: '127.0.0.1', port, path, method, agent, headers: headersFor(token, payload), timeout: timeoutMs }, (response) => {
        responded = true
        const parts: Buffer[] = []
        response.on('data', (part: Buffer) => parts.push(part))
        response.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8')
          let parsed: unknown = text
          try {
            parsed = text ? JSON.parse(text) : null
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: response.statusCode ?? 0, body: parsed, headers: response.headers })
        })
        response.on('error', reject)
      })
      outgoing.on('timeout', () => outgoing.destroy(new Error(`client timeout after ${timeoutMs} ms`)))
      outgoing.on('error', (error: Error & { staleSocket?: boolean }) => {
        error.staleSocket = !responded && isStaleSocket(outgoing, error)
        reject(error)
      })
      outgoing.end(payload)
    })
  }

  /** POSTs and reads a `text/event-stream` answer to its end, timing each event. */
  async function stream(path: string, { token, body, timeoutMs = 90_000 }: { token: string; body: unknown; timeoutMs?: number }): Promise<StreamResult> {
    const payload = JSON.stringify(body)
    // Safe to send again: the turn carries its clientTurnId, and nothing reached the server.
    for (let attempt = 1; ; attempt++) {
      const result = await streamAttempt(path, token, payload, timeoutMs)
      if (!result.staleSocket || attempt >= maxAttempts) return result
      staleSocketRetries += 1
    }
  }

  function streamAttempt(path: string, token: string, payload: string, timeoutMs: number): Promise<StreamResult & { staleSocket?: boolean }> {
    return new Promise((resolve) => {
      const events: TimedEvent[] = []
      let sentAt = 0
      let settled = false
      const settle = (result: Omit<StreamResult, 'sentAt' | 'events' | 'endedAt'> & { staleSocket?: boolean }) => {
        if (settled) return
        settled = true
        resolve({ ...result, sentAt, events, endedAt: performance.now() })
      }
      let responded = false
      const outgoing = request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: headersFor(token, payload), timeout: timeoutMs }, (response) => {
        responded = true
        const status = response.statusCode ?? 0
        if (status < 200 || status >= 300 || !String(response.headers['content-type']).startsWith('text/event-stream')) {
          const parts: Buffer[] = []
          response.on('data', (part: Buffer) => parts.push(part))
          response.on('end', () => {
            let code = `http_${status}`
            let message = Buffer.concat(parts).toString('utf8').slice(0, 300)
            try {
              const parsed = JSON.parse(message) as { error?: { code?: string; message?: string } }
              code = parsed.error?.code ?? code
              message = parsed.error?.message ?? message
            } catch {
              // keep the raw text
            }
            settle({ status, error: { code, message } })
          })
          return
        }
        response.setEncoding('utf8')
        let buffer = ''
        response.on('data', (text: string) => {
          const at = performance.now()
          buffer += text
          let boundary = buffer.indexOf('\n\n')
          while (boundary !== -1) {
            const block = buffer.slice(0, boundary)
            buffer = buffer.slice(boundary + 2)
            boundary = buffer.indexOf('\n\n')
            let event = 'message'
            let data = ''
            for (const line of block.split('\n')) {
              if (line.startsWith('event:')) event = line.slice(6).trim()
              else if (line.startsWith('data:')) data += line.slice(5).replace(/^ /, '')
            }
            let parsed: unknown = data
            try {
              parsed = data ? JSON.parse(data) : null
            } catch {
              // keep the raw data
            }
            events.push({ event, data: parsed, at })
          }
        })
        response.on('end', () => settle({ status }))
        response.on('error', (error) => settle({ status, error: { code: 'client_stream_broken', message: error.message } }))
        response.on('close', () => settle({ status, error: response.complete ? undefined : { code: 'client_stream_broken', message: 'the stream closed early' } }))
      })
      outgoing.on('timeout', () => outgoing.destroy(new Error(`client timeout after ${timeoutMs} ms`)))
      outgoing.on('error', (error) =>
        settle({
          status: 0,
          error: { code: error.message.startsWith('client timeout') ? 'client_timeout' : 'client_connection', message: error.message },
          staleSocket: !responded && isStaleSocket(outgoing, error),
        }),
      )
      sentAt = performance.now()
      outgoing.end(payload)
    })
  }

  return { json, stream, staleSocketRetries: () => staleSocketRetries, close: () => agent.destroy() }
}

export type ApiClient = ReturnType<typeof createApiClient>

/**
 * A kept-alive socket the server closed just as we reused it fails before any answer. Browsers
 * resend on a fresh connection then, and so does the bench (Node's `reusedSocket` is for this).
 */
function isStaleSocket(outgoing: ClientRequest, error: Error & { code?: string }): boolean {
  return outgoing.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE' || error.message === 'socket hang up')
}
