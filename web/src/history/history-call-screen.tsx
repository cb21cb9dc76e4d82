import { useEffect, useState } from 'react'
import { api } from '../api/api-client'
import type { GradeReviewView, Me } from '../api/api-types'
import { type CallState, callStateFromView } from '../call/call-reducer'
import { PageHeading } from '../layout/page-heading'
import { archetypeName } from '../labels/archetype-name'
import { callModeLabel } from '../labels/call-mode-label'
import { Link } from '../routing/link'
import { GradeReviewsContext } from '../call/criterion-scores'
import { CallReview } from '../scorecard/call-review'

/** One past call from the history: scorecard and the full transcript with every grade. */
export function HistoryCallScreen({ sessionId, models }: { sessionId: string; models: Me['models'] }) {
  const [state, setState] = useState<CallState | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  /** Trainers' reviews of this call's grades, shown beside the grader's scores. */
  const [reviews, setReviews] = useState<readonly GradeReviewView[]>([])

  useEffect(() => {
    let current = true
    api
      .session(sessionId)
      .then((view) => {
        if (!current) return
        setState(callStateFromView(view))
        setReviews(view.reviews ?? [])
      })
      .catch((error: Error) => current && setProblem(error.message))
    return () => {
      current = false
    }
  }, [sessionId])

  useEffect(() => {
    document.title = state ? `Call with ${state.persona.name} · toughcall` : 'Call · toughcall'
  }, [state])

  if (problem) {
    return (
      <div className="page">
        <PageHeading>This call could not be opened</PageHeading>
        <p className="form-problem" role="alert">
          {problem}
        </p>
        <Link href="/history">Back to your calls</Link>
      </div>
    )
  }
  if (!state) {
    return (
      <p className="page-loading" role="status">
        Loading the call…
      </p>
    )
  }
  return (
    <div className="page">
      <p className="breadcrumb no-print">
        <Link href="/history">← Your calls</Link>
      </p>
      <PageHeading>Call with {state.persona.name}</PageHeading>
      <p className="page-intro">
        {archetypeName(state.persona.archetype)} · {state.persona.company} · {callModeLabel(state.mode)} ·{' '}
        {new Date(state.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
      </p>
      {state.status === 'active' && (
        <p className="banner" data-tone="neutral">
          This call is still open. <Link href={`/call/${encodeURIComponent(state.sessionId)}`}>Continue it</Link>
        </p>
      )}
      <GradeReviewsContext value={reviews}>
        <CallReview state={state} models={models} />
      </GradeReviewsContext>
      <p className="no-print">
        <a href={`/api/results/sessions/${encodeURIComponent(state.sessionId)}/transcript.json`} download>
          Download this call as JSON
        </a>
      </p>
    </div>
  )
}
