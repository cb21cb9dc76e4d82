import { useState } from 'react'
import type { TranscriptTurn } from './transcript-turn'
import { CriterionScores } from './criterion-scores'
import { PerceptionNote } from './perception-note'
import { SignalBadges } from './signal-badges'

/** Coaching on one trainee message: the badge row at once, the grader's verdict when it lands. */
interface TurnFeedbackProps {
  turn: TranscriptTurn
  named: readonly { id: string; title: string }[] | null
  /** Offered when the grader failed on this turn. */
  onRegrade?: () => Promise<void>
}

export function TurnFeedback({ turn, named, onRegrade }: TurnFeedbackProps) {
  const [regrading, setRegrading] = useState(false)
  if (!turn.signals && !turn.grade) return null
  const moodDelta = turn.moodBefore !== null && turn.moodAfter !== null ? turn.moodAfter - turn.moodBefore : null
  const grade = turn.grade
  const waiting = !grade || grade.status === 'provisional'
  return (
    <section className="turn-feedback" aria-label="Coaching on this message">
      {turn.signals && <SignalBadges signals={turn.signals} moodDelta={moodDelta} />}
      {turn.perception && <PerceptionNote perception={turn.perception} />}
      {waiting ? (
        <p className="grade-waiting" role="status">
          <span className="spinner" aria-hidden="true" /> The coach is grading this reply…
        </p>
      ) : (
        <>
          {grade.status !== 'graded' && (
            <p className="grade-note">
              Rules-only grade{grade.failure ? `: ${grade.failure}` : '.'}
              {grade.status === 'grader_failed' && onRegrade && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    disabled={regrading}
                    onClick={() => {
                      setRegrading(true)
                      void onRegrade().finally(() => setRegrading(false))
                    }}
                  >
                    {regrading ? 'Asking the coach…' : 'Ask the coach again'}
                  </button>
                </>
              )}
            </p>
          )}
          <CriterionScores grade={grade} named={named} turnId={turn.id} />
          {grade.betterReply && (
            <div className="better-reply">
              <h4 className="better-reply-title">A stronger reply</h4>
              <blockquote>{grade.betterReply}</blockquote>
            </div>
          )}
        </>
      )}
    </section>
  )
}
