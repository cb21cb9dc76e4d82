import { callModeLabel } from '../../labels/call-mode-label'
import { outcomeName } from '../../labels/outcome-name'
import { totalTone } from '../../labels/score-label'
import { Link } from '../../routing/link'
import type { ResultCall } from './results-api'
import { dateText, scoreText } from './results-figures'

/** Calls across the team, newest first; each opens the review screen. */
export function CallsTable({ calls }: { calls: readonly ResultCall[] }) {
  return (
    <div className="results-table-frame">
      <table className="results-table">
        <caption className="visually-hidden">Calls, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Trainee</th>
            <th scope="col">Customer</th>
            <th scope="col">Customer played by</th>
            <th scope="col">Outcome</th>
            <th scope="col" className="results-number">
              Score
            </th>
            <th scope="col" className="results-number">
              Reviewed
            </th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call) => (
            <tr key={call.id}>
              <td>{dateText(call.createdAt, true)}</td>
              <th scope="row">{call.traineeName}</th>
              <td>{call.personaName}</td>
              <td>{callModeLabel(call.mode)}</td>
              <td>{call.status === 'active' ? 'In progress' : outcomeName(call.outcome)}</td>
              <td className="results-number">
                <span className="results-score" data-tone={totalTone(call.score, call.passMark)}>
                  {scoreText(call.score)}
                  {call.passed !== null && <span className="results-pass">{call.passed ? ' ✓ passed' : ' ✗ below'}</span>}
                </span>
              </td>
              <td className="results-number">{call.reviewCount === 0 ? '–' : call.reviewCount}</td>
              <td>
                <Link href={`/results/calls/${encodeURIComponent(call.id)}`} aria-label={`Review ${call.traineeName}'s call with ${call.personaName}, ${dateText(call.createdAt, true)}`}>
                  Review
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
