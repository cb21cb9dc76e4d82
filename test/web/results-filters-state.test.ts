import { describe, expect, it } from 'vitest'
import { apiQuery, filtersFromSearch, lastDays, localDayStart, noFilters, rangeProblem, searchFromFilters } from '../../web/src/trainer/results/results-filters-state'

describe('results filters', () => {
  it('sends days as instants at the trainer’s own midnight, the end day included', () => {
    const query = apiQuery({ from: '2025-03-01', to: '2025-03-31', personaId: 'hostile-broadband-callbacks', traineeId: 'user-1' })
    expect(query.get('from')).toBe(new Date(2025, 2, 1).toISOString())
    expect(query.get('to')).toBe(new Date(2025, 3, 1).toISOString())
    expect(query.get('personaId')).toBe('hostile-broadband-callbacks')
    expect(query.get('traineeId')).toBe('user-1')
  })

  it('leaves out what is not set, and the trainee when the figures are for everyone', () => {
    expect(apiQuery(noFilters).toString()).toBe('')
    expect(apiQuery({ ...noFilters, traineeId: 'user-1' }, { includeTrainee: false }).toString()).toBe('')
  })

  it('ignores days that do not exist rather than sending a wrong range', () => {
    expect(localDayStart('2025-02-30')).toBeNull()
    expect(localDayStart('31/01/2025')).toBeNull()
    expect(apiQuery({ ...noFilters, from: '2025-02-30' }).has('from')).toBe(false)
  })

  it('the end of a month rolls over into the next (and a year into the next)', () => {
    expect(localDayStart('2024-12-31', 1)?.getTime()).toBe(new Date(2025, 0, 1).getTime())
    expect(localDayStart('2024-02-28', 1)?.getTime()).toBe(new Date(2024, 1, 29).getTime())
  })

  it('round-trips through the page address, dropping bad days', () => {
    const filters = { from: '2025-01-05', to: '2025-01-20', personaId: 'p 1', traineeId: 'u&2' }
    expect(filtersFromSearch(searchFromFilters(filters))).toEqual(filters)
    expect(searchFromFilters(noFilters)).toBe('')
    expect(filtersFromSearch('?from=yesterday&persona=x')).toEqual({ ...noFilters, personaId: 'x' })
  })

  it('“last 7 days” ends today and starts six days before', () => {
    expect(lastDays(7, new Date(2025, 2, 3, 15, 30))).toEqual({ from: '2025-02-25', to: '2025-03-03' })
  })

  it('names a range that ends before it starts', () => {
    expect(rangeProblem({ from: '2025-03-02', to: '2025-03-01' })).toMatch(/after the end/)
    expect(rangeProblem({ from: '2025-03-01', to: '2025-03-01' })).toBeNull()
    expect(rangeProblem({ from: '', to: '2025-03-01' })).toBeNull()
  })
})
