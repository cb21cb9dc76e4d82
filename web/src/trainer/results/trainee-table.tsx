import { CallFigureCells, CallFigureHeadings } from './call-figure-cells'
import type { DashboardData } from './results-api'
import { dateText } from './results-figures'
import { ScoreSparkline } from './score-sparkline'

interface TraineeTableProps {
  trainees: DashboardData['trainees']
  /** The trainee whose calls the list below shows, if one is picked. */
  selectedId: string
  onSelect: (traineeId: string) => void
}

/** One row per trainee: how much they practise, how often they pass, and where their scores are heading. */
export function TraineeTable({ trainees, selectedId, onSelect }: TraineeTableProps) {
  if (trainees.length === 0) return <p className="empty">No trainees yet. Invite some from the Team page.</p>
  return (
    <div className="results-table-frame">
      <table className="results-table">
        <caption className="visually-hidden">Trainees: calls, pass rate, average score and trend. Pick a trainee to list their calls.</caption>
        <thead>
          <tr>
            <th scope="col">Trainee</th>
            <CallFigureHeadings />
            <th scope="col">Trend</th>
            <th scope="col">Last call</th>
          </tr>
        </thead>
        <tbody>
          {trainees.map((trainee) => (
            <tr key={trainee.id} data-selected={trainee.id === selectedId || undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="results-row-button"
                  aria-pressed={trainee.id === selectedId}
                  onClick={() => onSelect(trainee.id === selectedId ? '' : trainee.id)}
                >
                  {trainee.name}
                </button>
                {!trainee.active && <span className="tag">Deactivated</span>}
              </th>
              <CallFigureCells figures={trainee} />
              <td>
                <ScoreSparkline trend={trainee.trend} />
              </td>
              <td>{trainee.lastCallAt ? dateText(trainee.lastCallAt) : <span className="results-muted">No calls</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
