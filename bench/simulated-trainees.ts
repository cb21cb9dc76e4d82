/**
 * N trainees, each holding one call at a time: start a call with a built-in persona, think, type
 * a line from the fixture, read the whole turn stream, and again, until the customer ends the
 * call or the trainee wraps it up; then the next call. Every turn is timed from the trainee's side.
 */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import type { ApiClient, StreamResult } from './api-client'

const fixture = JSON.parse(readFileSync(new URL('./fixtures/trainee-turns.json', import.meta.url), 'utf8')) as Record<string, string[] | string>

export interface TurnRecord {
  trainee: number
  personaId: string
  /** 1 for the first trainee turn of a call. */
  turnInCall: number
  /** Sent after the ramp-up and before the end of the measuring window. */
  measured: boolean
  sentAt: number
  acceptedAt: number | null
  firstDeltaAt: number | null
  /** Arrival of every reply-delta, relative to the first one. */
  deltaOffsetsMs: number[]
  replyEndAt: number | null
  gradeAt: number | null
  endedAt: number
  /** Request numbers the fake model put in its answers, to pair this turn with its model calls. */
  personaRequestId: number | null
  graderRequestId: number | null
  /** The grade arrived before the first reply-delta (the grader in front of the reply). */
  gradeBeforeReply: boolean
  errorCode: string | null
  errorMessage: string | null
  sessionEnded: boolean
}

export interface LevelLoad {
  calls: number
  /** From the first trainee starting to the end of measuring, in ms; turns sent before `rampMs` are not measured. */
  durationMs: number
  rampMs: number
  thinkMs: [number, number]
  /** Turns per call before the trainee ends it themselves, [min, max]. */
  turnsPerCall: [number, number]
  /** Stop a trainee after this many turns in the level (the smoke test's tiny load). */
  maxTurnsPerTrainee?: number
  personaIds: string[]
  seed: number
}

export interface LevelOutcome {
  turns: TurnRecord[]
  callsStarted: number
  callStartMs: number[]
  /** Errors outside turns: starting or ending calls. */
  otherErrors: Record<string, number>
  windowStart: number
  windowEnd: number
  finishedAt: number
}

export async function runTrainees(client: ApiClient, tokens: string[], load: LevelLoad): Promise<LevelOutcome> {
  const random = mulberry32(load.seed)
  const between = ([min, max]: [number, number]) => min + random() * (max - min)
  const startedAt = performance.now()
  const windowStart = startedAt + load.rampMs
  const windowEnd = startedAt + load.durationMs
  const turns: TurnRecord[] = []
  const callStartMs: number[] = []
  const otherErrors: Record<string, number> = {}
  let callsStarted = 0
  let stopping = false
  const stopped = new Promise<void>((resolve) =>
    setTimeout(() => {
      stopping = true
      resolve()
    }, Math.max(0, windowEnd - performance.now())),
  )
  const pause = (ms: number) => Promise.race([new Promise<void>((resolve) => setTimeout(resolve, ms)), stopped])
  const countError = (code: string) => void (otherErrors[code] = (otherErrors[code] ?? 0) + 1)

  async function trainee(index: number) {
    const token = tokens[index]!
    await pause((load.rampMs * index) / Math.max(1, load.calls) + random() * 50)
    let personaCursor = index
    let turnsSent = 0
    while (!stopping && (load.maxTurnsPerTrainee === undefined || turnsSent < load.maxTurnsPerTrainee)) {
      const personaId = load.personaIds[personaCursor++ % load.personaIds.length]!
      const lines = fixture[personaId] as string[]
      const callStart = performance.now()
      let started
      try {
        started = await client.json('POST', '/api/sessions', { token, body: { personaId } })
      } catch (error) {
        countError(`start_call:${(error as Error).message.slice(0, 40)}`)
        await pause(1_000)
        continue
      }
      if (started.status !== 201) {
        countError(`start_call:${started.body?.error?.code ?? started.status}`)
        await pause(1_000)
        continue
      }
      callsStarted += 1
      callStartMs.push(performance.now() - callStart)
      const sessionId = started.body.session?.id ?? started.body.id
      const turnsInThisCall = Math.round(between(load.turnsPerCall))
      let ended = false
      for (let turnInCall = 1; turnInCall <= turnsInThisCall; turnInCall++) {
        await pause(between(load.thinkMs))
        if (stopping || (load.maxTurnsPerTrainee !== undefined && turnsSent >= load.maxTurnsPerTrainee)) break
        const text = lines[turnInCall <= lines.length ? turnInCall - 1 : 2 + ((turnInCall - 1) % (lines.length - 2))]!
        const clientTurnId = `${index}-${callsStarted}-${turnInCall}-${Math.floor(random() * 1e9)}`
        const result = await client.stream(`/api/sessions/${sessionId}/turns`, { token, body: { clientTurnId, text } })
        turnsSent += 1
        const record = toRecord(result, { trainee: index, personaId, turnInCall, measured: result.sentAt >= windowStart && result.sentAt < windowEnd })
        turns.push(record)
        if (record.sessionEnded) {
          ended = true
          break
        }
        if (record.errorCode) await pause(500)
      }
      if (!ended) {
        try {
          const end = await client.json('POST', `/api/sessions/${sessionId}/end`, { token, body: { reason: 'resolved' } })
          if (end.status !== 200) countError(`end_call:${end.body?.error?.code ?? end.status}`)
        } catch (error) {
          countError(`end_call:${(error as Error).message.slice(0, 40)}`)
        }
      }
    }
  }

  await Promise.all(Array.from({ length: load.calls }, (_, index) => trainee(index)))
  return { turns, callsStarted, callStartMs, otherErrors, windowStart, windowEnd, finishedAt: performance.now() }
}

function toRecord(result: StreamResult, base: Pick<TurnRecord, 'trainee' | 'personaId' | 'turnInCall' | 'measured'>): TurnRecord {
  const record: TurnRecord = {
    ...base,
    sentAt: result.sentAt,
    acceptedAt: null,
    firstDeltaAt: null,
    deltaOffsetsMs: [],
    replyEndAt: null,
    gradeAt: null,
    endedAt: result.endedAt,
    personaRequestId: null,
    graderRequestId: null,
    gradeBeforeReply: false,
    errorCode: result.error?.code ?? null,
    errorMessage: result.error?.message ?? null,
    sessionEnded: false,
  }
  for (const { event, data, at } of result.events) {
    if (event === 'turn-accepted') record.acceptedAt ??= at
    else if (event === 'reply-delta') {
      if (record.firstDeltaAt === null) {
        record.firstDeltaAt = at
        const tag = /^\[#(\d+)\]/.exec(String(data?.text ?? ''))
        record.personaRequestId = tag ? Number(tag[1]) : null
      }
      record.deltaOffsetsMs.push(at - record.firstDeltaAt)
    } else if (event === 'reply-end') record.replyEndAt = at
    else if (event === 'grade-ready') {
      record.gradeAt = at
      record.gradeBeforeReply = record.firstDeltaAt === null
      const tag = /\[#(\d+)\]\s*$/.exec(String(data?.grade?.betterReply ?? ''))
      record.graderRequestId = tag ? Number(tag[1]) : null
    } else if (event === 'session-ended') record.sessionEnded = true
    else if (event === 'turn-error' && record.errorCode === null) {
      record.errorCode = `turn-error:${data?.code ?? 'unknown'}`
      record.errorMessage = String(data?.message ?? '')
    }
  }
  if (!record.errorCode && (record.acceptedAt === null || record.replyEndAt === null || record.gradeAt === null)) {
    record.errorCode = `incomplete:${record.acceptedAt === null ? 'no-accept' : record.replyEndAt === null ? 'no-reply-end' : 'no-grade'}`
  }
  return record
}

/** A small seeded generator, so two runs with the same options send the same load. */
function mulberry32(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}
