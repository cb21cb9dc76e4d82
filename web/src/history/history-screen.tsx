import { useEffect, useState } from 'react'
import { api } from '../api/api-client'
import type { SessionListItem } from '../api/api-types'
import { PageHeading } from '../layout/page-heading'
import { archetypeName } from '../labels/archetype-name'
import { callModeLabel } from '../labels/call-mode-label'
import { outcomeName } from '../labels/outcome-name'
import { totalTone } from '../labels/score-label'
import { Link } from '../routing/link'
import { CriterionTrendRow } from './criterion-trend'
import { criterionTrends } from './criterion-trends'

/** Past calls, newest first, and how each criterion has moved across the last ones. */
export function HistoryScreen() {
  const [sessions, setSessions] = useState<SessionListItem[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    document.title = 'Your calls · toughcall'
    let current = true
    api
      .sessions()
      .then((list) => current && setSessions(list.sessions))
      .catch((error: Error) => current && setProblem(error.message))
    return () => {
      current = false
    }
  }, [])

  const ordered = [...(sessions ?? [])].sort((first, second) => second.createdAt.localeCompare(first.createdAt))
  const { callCount, trends } = criterionTrends(sessions ?? [])
  return (
    <div className="page">
      <PageHeading>Your calls</PageHeading>
      <p className="page-intro">Open a call to read the whole transcript with every grade, including the replies you took back.</p>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {!sessions && !problem && (
        <p className="page-loading" role="status">
          Loading your calls…
        </p>
      )}
      {sessions && sessions.length === 0 && (
        <p className="empty">
          No calls yet. <Link href="/">Pick a customer</Link> to start your first.
        </p>
      )}
      {trends.length > 0 && (
        <section className="panel trends" aria-labelledby="trend-title">
          <h2 id="trend-title" className="section-title">
            Progress by criterion
          </h2>
          <p className="section-intro">
            Average score out of 2 over your last {callCount} {callCount === 1 ? 'call' : 'calls'}, oldest on the left.
          </p>
          <ul className="trend-list">
            {trends.map((trend) => (
              <CriterionTrendRow key={trend.id} trend={trend} />
            ))}
          </ul>
        </section>
      )}
      {ordered.length > 0 && (
        <section aria-labelledby="calls-title">
          <h2 id="calls-title" className="section-title">
            All calls
          </h2>
          <ul className="call-list">
            {ordered.map((session) => (
              <li key={session.id} className="call-row">
                <Link className="call-row-link" href={`/history/${encodeURIComponent(session.id)}`}>
                  <span className="call-row-persona">
                    <strong>{session.personaName ?? 'Practice call'}</strong>
                    <span className="call-row-archetype">
                      {session.archetype && `${archetypeName(session.archetype)} · `}
                      {callModeLabel(session.mode)}
                    </span>
                  </span>
                  <span className="call-row-date">{new Date(session.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</span>
                  <span className="call-row-outcome">{session.status === 'active' ? 'In progress' : outcomeName(session.outcome?.kind)}</span>
                  {/* The list has no per-call pass mark; every call so far uses the default rubric's. */}
                  <span className="call-row-score" data-tone={totalTone(session.score, session.passMark)}>
                    {session.score === null ? '–' : session.score}
                    <span className="call-row-score-of">
                      <span aria-hidden="true">/100</span>
                      <span className="visually-hidden"> out of 100</span>
                    </span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
