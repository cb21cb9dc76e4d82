import { CallFigureCells, CallFigureHeadings } from './call-figure-cells'
import type { DashboardData } from './results-api'
import { averageText, weakestCriterion } from './results-figures'

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
            <CallFigureHeadings />
            <th scope="col">Weakest criterion</th>
          </tr>
        </thead>
        <tbody>
          {personas.map((persona) => {
            const weakest = weakestCriterion(persona.criterionAverages, criteria)
            return (
              <tr key={persona.id}>
                <th scope="row">{persona.name}</th>
                <CallFigureCells figures={persona} />
                <td>{weakest ? `${weakest.title} (${averageText(weakest.average)} / 2)` : <span className="results-muted">–</span>}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
