import { useState } from 'react'
import type { Rubric } from '../../../../src/grader/rubric'
import type { TurnView } from '../../api/api-types'
import { SignalBadges } from '../../call/signal-badges'
import { splitAroundQuotes } from '../../call/split-around-quotes'
import { criterionOrder, criterionTitle } from '../../labels/criterion-title'
import { CriterionReview } from './criterion-review'
import { type GradeReviewView, resultsApi } from './results-api'
import { countText } from './results-figures'
import { findReview } from './review-list'

interface ReviewTraineeTurnProps {
  turn: TurnView
  traineeName: string
  rubric: Rubric
  reviews: readonly GradeReviewView[]
  onSaved: (review: GradeReviewView) => void
  onWithdrawn: (turnId: string, criterionId: string) => void
}

/** One trainee reply for review: the words with the grader's evidence highlighted, the signals, and every criterion with its review. */
export function ReviewTraineeTurn({ turn, traineeName, rubric, reviews, onSaved, onWithdrawn }: ReviewTraineeTurnProps) {
  const [confirming, setConfirming] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const grade = turn.grade
  const provisional = grade?.status === 'provisional'
  const quotes = grade && !provisional ? grade.criteria.filter((criterion) => criterion.evidenceVerified && criterion.evidence).map((criterion) => criterion.evidence as string) : []
  const pieces = splitAroundQuotes(turn.text, quotes)
  const ordered = [...(grade?.criteria ?? [])].sort((first, second) => criterionOrder(first.criterionId, rubric.criteria) - criterionOrder(second.criterionId, rubric.criteria))
  const applied = ordered.filter((criterion) => criterion.score !== null)
  const notApplied = ordered.filter((criterion) => criterion.score === null)
  const unreviewed = ordered.filter((criterion) => !findReview(reviews, turn.id, criterion.criterionId))
  const moodDelta = turn.moodBefore !== null && turn.moodAfter !== null ? turn.moodAfter - turn.moodBefore : null

  async function confirmRest() {
    setConfirming(true)
    setProblem(null)
    try {
      for (const criterion of unreviewed) {
        const { review } = await resultsApi.saveReview(turn.id, criterion.criterionId, { score: criterion.score, comment: '' })
        onSaved(review)
      }
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Not every score could be confirmed.')
    } finally {
      setConfirming(false)
    }
  }

  const row = (criterion: (typeof ordered)[number]) => (
    <CriterionReview
      key={criterion.criterionId}
      turnId={turn.id}
      title={criterionTitle(criterion.criterionId, rubric.criteria)}
      grade={criterion}
      review={findReview(reviews, turn.id, criterion.criterionId)}
      locked={provisional}
      onSaved={onSaved}
      onWithdrawn={(criterionId) => onWithdrawn(turn.id, criterionId)}
    />
  )

  return (
    <li className="message message-trainee review-turn" data-rewound={turn.rewound || undefined} id={`turn-${turn.id}`}>
      <div className="message-speaker">
        {traineeName}
        {turn.rewound && <span className="tag">Taken back by the trainee</span>}
      </div>
      <p className="bubble bubble-trainee">
        <span className="visually-hidden">{traineeName} said: </span>
        {pieces.map((piece, index) => (piece.quoted ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
      </p>
      <section className="turn-feedback review-grade" aria-label={`Grades for ${traineeName}'s reply`}>
        {turn.signals && <SignalBadges signals={turn.signals} moodDelta={moodDelta} />}
        {!grade ? (
          <p className="grade-note">This reply was not graded.</p>
        ) : (
          <>
            <p className="grade-note">
              {grade.source === 'llm' ? 'Graded by the AI grader' : 'Rules-only grade'}
              {grade.weightedScore !== null && ` · reply score ${grade.weightedScore}/100`}
              {grade.status === 'grader_failed' && grade.failure && ` · ${grade.failure}`}
              {provisional && ' · the AI grade is still on its way'}
            </p>
            <ul className="criterion-review-list">{applied.map(row)}</ul>
            {notApplied.length > 0 && (
              <details className="review-not-applied">
                <summary>Not applicable this turn ({notApplied.map((criterion) => criterionTitle(criterion.criterionId, rubric.criteria)).join(', ')})</summary>
                <ul className="criterion-review-list">{notApplied.map(row)}</ul>
              </details>
            )}
            {grade.betterReply && (
              <div className="better-reply">
                <h4 className="better-reply-title">A stronger reply</h4>
                <blockquote>{grade.betterReply}</blockquote>
              </div>
            )}
            {!provisional && unreviewed.length > 0 && (
              <div className="review-turn-actions">
                <button type="button" className="button button-small" disabled={confirming} onClick={() => void confirmRest()}>
                  {confirming ? 'Confirming…' : unreviewed.length === ordered.length ? 'Confirm every score on this reply' : `Confirm the ${countText(unreviewed.length, 'unreviewed score')}`}
                </button>
              </div>
            )}
            {problem && (
              <p className="form-problem" role="alert">
                {problem}
              </p>
            )}
          </>
        )}
      </section>
    </li>
  )
}
