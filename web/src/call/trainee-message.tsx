import { splitAroundQuotes } from './split-around-quotes'
import type { TranscriptTurn } from './transcript-turn'
import { TurnFeedback } from './turn-feedback'

interface TraineeMessageProps {
  turn: TranscriptTurn
  showFeedback: boolean
  named: readonly { id: string; title: string }[] | null
  /** Offered on the latest failed message. */
  onRetry?: () => void
  /** Offered on the latest answered message. */
  onRewind?: () => void
  onRegrade?: () => Promise<void>
}

/** The trainee's own words, shown the moment they are sent and never dropped, with coaching under them. */
export function TraineeMessage({ turn, showFeedback, named, onRetry, onRewind, onRegrade }: TraineeMessageProps) {
  const quotes = showFeedback && turn.grade?.status !== 'provisional' ? (turn.grade?.criteria ?? []).filter((criterion) => criterion.evidenceVerified && criterion.evidence).map((criterion) => criterion.evidence as string) : []
  const pieces = splitAroundQuotes(turn.text, quotes)
  return (
    <li className="message message-trainee" data-rewound={turn.rewound || undefined} data-status={turn.status} id={turn.id ? `turn-${turn.id}` : undefined}>
      <div className="message-speaker">
        You
        {turn.rewound && <span className="tag">Taken back</span>}
      </div>
      <p className="bubble bubble-trainee" data-testid="trainee-text">
        <span className="visually-hidden">You said: </span>
        {pieces.map((piece, index) => (piece.quoted ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
      </p>
      {turn.status === 'sending' && <p className="message-status">Sending…</p>}
      {turn.failure && !turn.rewound && (
        <div className="message-failure" role="alert">
          <span>{turn.failure.message}</span>
          {onRetry && (
            <button type="button" className="button button-small" onClick={onRetry}>
              Retry
            </button>
          )}
        </div>
      )}
      {showFeedback && <TurnFeedback turn={turn} named={named} onRegrade={onRegrade} />}
      {onRewind && (
        <div className="message-actions">
          <button type="button" className="button button-quiet button-small" onClick={onRewind}>
            ↶ Take this reply back and try another
          </button>
        </div>
      )}
    </li>
  )
}
