import type { TurnGrade } from '../../../src/grader/grade-types'
import { criterionOrder, criterionTitle } from '../labels/criterion-title'
import { scoreLabel } from '../labels/score-label'

type NamedCriteria = readonly { id: string; title: string }[] | null

/** A grade, criterion by criterion: score in words and colour, the rationale, and the quote it rests on. */
export function CriterionScores({ grade, named }: { grade: TurnGrade; named: NamedCriteria }) {
  const ordered = [...grade.criteria].sort((first, second) => criterionOrder(first.criterionId, named) - criterionOrder(second.criterionId, named))
  const applied = ordered.filter((criterion) => criterion.score !== null)
  const notApplied = ordered.filter((criterion) => criterion.score === null)
  return (
    <div className="criterion-scores">
      <ul className="criterion-list">
        {applied.map((criterion) => {
          const score = scoreLabel(criterion.score)
          return (
            <li key={criterion.criterionId} className="criterion">
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
