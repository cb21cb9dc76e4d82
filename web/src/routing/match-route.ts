/** The screens of the trainee app, by URL. */
export type Route =
  | { name: 'scenarios' }
  | { name: 'call'; sessionId: string }
  | { name: 'history' }
  | { name: 'history-call'; sessionId: string }
  | { name: 'not-found' }

const patterns: Array<[RegExp, (match: RegExpMatchArray) => Route]> = [
  [/^\/$/, () => ({ name: 'scenarios' })],
  [/^\/call\/([^/]+)$/, (match) => ({ name: 'call', sessionId: decodeURIComponent(match[1]!) })],
  [/^\/history$/, () => ({ name: 'history' })],
  [/^\/history\/([^/]+)$/, (match) => ({ name: 'history-call', sessionId: decodeURIComponent(match[1]!) })],
]

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
