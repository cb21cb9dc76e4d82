import { useCallback, useEffect, useState } from 'react'
import { PageHeading } from '../../layout/page-heading'
import { InvitationsTable } from './invitations-table'
import { InviteForm } from './invite-form'
import { MembersTable } from './members-table'
import { type InvitationView, type TeamMember, teamApi } from './team-api'

type Loaded = { members: TeamMember[]; invitations: InvitationView[] }

/** Trainer: the team, invitations and password-reset links. */
export function TeamScreen() {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const [{ members }, { invitations }] = await Promise.all([teamApi.members(), teamApi.invitations()])
      setLoaded({ members, invitations })
      setProblem(null)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not load the team.')
    }
  }, [])

  useEffect(() => {
    document.title = 'Team · toughcall'
    void load()
  }, [load])

  const reload = () => void load()
  return (
    <div className="page team">
      <PageHeading>Team</PageHeading>
      <p className="page-intro">
        Invite trainees and trainers with a link, and decide who can sign in. Deactivated accounts keep their calls for you to review.
      </p>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}{' '}
          <button type="button" className="button button-small" onClick={reload}>
            Try again
          </button>
        </p>
      )}
      <section className="panel" aria-labelledby="invite-title">
        <h2 id="invite-title" className="section-title">
          Invite someone
        </h2>
        <p className="section-intro">You get a link to send them. They choose their name and password with it.</p>
        <InviteForm onIssued={reload} />
      </section>
      {!loaded && !problem && (
        <p className="page-loading" role="status">
          Loading the team…
        </p>
      )}
      {loaded && (
        <>
          <section className="team-section" aria-labelledby="members-title">
            <h2 id="members-title" className="section-title">
              Members ({loaded.members.filter((member) => member.active).length} active)
            </h2>
            <MembersTable members={loaded.members} onChanged={reload} />
          </section>
          <section className="team-section" aria-labelledby="invitations-title">
            <h2 id="invitations-title" className="section-title">
              Invitation and reset links
            </h2>
            <p className="section-intro">Links are shown only when made. Lost one, or it expired? Re-issue it: the old link stops working.</p>
            <InvitationsTable invitations={loaded.invitations} onChanged={reload} />
          </section>
        </>
      )}
    </div>
  )
}
