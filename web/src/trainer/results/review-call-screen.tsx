import { useEffect, useState } from 'react'
import { api } from '../../api/api-client'
import type { SessionState } from '../../api/api-types'
import { CustomerMessage } from '../../call/customer-message'
import { transcriptTurnFromView } from '../../call/transcript-turn'
import { archetypeName } from '../../labels/archetype-name'
import { callModeLabel } from '../../labels/call-mode-label'
import { outcomeName } from '../../labels/outcome-name'
import { PageHeading } from '../../layout/page-heading'
import { Link } from '../../routing/link'
import { callFactsFromView } from '../../scorecard/call-facts'
import { MoodChart } from '../../scorecard/mood-chart'
import { ScorecardView } from '../../scorecard/scorecard-view'
import { exportLinks, type GradeReviewView, type ResultCall, resultsApi } from './results-api'
import { countText, dateText } from './results-figures'
import { reviewTally, withoutReview, withReview } from './review-list'
import { ReviewTraineeTurn } from './review-trainee-turn'

interface LoadedCall {
  view: SessionState
  call: ResultCall
}

/** Trainer: review one call, its grades and mood curve, and override scores. */
export function ReviewCallScreen({ sessionId }: { sessionId: string }) {
  const [loaded, setLoaded] = useState<LoadedCall | null>(null)
  const [reviews, setReviews] = useState<GradeReviewView[]>([])
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    Promise.all([api.session(sessionId), resultsApi.call(sessionId)])
      .then(([view, { session: call }]) => {
        if (!current) return
        setLoaded({ view, call })
        setReviews(view.reviews ?? [])
      })
      .catch((error: Error) => current && setProblem(error.message))
    return () => {
      current = false
    }
  }, [sessionId])

  useEffect(() => {
    document.title = loaded ? `Review: ${loaded.call.traineeName} with ${loaded.view.persona.name} · toughcall` : 'Review a call · toughcall'
  }, [loaded])

  if (problem) {
    return (
      <div className="page">
        <PageHeading>This call could not be opened</PageHeading>
        <p className="form-problem" role="alert">
          {problem}
        </p>
        <Link href="/results">Back to the results</Link>
      </div>
    )
  }
  if (!loaded) {
    return (
      <p className="page-loading" role="status">
        Loading the call…
      </p>
    )
  }

  const { view, call } = loaded
  const keptTrainee = view.turns.filter((turn) => turn.role === 'trainee' && !turn.rewound)
  const gradedCriteria = view.turns.reduce((count, turn) => count + (turn.role === 'trainee' ? (turn.grade?.criteria.length ?? 0) : 0), 0)
  const tally = reviewTally(reviews)
  const scorecard = view.session.scorecard

  return (
    <div className="page review-call">
      <p className="breadcrumb no-print">
        <Link href="/results">← Results</Link>
      </p>
      <PageHeading>
        {call.traineeName}’s call with {view.persona.name}
      </PageHeading>
      <p className="page-intro">
        {archetypeName(view.persona.archetype)} · {view.persona.company} · {callModeLabel(view.session.mode)} · {dateText(view.session.createdAt, true)} ·{' '}
        {view.session.status === 'active' ? 'In progress' : outcomeName(view.session.outcome?.kind)}
      </p>
      <div className="review-call-bar">
        <p className="review-call-tally" role="status">
          {tally.reviewed === 0
            ? `None of the ${countText(gradedCriteria, 'grade')} reviewed yet.`
            : `${tally.reviewed} of ${countText(gradedCriteria, 'grade')} reviewed · ${tally.overridden} overridden. The trainee sees your reviews on their copy of the call.`}
        </p>
        <a className="button button-small" href={exportLinks.transcriptJson(view.session.id)} download>
          Download transcript (JSON)
        </a>
      </div>
      {view.session.status === 'active' && (
        <p className="banner" data-tone="neutral">
          This call is still in progress: its scorecard comes when it ends.
        </p>
      )}

      {scorecard ? (
        <ScorecardView
          scorecard={scorecard}
          rubric={view.rubric}
          outcome={view.session.outcome}
          persona={view.persona}
          mode={view.session.mode}
          moodLevels={view.moodHistory}
          turnTexts={keptTrainee.map((turn) => turn.text)}
          speaker={call.traineeName}
          endedAt={view.session.endedAt}
          reviews={reviews}
          facts={callFactsFromView(view)}
        />
      ) : (
        <section className="panel" aria-labelledby="review-mood-title">
          <h2 id="review-mood-title" className="section-title">
            Customer mood so far
          </h2>
          <MoodChart levels={view.moodHistory} turnTexts={keptTrainee.map((turn) => turn.text)} speaker={call.traineeName} />
        </section>
      )}

      <section className="review-transcript" aria-labelledby="review-call-transcript-title">
        <h2 id="review-call-transcript-title" className="section-title">
          Transcript and grades
        </h2>
        <p className="section-intro">
          Highlighted words are the grader’s evidence. Confirm a score you agree with, or override it with your own and a comment; both count towards the
          trainer-agreement figure on the dashboard. Replies the trainee took back are marked.
        </p>
        <ol className="transcript" aria-label="Call transcript">
          {view.turns.map((turn) =>
            turn.role === 'customer' ? (
              <CustomerMessage key={turn.id} turn={transcriptTurnFromView(turn, false)} name={view.persona.name} />
            ) : (
              <ReviewTraineeTurn
                key={turn.id}
                turn={turn}
                traineeName={call.traineeName}
                rubric={view.rubric}
                reviews={reviews}
                onSaved={(review) => setReviews((current) => withReview(current, review))}
                onWithdrawn={(turnId, criterionId) => setReviews((current) => withoutReview(current, turnId, criterionId))}
              />
            ),
          )}
        </ol>
      </section>
    </div>
  )
}
