import { useContext, useState } from 'react'
import type { Rubric } from '../../../src/grader/rubric'
import type { KeyMoment } from '../../../src/grader/scorecard'
import type { SessionOutcome } from '../../../src/server/practice/finish-session'
import type { CallMode, GradeReviewView, Me, PersonaCard, SessionScorecard } from '../api/api-types'
import { GradeReviewsContext } from '../call/criterion-scores'
import { callModeLabel, gradedByLabel, startableMode } from '../labels/call-mode-label'
import { criterionTitle } from '../labels/criterion-title'
import { outcomeName } from '../labels/outcome-name'
import { averageTone, totalTone } from '../labels/score-label'
import { startCall } from '../scenarios/start-call'
import type { CallFacts } from './call-facts'
import { FactsReport } from './facts-report'
import { MoodChart } from './mood-chart'

interface ScorecardViewProps {
  scorecard: SessionScorecard
  /** The rubric the call was graded under. */
  rubric: Rubric
  outcome: SessionOutcome | null
  persona: PersonaCard
  mode: CallMode
  /** Which models are configured, for "Try again"; leave it out to offer no new call (a trainer reviewing someone else's call). */
  models?: Me['models']
  moodLevels: number[]
  turnTexts: string[]
  /** Who said `turnTexts`, for the mood chart's labels (default "You"). */
  speaker?: string
  endedAt: string | null
  /** Trainers' reviews of this call's grades; defaults to those in `GradeReviewsContext`. */
  reviews?: readonly GradeReviewView[]
  /** The hidden facts uncovered and missed (calls stored without them show no report). */
  facts?: CallFacts | null
}

/** The end-of-call report: outcome, total, criteria, the facts uncovered, the mood over the call, key moments and three tips. */
export function ScorecardView({ scorecard, rubric, outcome, persona, mode, models, moodLevels, turnTexts, speaker, endedAt, reviews, facts }: ScorecardViewProps) {
  const [problem, setProblem] = useState<string | null>(null)
  const contextReviews = useContext(GradeReviewsContext)
  const allReviews = reviews ?? contextReviews
  const passMark = scorecard.passMark
  const tone = totalTone(scorecard.weightedTotal, passMark)
  const gradedBy = gradedByLabel(scorecard.gradedBy)
  const title = (id: string) => criterionTitle(id, rubric.criteria)
  async function tryAgain() {
    if (!models) return
    setProblem(null)
    try {
      // The same kind of customer again, unless its model is gone.
      await startCall(persona.id, startableMode(mode, models))
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not start a new call.')
    }
  }
  return (
    <section className="scorecard" aria-labelledby="scorecard-title">
      <div className="scorecard-head">
        <h2 id="scorecard-title" className="section-title">
          Scorecard
        </h2>
        <p className="scorecard-meta">
          {persona.name} · {persona.company} · {callModeLabel(mode)}
          {endedAt && ` · ${new Date(endedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`}
        </p>
      </div>

      <div className="scorecard-summary">
        <div className="total" data-tone={tone} data-testid="weighted-total">
          <span className="total-label">Weighted total</span>
          <span className="total-number">
            {scorecard.weightedTotal ?? '–'}
            <span className="total-of">/100</span>
          </span>
          <span className="total-verdict">
            {scorecard.weightedTotal === null ? 'Nothing was graded' : scorecard.passed ? '✓ Passed' : '✗ Below the pass mark'} · pass mark {passMark}
          </span>
          {gradedBy && (
            <span className="total-grader" data-graded-by={scorecard.gradedBy} data-testid="graded-by">
              {gradedBy}
            </span>
          )}
        </div>
        <div className="outcome">
          <span className="total-label">Outcome</span>
          <strong className="outcome-name">{outcomeName(outcome?.kind ?? scorecard.outcome)}</strong>
          {outcome?.explanation && <p className="outcome-text">{outcome.explanation}</p>}
          {outcome?.endedBy === 'trainee' && (
            <p className="outcome-policy" data-tone={outcome.compliant ? 'good' : 'bad'}>
              {outcome.compliant ? '✓ Within the scenario’s hang-up policy' : '✗ Against the scenario’s hang-up policy'}
            </p>
          )}
        </div>
      </div>

      <h3 className="subsection-title">By criterion</h3>
      <ul className="criterion-averages">
        {scorecard.criteria.map((criterion) => (
          <li key={criterion.id} className="criterion-average" data-tone={averageTone(criterion.average)}>
            <span className="criterion-average-title">{criterion.title || title(criterion.id)}</span>
            <span className="criterion-average-bar" aria-hidden="true">
              <span style={{ transform: `scaleX(${(criterion.average ?? 0) / 2})` }} />
            </span>
            <span className="criterion-average-value">
              {criterion.average === null ? 'not graded' : `${criterion.average.toFixed(1)} / 2`}
              {criterion.average !== null && <span className="criterion-average-count"> · {criterion.n} {criterion.n === 1 ? 'turn' : 'turns'}</span>}
            </span>
            <ReviewCount reviews={allReviews.filter((review) => review.criterionId === criterion.id)} />
          </li>
        ))}
      </ul>

      {facts && <FactsReport facts={facts} speaker={speaker} />}

      <h3 className="subsection-title">Customer mood over the call</h3>
      <MoodChart levels={moodLevels} turnTexts={turnTexts} speaker={speaker} />

      {(scorecard.strongest || scorecard.weakest) && (
        <div className="moments">
          {scorecard.strongest && <Moment title="Strongest moment" moment={scorecard.strongest} tone="good" />}
          {scorecard.weakest && <Moment title="Weakest moment" moment={scorecard.weakest} tone="bad" />}
        </div>
      )}

      <h3 className="subsection-title">Three things to work on</h3>
      <ol className="tips">
        {scorecard.coachingTips.map((tip, index) => (
          <li key={index}>
            {tip.criterionId && <strong>{title(tip.criterionId)}: </strong>}
            {tip.tip}
          </li>
        ))}
      </ol>

      <div className="scorecard-actions no-print">
        {models && (
          <button type="button" className="button button-primary" onClick={() => void tryAgain()}>
            Try again
          </button>
        )}
        <button type="button" className="button" onClick={() => window.print()}>
          Print scorecard
        </button>
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    </section>
  )
}

/** How many of this criterion's grades a trainer reviewed, and how many they changed (the grader's averages above stay as graded). */
function ReviewCount({ reviews }: { reviews: readonly GradeReviewView[] }) {
  if (reviews.length === 0) return null
  const changed = reviews.filter((review) => review.overridden).length
  return (
    <span className="criterion-average-reviews" data-testid="criterion-reviews">
      Trainer reviewed {reviews.length}: {changed === 0 ? 'agreed with all' : `changed ${changed}`}
    </span>
  )
}

function Moment({ title, moment, tone }: { title: string; moment: KeyMoment; tone: 'good' | 'bad' }) {
  return (
    <div className="moment" data-tone={tone}>
      <h3 className="moment-title">{title}</h3>
      <blockquote className="moment-quote">{moment.quote}</blockquote>
      <p className="moment-why">{moment.why}</p>
      <a className="moment-link no-print" href={`#turn-${moment.turnId}`}>
        See it in the transcript
      </a>
    </div>
  )
}
