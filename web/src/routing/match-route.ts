/** The screens of the trainee app, by URL. */
export type Route =
  | { name: 'scenarios' }
  | { name: 'call'; sessionId: string }
  | { name: 'history' }
  | { name: 'history-call'; sessionId: string }
  | { name: 'invite' }
  | { name: 'team' }
  | { name: 'personas' }
  | { name: 'persona-editor'; personaId: string | null }
  | { name: 'rubric' }
  | { name: 'assignments' }
  | { name: 'results' }
  | { name: 'review-call'; sessionId: string }
  | { name: 'not-found' }

const patterns: Array<[RegExp, (match: RegExpMatchArray) => Route]> = [
  [/^\/$/, () => ({ name: 'scenarios' })],
  [/^\/call\/([^/]+)$/, (match) => ({ name: 'call', sessionId: decodeURIComponent(match[1]!) })],
  [/^\/history$/, () => ({ name: 'history' })],
  [/^\/history\/([^/]+)$/, (match) => ({ name: 'history-call', sessionId: decodeURIComponent(match[1]!) })],
  [/^\/invite$/, () => ({ name: 'invite' })],
  [/^\/team$/, () => ({ name: 'team' })],
  [/^\/personas$/, () => ({ name: 'personas' })],
  [/^\/personas\/new$/, () => ({ name: 'persona-editor', personaId: null })],
  [/^\/personas\/([^/]+)$/, (match) => ({ name: 'persona-editor', personaId: decodeURIComponent(match[1]!) })],
  [/^\/rubric$/, () => ({ name: 'rubric' })],
  [/^\/assignments$/, () => ({ name: 'assignments' })],
  [/^\/results$/, () => ({ name: 'results' })],
  [/^\/results\/calls\/([^/]+)$/, (match) => ({ name: 'review-call', sessionId: decodeURIComponent(match[1]!) })],
]

/** Screens only trainers see. */
export const trainerRoutes: ReadonlySet<Route['name']> = new Set(['team', 'personas', 'persona-editor', 'rubric', 'assignments', 'results', 'review-call'])

export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  for (const [pattern, route] of patterns) {
    const match = path.match(pattern)
    if (match) {
      try {
        return route(match)
      } catch {
        return { name: 'not-found' }
      }
    }
  }
  return { name: 'not-found' }
}
