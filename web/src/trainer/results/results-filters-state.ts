/**
 * The dashboard's filters as the trainer picks them: days in their own time zone (`YYYY-MM-DD`,
 * both ends included, empty for "no limit"), a persona and, for the calls list, a trainee.
 */
export interface ResultsFilterState {
  from: string
  to: string
  personaId: string
  traineeId: string
}

export const noFilters: ResultsFilterState = { from: '', to: '', personaId: '', traineeId: '' }

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** Local midnight at the start of a `YYYY-MM-DD` day, `offsetDays` later; null for anything that is not a real day. */
export function localDayStart(day: string, offsetDays = 0): Date | null {
  const match = dayPattern.exec(day)
  if (!match) return null
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])]
  const start = new Date(year, month, date)
  if (start.getFullYear() !== year || start.getMonth() !== month || start.getDate() !== date) return null
  start.setDate(start.getDate() + offsetDays)
  return start
}

/** A date as the `YYYY-MM-DD` of the trainer's own calendar. */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * The API query for these filters: days become exact instants (the start of `from`, the start of the
 * day after `to`), so "until 31 March" means the end of 31 March where the trainer is.
 */
export function apiQuery(filters: ResultsFilterState, { includeTrainee = true }: { includeTrainee?: boolean } = {}): URLSearchParams {
  const query = new URLSearchParams()
  const from = localDayStart(filters.from)
  const to = localDayStart(filters.to, 1)
  if (from) query.set('from', from.toISOString())
  if (to) query.set('to', to.toISOString())
  if (filters.personaId) query.set('personaId', filters.personaId)
  if (includeTrainee && filters.traineeId) query.set('traineeId', filters.traineeId)
  return query
}

/** The filters kept in the page address, so a reload or the back button comes back to the same view. */
export function filtersFromSearch(search: string): ResultsFilterState {
  const params = new URLSearchParams(search)
  const day = (name: string) => {
    const value = params.get(name) ?? ''
    return localDayStart(value) ? value : ''
  }
  return { from: day('from'), to: day('to'), personaId: params.get('persona') ?? '', traineeId: params.get('trainee') ?? '' }
}

export function searchFromFilters(filters: ResultsFilterState): string {
  const params = new URLSearchParams()
  if (filters.from) params.set('from', filters.from)
  if (filters.to) params.set('to', filters.to)
  if (filters.personaId) params.set('persona', filters.personaId)
  if (filters.traineeId) params.set('trainee', filters.traineeId)
  const search = params.toString()
  return search ? `?${search}` : ''
}

/** A preset range ending today: the last `days` days, today included. */
export function lastDays(days: number, today: Date): Pick<ResultsFilterState, 'from' | 'to'> {
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1))
  return { from: localDay(start), to: localDay(today) }
}

/** What is wrong with the range, in words, or null when it is fine. */
export function rangeProblem(filters: Pick<ResultsFilterState, 'from' | 'to'>): string | null {
  if (filters.from && filters.to && filters.from > filters.to) return 'The start date is after the end date.'
  return null
}
