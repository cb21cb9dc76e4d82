import { describe, expect, it } from 'vitest'
import { matchRoute } from '../../web/src/routing/match-route'

describe('matchRoute', () => {
  it.each([
    ['/', { name: 'scenarios' }],
    ['/call/abc-123', { name: 'call', sessionId: 'abc-123' }],
    ['/history', { name: 'history' }],
    ['/history/', { name: 'history' }],
    ['/history/abc', { name: 'history-call', sessionId: 'abc' }],
    ['/call/%E0%A4%A', { name: 'not-found' }],
    ['/elsewhere', { name: 'not-found' }],
  ])('%s', (path, route) => {
    expect(matchRoute(path)).toEqual(route)
  })
})
