import type { Score } from '../../../../src/grader/grade-types'
import type { GradeReviewView } from '../../../../src/server/db/queries/review-queries'
import type { AgreementReport, AgreementRow } from '../../../../src/server/results/agreement-report'
import type { ResultCall } from '../../../../src/server/results/result-call'
import type { ResultFigures, TeamDashboard } from '../../../../src/server/results/team-dashboard'
import { apiFetch, json } from '../../api/api-client'

export type { AgreementReport, AgreementRow, GradeReviewView, ResultCall, ResultFigures, TeamDashboard }

/** `GET /api/results/dashboard`. */
export type DashboardData = TeamDashboard & {
  filters: { from: string | null; to: string | null; personaId: string | null; traineeId: string | null }
  personaOptions: { id: string; name: string; archived: boolean }[]
}

export interface CallPage {
  sessions: ResultCall[]
  nextCursor: string | null
}

const reviewPath = (turnId: string, criterionId: string) => `/api/reviews/${encodeURIComponent(turnId)}/${encodeURIComponent(criterionId)}`

export const resultsApi = {
  dashboard: (query: URLSearchParams) => json<DashboardData>(`/api/results/dashboard?${query}`),
  calls: (query: URLSearchParams, cursor: string | null) => {
    const page = new URLSearchParams(query)
    page.set('limit', '25')
    if (cursor) page.set('cursor', cursor)
    return json<CallPage>(`/api/results/sessions?${page}`)
  },
  call: (sessionId: string) => json<{ session: ResultCall }>(`/api/results/sessions/${encodeURIComponent(sessionId)}`),
  saveReview: (turnId: string, criterionId: string, input: { score: Score; comment: string }) =>
    json<{ review: GradeReviewView }>(reviewPath(turnId, criterionId), { method: 'PUT', body: input }),
  withdrawReview: async (turnId: string, criterionId: string) => {
    await apiFetch(reviewPath(turnId, criterionId), { method: 'DELETE' })
  },
}

/** Where the exports live; the browser downloads them with the trainer's cookie. */
export const exportLinks = {
  sessionsCsv: (query: URLSearchParams) => `/api/results/export/sessions.csv?${query}`,
  turnsCsv: (query: URLSearchParams) => `/api/results/export/turns.csv?${query}`,
  transcriptJson: (sessionId: string) => `/api/results/sessions/${encodeURIComponent(sessionId)}/transcript.json`,
}
