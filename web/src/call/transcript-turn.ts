import type { TurnGrade } from '../../../src/grader/grade-types'
import type { TurnSignals } from '../../../src/grader/signal-types'
import type { TurnView } from '../api/api-types'
import type { TurnEvents } from '../../../src/server/practice/turn-events'

/** What the customer's perception model made of a trainee message, beyond the rules (calls a model plays, with perception on). */
export type PerceptionNote = Omit<TurnEvents['perception-ready'], 'turnId'>

/**
 * Where a message stands. Trainee: `unsent` (the server never took it), `sending` (posted, not yet
 * accepted), then the server's `pending`, `answered` or `reply_failed`. Customer: `streaming` while
 * words arrive, then the server's `complete` or `partial` (cut off).
 */
export type TurnStatus = 'unsent' | 'sending' | 'pending' | 'answered' | 'reply_failed' | 'streaming' | 'complete' | 'partial'

export interface TurnFailure {
  message: string
  /** Whether resubmitting the same clientTurnId can help. */
  retryable: boolean
}

/** One message of the call as the browser shows it: a stored turn, or one still on its way. */
export interface TranscriptTurn {
  /** Stable React key: the clientTurnId for the trainee's messages, so a message keeps its place while it is sent. */
  key: string
  id: string | null
  role: 'customer' | 'trainee'
  text: string
  status: TurnStatus
  clientTurnId: string | null
  /** For customer turns: the trainee turn answered. */
  replyTo: string | null
  signals: TurnSignals | null
  grade: TurnGrade | null
  perception: PerceptionNote | null
  moodBefore: number | null
  moodAfter: number | null
  /** Taken back by the trainee; kept to compare attempts. */
  rewound: boolean
  failure: TurnFailure | null
}

const knownStatuses = new Set<string>(['pending', 'answered', 'reply_failed', 'complete', 'partial'])

export function transcriptTurnFromView(turn: TurnView, serverBusy: boolean): TranscriptTurn {
  const status = (knownStatuses.has(turn.status) ? turn.status : turn.role === 'trainee' ? 'answered' : 'complete') as TurnStatus
  let failure: TurnFailure | null = null
  if (status === 'reply_failed') {
    failure = { message: turn.error?.message ?? 'The customer did not answer this message.', retryable: turn.error?.retryable ?? true }
  } else if (status === 'pending' && !serverBusy) {
    // Stored, but no process is answering it any more (a restart, say): it can be sent again.
    failure = { message: 'The customer’s reply never arrived.', retryable: true }
  }
  return {
    key: turn.role === 'trainee' && turn.clientTurnId ? turn.clientTurnId : turn.id,
    id: turn.id,
    role: turn.role === 'trainee' ? 'trainee' : 'customer',
    text: turn.text,
    status,
    clientTurnId: turn.clientTurnId,
    replyTo: turn.replyTo,
    signals: turn.signals,
    grade: turn.grade,
    perception: turn.perception ?? null,
    moodBefore: turn.moodBefore,
    moodAfter: turn.moodAfter,
    rewound: turn.rewound === true,
    failure,
  }
}

const blank = { signals: null, grade: null, perception: null, moodBefore: null, moodAfter: null, rewound: false, failure: null } as const

export function newTraineeMessage(clientTurnId: string, text: string): TranscriptTurn {
  return { ...blank, key: clientTurnId, id: null, role: 'trainee', text, status: 'sending', clientTurnId, replyTo: null }
}

export function newCustomerReply(input: { key: string; id: string | null; replyTo: string | null; text: string; status: TurnStatus }): TranscriptTurn {
  return { ...blank, ...input, role: 'customer', clientTurnId: null }
}
