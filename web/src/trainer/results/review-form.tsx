import { useId, useState } from 'react'
import type { Score } from '../../../../src/grader/grade-types'
import { ApiError } from '../../api/api-error'
import { scoreLabel } from '../../labels/score-label'
import { type GradeReviewView, resultsApi } from './results-api'
import { choiceToScore, scoreToChoice } from './review-list'

/** Matches the server's limit on review comments. */
const maxCommentLength = 2_000
const choices: Score[] = [0, 1, 2, null]

interface ReviewFormProps {
  turnId: string
  criterionId: string
  criterionTitle: string
  /** Where the form starts: the earlier review, else the grader's score. */
  initialScore: Score
  initialComment: string
  onSaved: (review: GradeReviewView) => void
  onCancel: () => void
}

/** The trainer's own score for one criterion, with a comment the trainee will see. */
export function ReviewForm({ turnId, criterionId, criterionTitle, initialScore, initialComment, onSaved, onCancel }: ReviewFormProps) {
  const id = useId()
  const [choice, setChoice] = useState(scoreToChoice(initialScore))
  const [comment, setComment] = useState(initialComment)
  const [saving, setSaving] = useState(false)
  const [problem, setProblem] = useState<{ field: 'score' | 'comment' | null; message: string } | null>(null)

  async function save() {
    setSaving(true)
    setProblem(null)
    try {
      const { review } = await resultsApi.saveReview(turnId, criterionId, { score: choiceToScore(choice), comment })
      onSaved(review)
    } catch (error) {
      setProblem(problemFrom(error))
      setSaving(false)
    }
  }

  const commentProblem = problem?.field === 'comment' ? problem.message : null
  return (
    <form
      className="review-form"
      aria-label={`Your score for ${criterionTitle}`}
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <fieldset className="review-form-scores">
        <legend className="field-label">Your score for {criterionTitle}</legend>
        {choices.map((score) => {
          const label = scoreLabel(score)
          const value = scoreToChoice(score)
          return (
            <label key={value} className="review-choice" data-tone={label.tone}>
              <input type="radio" name={`${id}-score`} value={value} checked={choice === value} onChange={() => setChoice(value)} />
              <span>
                {label.text} <span className="score-word">{label.word}</span>
              </span>
            </label>
          )
        })}
      </fieldset>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-comment`}>
          Comment for the trainee <span className="results-muted">(optional)</span>
        </label>
        <textarea
          id={`${id}-comment`}
          className="input review-comment"
          rows={2}
          maxLength={maxCommentLength}
          value={comment}
          aria-invalid={commentProblem ? true : undefined}
          aria-describedby={commentProblem ? `${id}-comment-problem` : undefined}
          onChange={(event) => setComment(event.target.value)}
        />
        {commentProblem && (
          <p id={`${id}-comment-problem`} className="form-problem" role="alert">
            {commentProblem}
          </p>
        )}
      </div>
      {problem && problem.field !== 'comment' && (
        <p className="form-problem" role="alert">
          {problem.message}
        </p>
      )}
      <div className="review-form-actions">
        <button type="submit" className="button button-primary button-small" disabled={saving}>
          {saving ? 'Saving…' : 'Save review'}
        </button>
        <button type="button" className="button button-quiet button-small" disabled={saving} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

function problemFrom(error: unknown): { field: 'score' | 'comment' | null; message: string } {
  if (error instanceof ApiError && error.code === 'validation_failed') {
    const issue = (error.details as { issues?: { path: string[]; message: string }[] } | undefined)?.issues?.[0]
    const field = issue?.path[0]
    if (field === 'score' || field === 'comment') return { field, message: issue!.message }
  }
  return { field: null, message: error instanceof Error ? error.message : 'The review could not be saved.' }
}
