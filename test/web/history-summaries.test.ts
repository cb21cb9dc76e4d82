import { describe, expect, it } from 'vitest'
import type { SessionListItem } from '../../web/src/api/api-types'
import { criterionTrends } from '../../web/src/history/criterion-trends'
import { scenarioStats } from '../../web/src/scenarios/scenario-stats'

function item(fields: Partial<SessionListItem> & Pick<SessionListItem, 'id' | 'personaId'>): SessionListItem {
  return {
    userId: 'user-1',
    personaVersion: 1,
    mode: 'model',
    assignmentId: null,
    rubricVersion: 1,
    status: 'ended',
    mood: { level: 30, band: 'calming' },
    inFlight: false,
    outcome: null,
    score: null,
    createdAt: '2025-01-01T10:00:00.000Z',
    endedAt: '2025-01-01T10:10:00.000Z',
    personaName: 'Dale Harrow',
    archetype: 'hostile',
    criteria: null,
    passMark: 70,
    ...fields,
  }
}

describe('scenarioStats', () => {
  it('counts finished calls as attempts, keeps the best score and lists open calls', () => {
    const stats = scenarioStats([
      item({ id: 'a', personaId: 'p', score: 40 }),
      item({ id: 'b', personaId: 'p', score: 78 }),
      item({ id: 'c', personaId: 'p', status: 'active' }),
      item({ id: 'd', personaId: 'q', score: null }),
    ])
    expect(stats.get('p')).toMatchObject({ attempts: 2, best: 78, active: [{ id: 'c' }] })
    expect(stats.get('q')).toMatchObject({ attempts: 1, best: null })
  })
})

describe('criterionTrends', () => {
  it('lines up each criterion across the last finished calls, oldest first', () => {
    const { callCount, trends } = criterionTrends([
      item({ id: 'new', personaId: 'p', endedAt: '2025-01-03T00:00:00.000Z', criteria: [{ id: 'acknowledge', title: 'Acknowledge', average: 2 }] }),
      item({ id: 'old', personaId: 'p', endedAt: '2025-01-01T00:00:00.000Z', criteria: [{ id: 'acknowledge', title: 'Acknowledge', average: 0.5 }, { id: 'clarify', title: 'Clarify', average: null }] }),
      item({ id: 'open', personaId: 'p', status: 'active' }),
    ])
    expect(callCount).toBe(2)
    expect(trends).toEqual([{ id: 'acknowledge', title: 'Acknowledge', values: [0.5, 2] }])
  })
})
