import type { DashboardData } from './results-api'
import { averageText, percentText, scoreText, weakestCriterion } from './results-figures'

/** How trainees fare with each customer, and what that customer most often exposes. */
export function PersonaTable({ personas, criteria }: Pick<DashboardData, 'personas' | 'criteria'>) {
  if (personas.length === 0) return <p className="empty">No calls in this range.</p>
  return (
    <div className="results-table-frame">
      <table className="results-table">
        <caption className="visually-hidden">Customers: calls, pass rate, average score and the weakest criterion.</caption>
        <thead>
          <tr>
            <th scope="col">Customer</th>
            <th scope="col" className="results-number">
              Calls
            </th>
            <th scope="col" className="results-number">
              Finished
            </th>
            <th scope="col" className="results-number">
              Pass rate
            </th>
            <th scope="col" className="results-number">
              Average
            </th>
            <th scope="col">Weakest criterion</th>
          </tr>
        </thead>
        <tbody>
          {personas.map((persona) => {
            const weakest = weakestCriterion(persona.criterionAverages, criteria)
            return (
              <tr key={persona.id}>
                <th scope="row">{persona.name}</th>
                <td className="results-number">{persona.calls}</td>
                <td className="results-number">{persona.endedCalls}</td>
                <td className="results-number">{percentText(persona.passRate)}</td>
                <td className="results-number">{scoreText(persona.averageScore)}</td>
                <td>{weakest ? `${weakest.title} (${averageText(weakest.average)} / 2)` : <span className="results-muted">–</span>}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
