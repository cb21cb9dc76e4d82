import type { AssignmentStatus } from './assignment-api'
import { assignmentStatusLabel } from './assignment-labels'

/** A status as a badge: the word says it, the colour only repeats it. */
export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  const label = assignmentStatusLabel(status)
  return (
    <span className="assignment-status" data-tone={label.tone}>
      {label.text}
    </span>
  )
}
