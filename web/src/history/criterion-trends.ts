import type { SessionListItem } from '../api/api-types'

export interface CriterionTrend {
  id: string
  title: string
  /** Average 0–2 on each of the calls, oldest first; null where the criterion was not graded. */
  values: (number | null)[]
}

/** Per-criterion averages across the trainee's last finished calls, oldest first. */
export function criterionTrends(sessions: readonly SessionListItem[], limit = 8): { callCount: number; trends: CriterionTrend[] } {
  const calls = sessions
    .filter((session) => session.status === 'ended' && session.criteria && session.criteria.length > 0)
    .sort((first, second) => (first.endedAt ?? first.createdAt).localeCompare(second.endedAt ?? second.createdAt))
    .slice(-limit)
  const titles = new Map<string, string>()
  for (const call of calls) for (const criterion of call.criteria ?? []) if (!titles.has(criterion.id)) titles.set(criterion.id, criterion.title)
  const trends = [...titles].map(([id, title]) => ({
    id,
    title,
    values: calls.map((call) => call.criteria?.find((criterion) => criterion.id === id)?.average ?? null),
  }))
  return { callCount: calls.length, trends: trends.filter((trend) => trend.values.some((value) => value !== null)) }
}
