import type { CallMode } from '../api/api-types'

/** The trainee's assignments, shown first on the home screen with their status. */
export function AssignmentList(_props: { mode: CallMode }) {
  return null
}
