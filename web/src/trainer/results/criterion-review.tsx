import { useState } from 'react'
import type { CriterionGrade } from '../../../../src/grader/grade-types'
import { scoreLabel } from '../../labels/score-label'
import { type GradeReviewView, resultsApi } from './results-api'
import { dateText } from './results-figures'
import { ReviewForm } from './review-form'
import { staleGradedScore } from './review-list'

interface CriterionReviewProps {
  turnId: string
  title: string
  grade: CriterionGrade
  review: GradeReviewView | null
  /** The grade is still provisional: nothing to review yet. */
  locked: boolean
  onSaved: (review: GradeReviewView) => void
  onWithdrawn: (criterionId: string) => void
}

/** One criterion of one reply: the grader's score and reasons, the trainer's review beside it, and the controls to give one. */
export function CriterionReview({ turnId, title, grade, review, locked, onSaved, onWithdrawn }: CriterionReviewProps) {
  const [editing, setEditing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const model = scoreLabel(grade.score)

  async function act(run: () => Promise<void>) {
    setBusy(true)
    setProblem(null)
    try {
      await run()
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'That did not work; try again.')
    } finally {
      setBusy(false)
    }
  }

  const confirm = () => act(async () => onSaved((await resultsApi.saveReview(turnId, grade.criterionId, { score: grade.score, comment: '' })).review))
  const withdraw = () =>
    act(async () => {
      await resultsApi.withdrawReview(turnId, grade.criterionId)
      onWithdrawn(grade.criterionId)
    })

  return (
    <li className="criterion-review" data-reviewed={review ? (review.overridden ? 'overridden' : 'confirmed') : undefined}>
      <div className="criterion-review-grade">
        <span className="score-pill" data-tone={model.tone}>
          {model.text} <span className="score-word">{model.word}</span>
        </span>
        <span className="criterion-body">
          <strong className="criterion-title">{title}</strong>
          {grade.rationale && <span className="criterion-rationale"> {grade.rationale}</span>}
          {grade.evidence && (
            <span className="criterion-evidence">
              {' '}
              <q>{grade.evidence}</q>
              {!grade.evidenceVerified && <span className="criterion-flag"> (quote not in the trainee’s message, so not counted)</span>}
            </span>
          )}
        </span>
      </div>
      <div className="criterion-review-trainer">
        {review && !editing && <TrainerVerdict review={review} currentScore={grade.score} />}
        {editing ? (
          <ReviewForm
            turnId={turnId}
            criterionId={grade.criterionId}
            criterionTitle={title}
            initialScore={review ? (review.trainerScore as CriterionGrade['score']) : grade.score}
            initialComment={review?.comment ?? ''}
            onSaved={(saved) => {
              setEditing(false)
              onSaved(saved)
            }}
            onCancel={() => setEditing(false)}
          />
        ) : locked ? (
          <span className="results-muted">The grader is still working on this reply.</span>
        ) : (
          <div className="criterion-review-actions">
            {!review && (
              <button type="button" className="button button-small" disabled={busy} onClick={() => void confirm()} aria-label={`Confirm ${model.text} for ${title}`}>
                ✓ Confirm
              </button>
            )}
            <button type="button" className="button button-small" disabled={busy} onClick={() => setEditing(true)} aria-label={`${review ? 'Change the review' : 'Override the score'} for ${title}`}>
              {review ? 'Change' : 'Override'}
            </button>
            {review && (
              <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => void withdraw()} aria-label={`Withdraw the review for ${title}`}>
                Withdraw
              </button>
            )}
          </div>
        )}
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    </li>
  )
}

function TrainerVerdict({ review, currentScore }: { review: GradeReviewView; currentScore: CriterionGrade['score'] }) {
  const trainer = scoreLabel(review.trainerScore as CriterionGrade['score'])
  const stale = staleGradedScore(review, currentScore)
  return (
    <p className="trainer-verdict">
      {review.overridden ? (
        <>
          <span className="trainer-verdict-label">Trainer:</span>{' '}
          <span className="score-pill" data-tone={trainer.tone}>
            {trainer.text} <span className="score-word">{trainer.word}</span>
          </span>
        </>
      ) : (
        <span className="trainer-verdict-label">✓ Confirmed</span>
      )}
      {review.comment && <span className="trainer-verdict-comment"> — {review.comment}</span>}
      <span className="trainer-verdict-by">
        {' '}
        · {review.reviewerName}, {dateText(review.updatedAt)}
      </span>
      {stale !== undefined && <span className="trainer-verdict-stale"> (reviewed when the grader had given {scoreLabel(stale).text}; it has been re-graded since)</span>}
    </p>
  )
}
