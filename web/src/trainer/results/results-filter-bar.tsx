import { lastDays, rangeProblem, type ResultsFilterState } from './results-filters-state'

interface ResultsFilterBarProps {
  filters: ResultsFilterState
  personas: readonly { id: string; name: string; archived: boolean }[]
  onChange: (next: ResultsFilterState) => void
}

/** Date range and customer: they narrow every figure, list and export on the page. */
export function ResultsFilterBar({ filters, personas, onChange }: ResultsFilterBarProps) {
  const problem = rangeProblem(filters)
  const set = (patch: Partial<ResultsFilterState>) => onChange({ ...filters, ...patch })
  return (
    <form className="results-filters" aria-label="Filter results" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label className="field-label" htmlFor="results-from">
          From
        </label>
        <input
          id="results-from"
          className="input"
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'results-range-problem' : undefined}
          onChange={(event) => set({ from: event.target.value })}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="results-to">
          To
        </label>
        <input
          id="results-to"
          className="input"
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'results-range-problem' : undefined}
          onChange={(event) => set({ to: event.target.value })}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="results-persona">
          Customer
        </label>
        <select id="results-persona" className="input" value={filters.personaId} onChange={(event) => set({ personaId: event.target.value })}>
          <option value="">All customers</option>
          {personas.map((persona) => (
            <option key={persona.id} value={persona.id}>
              {persona.name}
              {persona.archived ? ' (archived)' : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="results-filter-presets" role="group" aria-label="Quick date ranges">
        <button type="button" className="button button-quiet button-small" onClick={() => set(lastDays(7, new Date()))}>
          Last 7 days
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => set(lastDays(30, new Date()))}>
          Last 30 days
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => set({ from: '', to: '' })}>
          All time
        </button>
      </div>
      {problem && (
        <p id="results-range-problem" className="form-problem results-filters-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  )
}
