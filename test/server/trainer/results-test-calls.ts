import { randomUUID } from 'node:crypto'
import type { TurnGrade } from '../../../src/grader/grade-types'
import { turns } from '../../../src/server/db/schema'
import { readEvents, type TestApp } from '../../support/test-app'

/** Lines a good agent says to the hostile broadband customer (Mr Harrow). */
export const goodLines = [
  'Mr Harrow, I am so sorry. I can hear how frustrating three missed callbacks have been, and I want to sort it out.',
  'Could you tell me the date when the engineer was first due, Mr Harrow?',
  'That was our mistake, Mr Harrow, and I will personally make sure it is fixed. What I can do is book an engineer for tomorrow morning.',
]

/** Lines a bad agent says: blame, can't-do, no questions. */
export const badLines = ['Calm down. It is your fault for not being home.', 'There is nothing I can do, that is policy.']

export interface PlayedCall {
  sessionId: string
  /** The trainee turn ids, in order. */
  turnIds: string[]
  scorecard: { weightedTotal: number | null; passMark: number; criteria: { id: string; average: number | null }[] } | null
  /** The outcome's kind once the call has ended. */
  outcome: string | null
}

/** Plays a call against the scripted customer through the API and ends it (unless `end: false`). */
export async function playScriptedCall(
  testApp: TestApp,
  cookie: string,
  { personaId = 'hostile-broadband-callbacks', lines, end = true }: { personaId?: string; lines: readonly string[]; end?: boolean },
): Promise<PlayedCall> {
  const started = await testApp.request('/api/sessions', { cookie, body: { personaId, mode: 'scripted' } })
  if (started.status !== 201) throw new Error(`could not start a call: ${started.status} ${await started.text()}`)
  const sessionId = (await started.json()).session.id as string
  const turnIds: string[] = []
  let scorecard: PlayedCall['scorecard'] = null
  let outcome: string | null = null
  for (const text of lines) {
    const events = await readEvents(await testApp.request(`/api/sessions/${sessionId}/turns`, { cookie, body: { clientTurnId: `turn-${randomUUID()}`, text } }))
    const accepted = events.find((event) => event.event === 'turn-accepted')
    if (!accepted) throw new Error(`turn not accepted: ${JSON.stringify(events)}`)
    turnIds.push(accepted.data.turnId)
    const ended = events.find((event) => event.event === 'session-ended')
    if (ended) return { sessionId, turnIds, scorecard: ended.data.scorecard, outcome: ended.data.outcome.kind }
  }
  if (end) {
    const response = await testApp.request(`/api/sessions/${sessionId}/end`, { cookie, body: { reason: 'other' } })
    if (response.status !== 200) throw new Error(`could not end the call: ${response.status} ${await response.text()}`)
    const result = await response.json()
    scorecard = result.scorecard
    outcome = result.outcome.kind
  }
  return { sessionId, turnIds, scorecard, outcome }
}

/** A grade with the given scores (criterion id → score), as a grader would store it. */
export function gradeWith(scores: Record<string, 0 | 1 | 2 | null>, source: 'llm' | 'rules' = 'llm'): TurnGrade {
  return {
    source,
    status: source === 'llm' ? 'graded' : 'grader_skipped',
    criteria: Object.entries(scores).map(([criterionId, score]) => ({ criterionId, score, rationale: `Scored ${score}.`, evidence: null, evidenceVerified: true })),
    betterReply: null,
    weightedScore: null,
    flagged: [],
  }
}

/** Adds a graded trainee turn to a call straight in the database: a fixture with exactly the grades a test needs. */
export async function insertGradedTurn(testApp: TestApp, { sessionId, seq, grade, text = 'A fixture reply.' }: { sessionId: string; seq: number; grade: TurnGrade | null; text?: string }) {
  const id = randomUUID()
  await testApp.dependencies.db.insert(turns).values({ id, sessionId, seq, role: 'trainee', text, status: 'answered', clientTurnId: `fixture-${id}`, grade })
  return id
}
