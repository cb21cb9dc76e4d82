import type { TeamMemberRow } from '../db/queries/team-queries'

export function teamMemberView(member: TeamMemberRow, viewerId: string) {
  return {
    id: member.id,
    name: member.name,
    email: member.email,
    role: member.role,
    active: member.active,
    createdAt: member.createdAt.toISOString(),
    /** The latest sign-in activity or call; null when neither is on record. */
    lastActiveAt: member.lastActiveAt?.toISOString() ?? null,
    calls: member.calls,
    /** The trainer looking at the list (who can't deactivate themselves). */
    isYou: member.id === viewerId,
  }
}

export type TeamMember = ReturnType<typeof teamMemberView>
