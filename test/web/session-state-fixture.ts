import type { TurnGrade } from '../../src/grader/grade-types'
import { defaultRubric } from '../../src/grader/rubric'
import type { SessionState, TurnView } from '../../web/src/api/api-types'

/** A `GET /api/sessions/:id` body: a hostile call with its opening line, plus any turns given. */
export function sessionStateFixture(overrides: { turns?: TurnView[]; inFlight?: boolean; level?: number } = {}): SessionState {
  const opening = turnView({ id: 'opening', seq: 0, role: 'customer', text: 'Who am I talking to?', status: 'complete' })
  return {
    session: {
      id: 'session-1',
      userId: 'user-1',
      personaId: 'hostile-broadband-callbacks',
      personaVersion: 1,
      assignmentId: null,
      rubricVersion: 1,
      personaName: 'Dale Harrow',
      archetype: 'hostile',
      mode: 'model',
      criteria: null,
    passMark: 70,
      status: 'active',
      mood: { level: overrides.level ?? 85, band: 'furious' },
      inFlight: overrides.inFlight ?? false,
      outcome: null,
      score: null,
      createdAt: '2025-01-01T10:00:00.000Z',
      endedAt: null,
      scorecard: null,
      usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0, modelMs: 0 },
    },
    rubric: defaultRubric,
    persona: {
      id: 'hostile-broadband-callbacks',
      version: 1,
      name: 'Dale Harrow',
      archetype: 'hostile',
      difficulty: 4,
      summary: 'Broadband down for nine days.',
      company: 'Lumenet Broadband',
      hangUpPolicy: { kind: 'after_warnings', warnings: 2 },
      brief: {
        callingAbout: 'Broadband down for nine days.',
        account: [{ label: 'Account number', value: 'LB-4471862' }],
        history: ['Tue 4 Mar: fault reported.'],
        notes: [],
        options: [{ label: 'Engineer appointment', limits: 'Next available slots' }],
      },
    },
    turns: [opening, ...(overrides.turns ?? [])],
    moodHistory: [85],
    uncoveredFacts: null,
    missedFacts: null,
  }
}

export function turnView(fields: Partial<TurnView> & Pick<TurnView, 'id' | 'seq' | 'role' | 'text' | 'status'>): TurnView {
  return {
    clientTurnId: null,
    replyTo: null,
    signals: null,
    grade: null,
    perception: null,
    moodBefore: null,
    moodAfter: null,
    mood: null,
    error: null,
    rewound: false,
    modelCalls: [],
    createdAt: '2025-01-01T10:00:00.000Z',
    ...fields,
  }
}

export function gradeFixture(fields: Partial<TurnGrade> = {}): TurnGrade {
  return {
    source: 'llm',
    status: 'graded',
    criteria: [{ criterionId: 'acknowledge', score: 2, rationale: 'Named the missed callbacks.', evidence: 'three callbacks', evidenceVerified: true }],
    betterReply: 'I am sorry we let you down three times.',
    weightedScore: 100,
    flagged: [],
    ...fields,
  }
}
