import { useEffect, useMemo, useState } from 'react'
import { PageHeading } from '../../layout/page-heading'
import { AgreementTable } from './agreement-table'
import { CriterionAveragesTable } from './criterion-averages-table'
import { ExportLinks } from './export-links'
import { OverallCards } from './overall-cards'
import { PersonaTable } from './persona-table'
import { RecentCalls } from './recent-calls'
import { type DashboardData, resultsApi } from './results-api'
import { ResultsFilterBar } from './results-filter-bar'
import { apiQuery, filtersFromSearch, rangeProblem, type ResultsFilterState, searchFromFilters } from './results-filters-state'
import { TraineeTable } from './trainee-table'

/** Trainer: the team dashboard, with filters and exports. */
export function DashboardScreen() {
  const [filters, setFilters] = useState<ResultsFilterState>(() => filtersFromSearch(window.location.search))
  const [dashboard, setDashboard] = useState<DashboardData | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const invalid = rangeProblem(filters) !== null
  // The figures ignore the picked trainee (it only narrows the calls list and the exports).
  const figuresQuery = useMemo(() => apiQuery(filters, { includeTrainee: false }), [filters])
  const figuresKey = figuresQuery.toString()
  const callsQuery = useMemo(() => apiQuery(filters), [filters])

  useEffect(() => {
    document.title = 'Results · toughcall'
  }, [])

  useEffect(() => {
    // Kept in the address, so the back button from a call review returns to the same view.
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${searchFromFilters(filters)}`)
  }, [filters])

  useEffect(() => {
    if (invalid) return
    let current = true
    setLoading(true)
    resultsApi
      .dashboard(new URLSearchParams(figuresKey))
      .then((data) => {
        if (!current) return
        setDashboard(data)
        setProblem(null)
      })
      .catch((error: Error) => current && setProblem(error.message))
      .finally(() => current && setLoading(false))
    return () => {
      current = false
    }
  }, [figuresKey, invalid])

  const selectedTrainee = dashboard?.trainees.find((trainee) => trainee.id === filters.traineeId) ?? null

  return (
    <div className="page results-page">
      <PageHeading>Results</PageHeading>
      <p className="page-intro">How the team is doing: calls, pass rates and scores per trainee and per customer, and how often trainers agree with the grader. Pick a trainee to list their calls; open a call to review its grades.</p>
      <ResultsFilterBar filters={filters} personas={dashboard?.personaOptions ?? []} onChange={setFilters} />
      {problem && (
        <p className="form-problem" role="alert">
          Could not load the results: {problem}
        </p>
      )}
      {!dashboard && !problem && (
        <p className="page-loading" role="status">
          Loading results…
        </p>
      )}
      {dashboard && (
        <div className="results-body" aria-busy={loading || undefined}>
          <OverallCards overall={dashboard.overall} agreement={dashboard.agreement} />

          <section className="panel" aria-labelledby="results-trainees-title">
            <h2 id="results-trainees-title" className="section-title">
              Trainees
            </h2>
            <p className="section-intro">Pass rate and average are over finished calls with a score. The trend shows the latest scores, oldest on the left; the line is the pass mark.</p>
            <TraineeTable trainees={dashboard.trainees} selectedId={filters.traineeId} onSelect={(traineeId) => setFilters({ ...filters, traineeId })} />
          </section>

          <section className="panel" aria-labelledby="results-personas-title">
            <h2 id="results-personas-title" className="section-title">
              Customers
            </h2>
            <PersonaTable personas={dashboard.personas} criteria={dashboard.criteria} />
          </section>

          <section className="panel" aria-labelledby="results-criteria-title">
            <h2 id="results-criteria-title" className="section-title">
              Average per criterion
            </h2>
            <p className="section-intro">Out of 2, over finished calls; a dash means the criterion never applied.</p>
            <CriterionAveragesTable overall={dashboard.overall} trainees={dashboard.trainees} personas={dashboard.personas} criteria={dashboard.criteria} />
          </section>

          <section className="panel" aria-labelledby="results-agreement-title">
            <h2 id="results-agreement-title" className="section-title">
              Trainer agreement with the grader
            </h2>
            <AgreementTable agreement={dashboard.agreement} />
          </section>

          <section className="panel" aria-labelledby="results-calls-title">
            <h2 id="results-calls-title" className="section-title">
              {selectedTrainee ? `${selectedTrainee.name}’s calls` : 'Calls'}
            </h2>
            {selectedTrainee && (
              <p className="results-selection">
                Showing one trainee’s calls.{' '}
                <button type="button" className="button button-quiet button-small" onClick={() => setFilters({ ...filters, traineeId: '' })}>
                  Show everyone’s
                </button>
              </p>
            )}
            {!invalid && <RecentCalls query={callsQuery} />}
            <ExportLinks query={callsQuery} traineeName={selectedTrainee?.name ?? null} />
          </section>
        </div>
      )}
    </div>
  )
}
