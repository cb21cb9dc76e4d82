import { PageHeading } from '../../layout/page-heading'

/** Trainer: assign scenarios to trainees and follow their status. */
export function AssignmentsScreen() {
  return (
    <div className="page">
      <PageHeading>Assignments</PageHeading>
    </div>
  )
}
