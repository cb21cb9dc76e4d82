import { publicSignals } from './public-signals'
import type { TurnSignals } from '../../grader/signal-types'
import { moodBand, type MoodState } from '../../personas/mood'
import type { PersonaSpec } from '../../personas/persona-spec'
import type { PracticeSessionRow, TurnRow } from '../db/queries/practice-queries'
import type { ModelCallRecord } from './model-call-record'
import { publicPerception, type StoredPerception } from './perceive-turn'
import type { Rubric } from '../../grader/rubric'
import { agentBrief } from './agent-brief'
import { factsReport } from './facts-report'

/** The card a trainee sees for a scenario, with the agent's brief: never the hidden facts, the resolutions or the mood dynamics. */
export function personaCard(persona: { id: string; version: number; spec: PersonaSpec }) {
  const { spec } = persona
  return {
    id: persona.id,
    version: persona.version,
    name: spec.name,
    archetype: spec.archetype,
    difficulty: spec.difficulty,
    summary: spec.summary,
    company: spec.scenario.company,
    hangUpPolicy: spec.hangUpPolicy,
    brief: agentBrief(spec),
  }
}

export function sessionSummary(session: PracticeSessionRow, now: Date, persona?: PersonaSpec) {
  const mood = session.moodState as MoodState
  const scorecard = session.scorecard as { criteria?: { id: string; title: string; average: number | null }[] } | null
  return {
    id: session.id,
    userId: session.userId,
    personaId: session.personaId,
    personaVersion: session.personaVersion,
    personaName: persona?.name ?? null,
    archetype: persona?.archetype ?? null,
    mode: session.mode,
    assignmentId: session.assignmentId,
    rubricVersion: session.rubricVersion,
    criteria: scorecard?.criteria?.map(({ id, title, average }) => ({ id, title, average })) ?? null,
    passMark: (session.rubric as Rubric).passMark,
    status: session.status,
    mood: { level: mood.level, band: moodBand(mood.level) },
    inFlight: session.inFlightTurnId !== null && session.inFlightUntil !== null && session.inFlightUntil > now,
    outcome: session.outcome,
    score: (session.scorecard as { weightedTotal?: number | null } | null)?.weightedTotal ?? null,
    createdAt: session.createdAt.toISOString(),
    endedAt: session.endedAt?.toISOString() ?? null,
  }
}

/** The whole state of a call, enough for a browser to resume it after a dropped connection. */
export function sessionView(input: { session: PracticeSessionRow; persona: { id: string; version: number; spec: PersonaSpec }; turns: TurnRow[]; now: Date }) {
  const { session, turns } = input
  const traineeTurns = turns.filter((turn) => turn.role === 'trainee' && !turn.rewoundAt)
  const start = traineeTurns[0]?.moodBefore ?? (session.moodState as MoodState).level
  return {
    session: { ...sessionSummary(session, input.now, input.persona.spec), scorecard: session.scorecard, usage: usageOf(turns) },
    /** The rubric this call is graded under (criterion titles, weights, pass mark). */
    rubric: session.rubric as Rubric,
    persona: personaCard(input.persona),
    turns: turns.map((turn) => ({
      id: turn.id,
      seq: turn.seq,
      role: turn.role,
      text: turn.text,
      status: turn.status,
      clientTurnId: turn.clientTurnId,
      replyTo: turn.replyTo,
      signals: turn.signals ? publicSignals(turn.signals as TurnSignals) : turn.signals,
      grade: turn.grade,
      /** What the perception model added and removed (never a hidden fact or its id); null when the rules alone perceived. */
      perception: turn.perception ? publicPerception(turn.perception as StoredPerception) : null,
      moodBefore: turn.moodBefore,
      moodAfter: turn.moodAfter,
      mood: turn.moodReasons,
      error: turn.error,
      rewound: turn.rewoundAt !== null,
      modelCalls: turn.modelCalls,
      createdAt: turn.createdAt.toISOString(),
    })),
    moodHistory: [start, ...traineeTurns.map((turn) => turn.moodAfter ?? start)],
    // The facts report exists only once the call has ended: until then no fact text or id leaves the server.
    ...(session.status === 'ended'
      ? factsReport({ spec: input.persona.spec, earnedFactIds: session.earnedFactIds, turns })
      : { uncoveredFacts: null, missedFacts: null }),
  }
}

/** Model calls and tokens summed over the call: the cost of this practice. */
export function usageOf(turns: TurnRow[]) {
  const calls = turns.flatMap((turn) => turn.modelCalls as ModelCallRecord[])
  const sum = (pick: (call: ModelCallRecord) => number | null) => calls.reduce((total, call) => total + (pick(call) ?? 0), 0)
  return {
    modelCalls: calls.length,
    promptTokens: sum((call) => call.promptTokens),
    completionTokens: sum((call) => call.completionTokens),
    modelMs: sum((call) => call.durationMs),
  }
}
