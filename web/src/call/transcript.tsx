import { CustomerMessage } from './customer-message'
import { TraineeMessage } from './trainee-message'
import type { TranscriptTurn } from './transcript-turn'
import { TypingIndicator } from './typing-indicator'

interface TranscriptProps {
  turns: TranscriptTurn[]
  customerName: string
  /** Coaching under each trainee message. */
  showFeedback: boolean
  named?: readonly { id: string; title: string }[] | null
  /** The customer is about to answer and has not started yet. */
  typing?: boolean
  retryKey?: string | null
  rewindKey?: string | null
  onRetry?: (clientTurnId: string) => void
  onRewind?: (turnId: string) => void
  onRegrade?: (turnId: string) => Promise<void>
}

export function Transcript({ turns, customerName, showFeedback, named = null, typing = false, retryKey, rewindKey, onRetry, onRewind, onRegrade }: TranscriptProps) {
  return (
    <ol className="transcript" aria-label="Call transcript">
      {turns.map((turn) =>
        turn.role === 'customer' ? (
          <CustomerMessage key={turn.key} turn={turn} name={customerName} />
        ) : (
          <TraineeMessage
            key={turn.key}
            turn={turn}
            showFeedback={showFeedback}
            named={named}
            onRetry={turn.key === retryKey && onRetry && turn.clientTurnId ? () => onRetry(turn.clientTurnId as string) : undefined}
            onRewind={turn.key === rewindKey && onRewind && turn.id ? () => onRewind(turn.id as string) : undefined}
            onRegrade={onRegrade && turn.id ? () => onRegrade(turn.id as string) : undefined}
          />
        ),
      )}
      {typing && <TypingIndicator name={customerName} />}
    </ol>
  )
}
