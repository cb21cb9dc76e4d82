import type { SessionListItem } from '../api/api-types'

export interface ScenarioStats {
  /** Finished calls with this persona. */
  attempts: number
  /** Best weighted total over them, or null when none was graded. */
  best: number | null
  /** Calls with this persona still open, newest first. */
  active: SessionListItem[]
}

/** The trainee's record per persona, from their list of calls. */
export function scenarioStats(sessions: readonly SessionListItem[]): Map<string, ScenarioStats> {
  const stats = new Map<string, ScenarioStats>()
  for (const session of sessions) {
    const entry = stats.get(session.personaId) ?? { attempts: 0, best: null, active: [] }
    if (session.status === 'ended') {
      entry.attempts += 1
      if (session.score !== null && (entry.best === null || session.score > entry.best)) entry.best = session.score
    } else {
      entry.active.push(session)
    }
    stats.set(session.personaId, entry)
  }
  for (const entry of stats.values()) entry.active.sort((first, second) => second.createdAt.localeCompare(first.createdAt))
  return stats
}
