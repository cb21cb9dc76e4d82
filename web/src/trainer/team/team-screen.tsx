import { PageHeading } from '../../layout/page-heading'

/** Trainer: the team, invitations and password-reset links. */
export function TeamScreen() {
  return (
    <div className="page">
      <PageHeading>Team</PageHeading>
    </div>
  )
}
