import { averageTone } from '../../labels/score-label'
import type { DashboardData, ResultFigures } from './results-api'
import { averageText } from './results-figures'

/** Average per criterion (0–2) for the team, each customer and each trainee, as a grid. */
export function CriterionAveragesTable({ overall, trainees, personas, criteria }: Pick<DashboardData, 'overall' | 'trainees' | 'personas' | 'criteria'>) {
  const rows: Array<{ key: string; label: string; group: string; figures: ResultFigures }> = [
    { key: 'team', label: 'Whole team', group: 'team', figures: overall },
    ...personas.map((persona) => ({ key: `persona-${persona.id}`, label: persona.name, group: 'persona', figures: persona })),
    ...trainees.filter((trainee) => trainee.endedCalls > 0).map((trainee) => ({ key: `trainee-${trainee.id}`, label: trainee.name, group: 'trainee', figures: trainee })),
  ]
  return (
    <div className="results-table-frame">
      <table className="results-table results-criteria-table">
        <caption className="visually-hidden">Average score out of 2 on each criterion, for the team, each customer and each trainee with finished calls.</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Who</span>
            </th>
            {criteria.map((criterion) => (
              <th key={criterion.id} scope="col" className="results-number">
                {criterion.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-group={row.group}>
              <th scope="row">
                {row.label}
                {row.group === 'persona' && <span className="visually-hidden"> (customer)</span>}
              </th>
              {criteria.map((criterion) => {
                const average = row.figures.criterionAverages[criterion.id] ?? null
                return (
                  <td key={criterion.id} className="results-number results-average" data-tone={averageTone(average)}>
                    {averageText(average)}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
