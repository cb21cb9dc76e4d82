import type { AssignmentSummary } from './assignment-api'
import { assignmentModeText, audienceText, dueRelative, passMarkText, shortDate } from './assignment-labels'

interface AssignmentTableProps {
  assignments: readonly AssignmentSummary[]
  openId: string | null
  onOpen: (id: string) => void
  caption: string
}

/** The trainer's assignments: scenario, audience, due date, pass mark, and how many trainees are where. */
export function AssignmentTable({ assignments, openId, onOpen, caption }: AssignmentTableProps) {
  const now = new Date()
  return (
    <div className="assignment-table-frame">
      <table className="data-table assignment-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">For</th>
            <th scope="col">Due</th>
            <th scope="col">Pass mark</th>
            <th scope="col">
              Not started
            </th>
            <th scope="col">Attempted</th>
            <th scope="col">Passed</th>
            <th scope="col">
              <span className="visually-hidden">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((assignment) => {
            const name = assignment.personaName ?? assignment.personaId
            return (
              <tr key={assignment.id} data-open={openId === assignment.id || undefined}>
                <th scope="row">
                  {name}
                  <span className="assignment-help">
                    {assignmentModeText(assignment.mode)}
                    {!assignment.personaAvailable && !assignment.withdrawnAt && ' · scenario unavailable'}
                  </span>
                </th>
                <td>{audienceText(assignment)}</td>
                <td data-overdue={assignment.overdueCount > 0 || undefined}>
                  {assignment.dueAt ? (
                    <>
                      {shortDate(new Date(assignment.dueAt))}
                      <span className="assignment-help">{dueRelative(assignment.dueAt, now)}</span>
                    </>
                  ) : (
                    '–'
                  )}
                  {assignment.overdueCount > 0 && <span className="assignment-overdue-tag">{assignment.overdueCount} overdue</span>}
                </td>
                <td>{passMarkText(assignment)}</td>
                <td className="assignment-count">{assignment.counts.not_started}</td>
                <td className="assignment-count">{assignment.counts.attempted}</td>
                <td className="assignment-count" data-tone="good">
                  {assignment.counts.passed}
                </td>
                <td>
                  <button type="button" className="button button-small" aria-pressed={openId === assignment.id} onClick={() => onOpen(assignment.id)} aria-label={`Details of “${name}”`}>
                    Details
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
