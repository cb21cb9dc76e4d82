import { createContext, useContext } from 'react'
import type { TurnGrade } from '../../../src/grader/grade-types'
import type { GradeReviewView } from '../api/api-types'
import { criterionOrder, criterionTitle } from '../labels/criterion-title'
import { scoreLabel } from '../labels/score-label'

type NamedCriteria = readonly { id: string; title: string }[] | null

/**
 * Trainers' reviews of the call on screen (from `GET /api/sessions/:id`), so a grade can show a
 * trainer's score beside the grader's without every component in between passing them on.
 */
export const GradeReviewsContext = createContext<readonly GradeReviewView[]>([])

interface CriterionScoresProps {
  grade: TurnGrade
  named: NamedCriteria
  /** The graded turn: with it, trainers' reviews of this turn (from `reviews` or the context) show beside the grader's scores. */
  turnId?: string | null
  reviews?: readonly GradeReviewView[]
}

/** A grade, criterion by criterion: score in words and colour, the rationale, the quote it rests on, and any trainer's review. */
export function CriterionScores({ grade, named, turnId = null, reviews }: CriterionScoresProps) {
  const contextReviews = useContext(GradeReviewsContext)
  const turnReviews = turnId ? (reviews ?? contextReviews).filter((review) => review.turnId === turnId) : []
  const reviewOf = (criterionId: string) => turnReviews.find((review) => review.criterionId === criterionId) ?? null
  const ordered = [...grade.criteria].sort((first, second) => criterionOrder(first.criterionId, named) - criterionOrder(second.criterionId, named))
  // A criterion the grader called n/a is still shown in full when a trainer gave it a score.
  const applied = ordered.filter((criterion) => criterion.score !== null || reviewOf(criterion.criterionId)?.overridden)
  const notApplied = ordered.filter((criterion) => !applied.includes(criterion))
  return (
    <div className="criterion-scores">
      <ul className="criterion-list">
        {applied.map((criterion) => {
          const score = scoreLabel(criterion.score)
          const review = reviewOf(criterion.criterionId)
          return (
            <li key={criterion.criterionId} className="criterion" data-reviewed={review ? (review.overridden ? 'overridden' : 'confirmed') : undefined}>
              <span className="score-pill" data-tone={score.tone}>
                {score.text} <span className="score-word">{score.word}</span>
              </span>
              <span className="criterion-body">
                <strong className="criterion-title">{criterionTitle(criterion.criterionId, named)}</strong>
                {criterion.rationale && <span className="criterion-rationale"> {criterion.rationale}</span>}
                {criterion.evidence && (
                  <span className="criterion-evidence">
                    {' '}
                    <q>{criterion.evidence}</q>
                    {!criterion.evidenceVerified && <span className="criterion-flag"> (quote not found in your message, so not counted)</span>}
                  </span>
                )}
                {review && <TrainerReview review={review} />}
              </span>
            </li>
          )
        })}
      </ul>
      {notApplied.length > 0 && (
        <p className="criterion-not-applied">
          Not applicable this turn: {notApplied.map((criterion) => criterionTitle(criterion.criterionId, named)).join(', ')}
        </p>
      )}
    </div>
  )
}

/** "Trainer: 1/2 — comment" under the grader's verdict; a confirmation says the trainer agreed. */
function TrainerReview({ review }: { review: GradeReviewView }) {
  const trainer = scoreLabel(review.trainerScore as TurnGrade['criteria'][number]['score'])
  return (
    <span className="criterion-trainer-review" data-testid="trainer-review">
      <span className="visually-hidden">. </span>
      {review.overridden ? (
        <>
          <strong>Trainer:</strong>{' '}
          <span className="score-pill" data-tone={trainer.tone}>
            {trainer.text} <span className="score-word">{trainer.word}</span>
          </span>
        </>
      ) : (
        <strong>Trainer agreed</strong>
      )}
      {review.comment && <> — {review.comment}</>}
      <span className="criterion-trainer-name"> ({review.reviewerName})</span>
    </span>
  )
}
