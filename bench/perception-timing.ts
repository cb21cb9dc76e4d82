/**
 * What model perception adds to a turn. The same call is held turn after turn (after `perceptionWarmupTurns`
 * unmeasured ones) on the rules-only server and then on a server started with PERCEPTION=model, both against the
 * fake model. Per turn: the time to the customer's first word at the trainee minus the fake's own time to it (what
 * the server added), and, with perception, the perception call as the server timed it (its model-call record).
 */
import { longWindedArmchairDelivery } from '../src/personas/builtin'
import type { ApiClient } from './api-client'
import type { FakeModelProcess } from './processes'
import { round, type Summary, summarise } from './statistics'

export interface PerceptionTiming {
  turns: number
  /** How each turn's perception went: ran, fell back to the rules, timed out. */
  statuses: Record<string, number>
  /** What the server added to the time to first word with the rules alone (the same turns, the rules-only server). */
  rulesAddedTtftMs: Summary
  /** What the server added with model perception: the perception call and everything else. */
  addedTtftMs: Summary
  /** The perception call as the server timed it (request to parsed answer), from the turn's model-call record. */
  perceptionCallMs: Summary
  /** Added time minus the turn's own perception call. */
  restMs: Summary
  /** Perception's own cost beyond its model call: the median rest minus the median rules-only added time. */
  extraP50Ms: number
  /** Turns that could not be paired with the fake's record of their customer request or with their perception call. */
  unpairedTurns: number
}

/** Turns held before the measured ones: a freshly started server runs colder code (compiling the rules, the JIT). */
export const perceptionWarmupTurns = 5

export interface HeldTurns {
  /** Per measured turn: what the server added to the time to first word, and its perception call if it had one. */
  samples: { addedMs: number; perceptionMs: number | null }[]
  statuses: Record<string, number>
  unpairedTurns: number
}

interface SentTurn {
  turnId: string
  sessionId: string
  personaRequestId: number
  clientTtftMs: number
}

/** Holds one model call, turn after turn, and pairs every measured turn with the fake's record of its customer request. */
export async function holdTurns(client: ApiClient, fake: FakeModelProcess, token: string, turns: number, lines: readonly string[], label: string): Promise<HeldTurns> {
  const statuses: Record<string, number> = {}
  const sent: SentTurn[] = []
  let unpairedTurns = 0
  let sessionId: string | null = null
  for (let turn = 1 - perceptionWarmupTurns; turn <= turns; turn++) {
    if (sessionId === null) {
      const started = await client.json('POST', '/api/sessions', { token, body: { personaId: longWindedArmchairDelivery.id, mode: 'model' } })
      if (started.status !== 201) throw new Error(`Starting the ${label} call failed: ${started.status} ${JSON.stringify(started.body)}`)
      sessionId = started.body.session.id as string
    }
    const callId = sessionId
    const text = lines[(turn + perceptionWarmupTurns - 1) % lines.length]!
    const result = await client.stream(`/api/sessions/${callId}/turns`, { token, body: { clientTurnId: `${label}-${turn + perceptionWarmupTurns}`, text } })
    const failure = result.error?.code ?? result.events.find((event) => event.event === 'turn-error')?.data?.code
    if (failure) throw new Error(`Turn ${turn} of the ${label} call failed: ${failure}`)
    if (result.events.some((event) => event.event === 'session-ended')) sessionId = null
    if (turn < 1) continue
    const status = String(result.events.find((event) => event.event === 'perception-ready')?.data?.status ?? 'rules')
    statuses[status] = (statuses[status] ?? 0) + 1
    const accepted = result.events.find((event) => event.event === 'turn-accepted')
    const firstDelta = result.events.find((event) => event.event === 'reply-delta')
    const tag = /^\[#(\d+)\]/.exec(String(firstDelta?.data?.text ?? ''))
    if (accepted && firstDelta && tag) {
      sent.push({ turnId: accepted.data.turnId as string, sessionId: callId, personaRequestId: Number(tag[1]), clientTtftMs: firstDelta.at - result.sentAt })
    } else unpairedTurns += 1
  }
  // The fake reports its records every 200 ms.
  await new Promise((resolve) => setTimeout(resolve, 600))
  const perceptionMs = new Map<string, number>()
  for (const id of new Set(sent.map((entry) => entry.sessionId))) {
    const view = await client.json('GET', `/api/sessions/${id}`, { token })
    for (const row of (view.body?.turns ?? []) as { id: string; modelCalls?: { role: string; durationMs: number }[] }[]) {
      const perception = row.modelCalls?.find((call) => call.role === 'perception')
      if (perception) perceptionMs.set(row.id, perception.durationMs)
    }
  }
  const samples: HeldTurns['samples'] = []
  for (const entry of sent) {
    const persona = fake.records.get(entry.personaRequestId)
    if (persona === undefined) {
      unpairedTurns += 1
      continue
    }
    samples.push({ addedMs: entry.clientTtftMs - persona.ttftMs, perceptionMs: perceptionMs.get(entry.turnId) ?? null })
  }
  return { samples, statuses, unpairedTurns }
}

/** The rules-only turns against the perceived ones; a perceived turn without its perception call record counts as unpaired. */
export function perceptionTiming(rules: HeldTurns, perceived: HeldTurns): PerceptionTiming {
  const paired = perceived.samples.filter((sample) => sample.perceptionMs !== null)
  const rulesAdded = summarise(rules.samples.map((sample) => sample.addedMs))
  const rest = summarise(paired.map((sample) => sample.addedMs - sample.perceptionMs!))
  return {
    turns: perceived.samples.length + perceived.unpairedTurns,
    statuses: perceived.statuses,
    rulesAddedTtftMs: rulesAdded,
    addedTtftMs: summarise(paired.map((sample) => sample.addedMs)),
    perceptionCallMs: summarise(paired.map((sample) => sample.perceptionMs!)),
    restMs: rest,
    extraP50Ms: round(rest.p50 - rulesAdded.p50),
    unpairedTurns: perceived.unpairedTurns + (perceived.samples.length - paired.length),
  }
}
