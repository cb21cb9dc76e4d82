import type { TurnGrade } from '../../../src/grader/grade-types'
import type { Rubric } from '../../../src/grader/rubric'
import type { Scorecard } from '../../../src/grader/scorecard'
import type { TurnSignals } from '../../../src/grader/signal-types'
import type { MoodBand, MoodReason } from '../../../src/personas/mood'
import type { GradedBy, SessionOutcome } from '../../../src/server/practice/finish-session'
import type { personaCard, sessionSummary, sessionView } from '../../../src/server/practice/session-view'
import type { publicUser } from '../../../src/server/routes/public-user'
import type { GradeReviewView } from '../../../src/server/db/queries/review-queries'
import type { AgentBrief } from '../../../src/server/practice/agent-brief'
import type { MissedFact, UncoveredFact } from '../../../src/server/practice/facts-report'

/*
 * The API's answers, derived from the server's own view functions. Where those type a stored JSON
 * column as `unknown`, the shape the server writes there is filled in.
 */

export type PublicUser = ReturnType<typeof publicUser>

export interface Me {
  user: PublicUser
  models: { persona: boolean; grader: boolean }
}

/** A scenario card; `published` is false for a trainer's drafts (trainees never see those). */
export type PersonaCard = ReturnType<typeof personaCard> & { published?: boolean }

/** Who plays the customer: an LLM (`model`) or the offline script engine (`scripted`). */
export type CallMode = SessionSummary['mode']

/** A stored scorecard: calls ended before graders were recorded have no `gradedBy`. */
export type SessionScorecard = Scorecard & { gradedBy?: GradedBy }

type ServerSummary = ReturnType<typeof sessionSummary>

export type SessionSummary = Omit<ServerSummary, 'mood' | 'outcome'> & {
  mood: { level: number; band: MoodBand }
  outcome: SessionOutcome | null
}

/** One row of `GET /api/sessions`: with the persona's name and archetype, and per-criterion averages once the call has ended. */
export type SessionListItem = SessionSummary

type ServerTurn = ReturnType<typeof sessionView>['turns'][number]

export type TurnView = Omit<ServerTurn, 'signals' | 'grade' | 'mood' | 'error' | 'rewound'> & {
  signals: TurnSignals | null
  grade: TurnGrade | null
  mood: { reasons: MoodReason[]; band: MoodBand; event: string | null } | null
  error: { code?: string; message?: string; retryable?: boolean } | null
  rewound: boolean
}

type ServerSessionDetail = ReturnType<typeof sessionView>['session']

/** `GET /api/sessions/:id`: everything needed to show or resume a call. */
export interface SessionState {
  session: Omit<ServerSessionDetail, 'mood' | 'outcome' | 'scorecard'> & Pick<SessionSummary, 'mood' | 'outcome'> & { scorecard: SessionScorecard | null }
  /** The rubric this call is graded under: its criterion titles, weights and pass mark. */
  rubric: Rubric
  persona: PersonaCard
  turns: TurnView[]
  moodHistory: number[]
  /** Trainers' reviews of this call's grades (overrides and confirmations), beside the grader's scores. */
  reviews?: GradeReviewView[]
  /** Once the call has ended: the hidden facts the trainee earned, each with the turn that earned it; null before. */
  uncoveredFacts: UncoveredFact[] | null
  /** Once the call has ended: the hidden facts never earned, by their topic; null before. */
  missedFacts: MissedFact[] | null
}

export type { AgentBrief, GradeReviewView, MissedFact, UncoveredFact }
