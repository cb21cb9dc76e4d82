import type { TurnGrade } from '../../grader/grade-types'
import type { SignalId, TurnSignals } from '../../grader/signal-types'

/** The server-sent events of one turn, `<noun>-<action>`, in the order they are sent. */
export interface TurnEvents {
  'turn-accepted': { turnId: string; clientTurnId: string; seq: number; replayed: boolean }
  'signals-ready': { turnId: string; signals: TurnSignals; grade: TurnGrade }
  /**
   * Calls a model plays, with perception on: what the perception model added to the rules' findings and removed
   * from them (each with the trainee's own words), whether it ran, fell back or timed out, and why. Never a
   * hidden fact, its id or a resolution's id.
   */
  'perception-ready': {
    turnId: string
    status: 'ran' | 'fell_back' | 'timed_out'
    behaviours: { signal: SignalId; quote: string }[]
    removed: { signal: SignalId; quote: string }[]
    reason: string | null
  }
  'mood-changed': { turnId: string; before: number; after: number; delta: number; band: string; reasons: unknown[]; event: string | null }
  'reply-delta': { text: string }
  /**
   * The reply streamed so far is withdrawn (it said goodbye while the call goes on, or repeated an earlier line
   * word for word): the browser drops it, and the customer's reply streams again from the start.
   */
  'reply-reset': { replyTo: string; problem: 'goodbye' | 'repeat' }
  'reply-end': { turnId: string; replyTo: string; text: string; status: 'complete' | 'partial' }
  'grade-ready': { turnId: string; grade: TurnGrade }
  'session-ended': { sessionId: string; outcome: unknown; scorecard: unknown }
  'turn-error': { turnId: string | null; code: string; message: string; retryable: boolean; partialReply: string | null }
}

export type TurnEventName = keyof TurnEvents
export type EmitTurnEvent = <Name extends TurnEventName>(name: Name, data: TurnEvents[Name]) => Promise<void>
