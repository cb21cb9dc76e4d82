import type { UserRole } from '../../../../src/server/db/queries/user-queries'
import type { InvitationView } from '../../../../src/server/team/invitation-view'
import type { TeamMember } from '../../../../src/server/team/team-member-view'
import { json } from '../../api/api-client'

export type { InvitationView, TeamMember, UserRole }

/** A link the server shows once: at creation, re-issue or password reset. */
export interface IssuedLink {
  invitation: InvitationView
  link: string
}

const memberPath = (id: string, action: string) => `/api/team/members/${encodeURIComponent(id)}/${action}`
const invitationPath = (id: string, action: string) => `/api/team/invitations/${encodeURIComponent(id)}/${action}`

export const teamApi = {
  members: () => json<{ members: TeamMember[] }>('/api/team'),
  invitations: () => json<{ invitations: InvitationView[] }>('/api/team/invitations'),
  invite: (input: { role: UserRole; email?: string }) => json<IssuedLink>('/api/team/invitations', { body: input }),
  revoke: (id: string) => json<{ invitation: InvitationView }>(invitationPath(id, 'revoke'), { body: {} }),
  reissue: (id: string) => json<IssuedLink>(invitationPath(id, 'reissue'), { body: {} }),
  deactivate: (id: string) => json<{ member: TeamMember }>(memberPath(id, 'deactivate'), { body: {} }),
  reactivate: (id: string) => json<{ member: TeamMember }>(memberPath(id, 'reactivate'), { body: {} }),
  resetPassword: (id: string) => json<IssuedLink>(memberPath(id, 'password-reset'), { body: {} }),
}
