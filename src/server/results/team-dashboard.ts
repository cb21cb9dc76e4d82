import type { AgreementReport } from './agreement-report'

/** One call as the dashboard counts it. */
export interface DashboardCall {
  id: string
  traineeId: string
  personaId: string
  status: 'active' | 'ended'
  /** Weighted total 0–100; null while the call is open or when nothing was graded. */
  score: number | null
  /** The pass mark that applies to this call. */
  passMark: number
  /** The scorecard's per-criterion averages (0–2), once the call has ended. */
  criteria: readonly { id: string; title?: string; average: number | null }[] | null
  /** When the call started (ISO 8601, UTC). */
  createdAt: string
}

/** Counts and averages over a set of calls. */
export interface ResultFigures {
  calls: number
  endedCalls: number
  /** Ended calls with a score: what the pass rate and average are over. */
  scoredCalls: number
  passedCalls: number
  /** passedCalls / scoredCalls, 0–1; null without scored calls. */
  passRate: number | null
  averageScore: number | null
  /** Mean of the calls' criterion averages (0–2), by criterion id; null where never graded. */
  criterionAverages: Record<string, number | null>
}

export interface TrendPoint {
  sessionId: string
  date: string
  score: number
  passMark: number
  passed: boolean
}

export interface TeamDashboard {
  /** The criteria the averages are given for, in rubric order. */
  criteria: { id: string; title: string }[]
  overall: ResultFigures & { activeTrainees: number }
  trainees: (ResultFigures & { id: string; name: string; email: string; active: boolean; lastCallAt: string | null; trend: TrendPoint[] })[]
  personas: (ResultFigures & { id: string; name: string })[]
  agreement: AgreementReport
}

/** Points in a trainee's sparkline: their latest scored calls, oldest first. */
export const trendLength = 20

/**
 * The team dashboard from the calls in range: figures per trainee (every trainee, so those who have
 * not practised show up too, except deactivated ones without calls), per persona, and overall.
 */
export function buildTeamDashboard(input: {
  calls: readonly DashboardCall[]
  trainees: readonly { id: string; name: string; email: string; active: boolean }[]
  personaNames: ReadonlyMap<string, string>
  criteria: readonly { id: string; title: string }[]
  agreement: AgreementReport
}): TeamDashboard {
  const { calls } = input
  const criteria = orderedCriteria(input.criteria, calls)
  const ids = criteria.map(({ id }) => id)
  const callsBy = (key: 'traineeId' | 'personaId', value: string) => calls.filter((call) => call[key] === value)

  const trainees = input.trainees
    .map((trainee) => {
      const own = callsBy('traineeId', trainee.id)
      const scored = own.filter(isScored).sort((first, second) => first.createdAt.localeCompare(second.createdAt))
      const latest = own.reduce<string | null>((last, call) => (last && last > call.createdAt ? last : call.createdAt), null)
      return {
        id: trainee.id,
        name: trainee.name,
        email: trainee.email,
        active: trainee.active,
        ...figures(own, ids),
        lastCallAt: latest,
        trend: scored.slice(-trendLength).map((call) => ({ sessionId: call.id, date: call.createdAt, score: call.score, passMark: call.passMark, passed: call.score >= call.passMark })),
      }
    })
    .filter((trainee) => trainee.active || trainee.calls > 0)

  const personaIds = [...new Set(calls.map((call) => call.personaId))]
  const personas = personaIds
    .map((id) => ({ id, name: input.personaNames.get(id) ?? id, ...figures(callsBy('personaId', id), ids) }))
    .sort((first, second) => second.calls - first.calls || first.name.localeCompare(second.name))

  return {
    criteria,
    overall: { ...figures(calls, ids), activeTrainees: new Set(calls.map((call) => call.traineeId)).size },
    trainees,
    personas,
    agreement: input.agreement,
  }
}

export function figures(calls: readonly DashboardCall[], criterionIds: readonly string[]): ResultFigures {
  const ended = calls.filter((call) => call.status === 'ended')
  const scored = ended.filter(isScored)
  const passed = scored.filter((call) => call.score >= call.passMark)
  return {
    calls: calls.length,
    endedCalls: ended.length,
    scoredCalls: scored.length,
    passedCalls: passed.length,
    passRate: scored.length === 0 ? null : round(passed.length / scored.length, 4),
    averageScore: mean(scored.map((call) => call.score), 1),
    criterionAverages: Object.fromEntries(
      criterionIds.map((id) => [
        id,
        mean(
          ended.flatMap((call) => {
            const average = call.criteria?.find((criterion) => criterion.id === id)?.average
            return average === null || average === undefined ? [] : [average]
          }),
          2,
        ),
      ]),
    ),
  }
}

/** The given (current rubric) criteria first, then any others the calls were graded on. */
function orderedCriteria(criteria: readonly { id: string; title: string }[], calls: readonly DashboardCall[]) {
  const known = new Set(criteria.map(({ id }) => id))
  const extra = new Map<string, string>()
  for (const criterion of calls.flatMap((call) => call.criteria ?? [])) {
    if (!known.has(criterion.id) && !extra.has(criterion.id)) extra.set(criterion.id, criterion.title || criterion.id)
  }
  return [...criteria.map(({ id, title }) => ({ id, title })), ...[...extra].map(([id, title]) => ({ id, title }))]
}

function isScored(call: DashboardCall): call is DashboardCall & { score: number } {
  return call.status === 'ended' && call.score !== null
}

function mean(values: readonly number[], decimals: number): number | null {
  if (values.length === 0) return null
  return round(values.reduce((sum, value) => sum + value, 0) / values.length, decimals)
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}
