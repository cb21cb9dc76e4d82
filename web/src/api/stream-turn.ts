import type { TurnEventName, TurnEvents } from '../../../src/server/practice/turn-events'
import { apiFetch } from './api-client'
import { SseParser } from './sse-parser'

/** One event of a turn's stream, its payload typed by its name. */
export type TurnEvent = { [Name in TurnEventName]: { name: Name; data: TurnEvents[Name] } }[TurnEventName]

/** Every event name the server sends; a Record so a new server event is a compile error here until handled. */
const knownEvents: Record<TurnEventName, true> = {
  'turn-accepted': true,
  'signals-ready': true,
  'perception-ready': true,
  'mood-changed': true,
  'reply-delta': true,
  'reply-reset': true,
  'reply-end': true,
  'grade-ready': true,
  'session-ended': true,
  'turn-error': true,
}

function isTurnEventName(name: string): name is TurnEventName {
  return Object.hasOwn(knownEvents, name)
}

/**
 * Posts one trainee turn and yields its events as they arrive. A POST can't use EventSource, so the
 * body is read from `fetch` and parsed here. Throws `ApiError` when the server refuses the turn
 * before streaming (409, 429, 503…); a dropped connection ends the iteration early or throws.
 */
export async function* streamTurn(input: { sessionId: string; clientTurnId: string; text: string; signal?: AbortSignal }): AsyncGenerator<TurnEvent> {
  const response = await apiFetch(`/api/sessions/${encodeURIComponent(input.sessionId)}/turns`, {
    body: { clientTurnId: input.clientTurnId, text: input.text },
    signal: input.signal,
    accept: 'text/event-stream',
  })
  if (!response.body) return
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const parser = new SseParser()
  let finished = false
  try {
    for (;;) {
      const { done, value } = await reader.read()
      const text = done ? decoder.decode() : decoder.decode(value, { stream: true })
      for (const message of parser.feed(text)) {
        if (isTurnEventName(message.event)) yield { name: message.event, data: JSON.parse(message.data) } as TurnEvent
      }
      if (done) break
    }
    finished = true
  } finally {
    // Leaving early (an error, or the caller stopped listening) closes the connection.
    if (!finished) await reader.cancel().catch(() => undefined)
  }
}
