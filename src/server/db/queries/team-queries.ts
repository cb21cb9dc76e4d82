import { and, asc, count, desc, eq, gt, isNull, max, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { AppError } from '../../app-error'
import type { Database } from '../database'
import { authSessions, invitations, practiceSessions, users } from '../schema'
import { isUniqueViolation, withDatabaseError } from './database-error'
import type { UserRow } from './user-queries'

export type InvitationRow = typeof invitations.$inferSelect
export type NewInvitation = Omit<InvitationRow, 'usedAt' | 'revokedAt'>
export type InvitationListRow = InvitationRow & { createdByName: string; userName: string | null; userEmail: string | null }

export function createInvitation(db: Database, input: NewInvitation) {
  return withDatabaseError('creating an invitation', async () => {
    const [row] = await db.insert(invitations).values(input).returning()
    return row!
  })
}

const creator = alias(users, 'creator')
const account = alias(users, 'account')

const invitationListColumns = {
  id: invitations.id,
  tokenHash: invitations.tokenHash,
  kind: invitations.kind,
  role: invitations.role,
  email: invitations.email,
  userId: invitations.userId,
  createdBy: invitations.createdBy,
  expiresAt: invitations.expiresAt,
  usedAt: invitations.usedAt,
  revokedAt: invitations.revokedAt,
  createdAt: invitations.createdAt,
  createdByName: creator.name,
  userName: account.name,
  userEmail: account.email,
}

/** Newest first, with who made each link and whose account it made or resets. */
export function listInvitations(db: Database, { limit }: { limit: number }): Promise<InvitationListRow[]> {
  return withDatabaseError('listing invitations', () =>
    db
      .select(invitationListColumns)
      .from(invitations)
      .innerJoin(creator, eq(creator.id, invitations.createdBy))
      .leftJoin(account, eq(account.id, invitations.userId))
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .limit(limit),
  )
}

/** One invitation as `listInvitations` shows it. */
export function findInvitation(db: Database, { id }: { id: string }): Promise<InvitationListRow | null> {
  return withDatabaseError('reading an invitation', async () => {
    const [row] = await db
      .select(invitationListColumns)
      .from(invitations)
      .innerJoin(creator, eq(creator.id, invitations.createdBy))
      .leftJoin(account, eq(account.id, invitations.userId))
      .where(eq(invitations.id, id))
    return row ?? null
  })
}

/** The link behind a token, with the account a password reset is for (null for an invitation). */
export function findInvitationByToken(db: Database, { tokenHash }: { tokenHash: string }) {
  return withDatabaseError('looking up an invitation', async () => {
    const [row] = await db
      .select({ invitation: invitations, user: account })
      .from(invitations)
      .leftJoin(account, eq(account.id, invitations.userId))
      .where(eq(invitations.tokenHash, tokenHash))
    return row ?? null
  })
}

/** Revokes a link not yet used (revoking twice keeps the first time); null when it is unknown or already used. */
export function revokeInvitation(db: Database, { id, now }: { id: string; now: Date }) {
  return withDatabaseError('revoking an invitation', async () => {
    const [row] = await revokeUnused(db, { id, now })
    return row ?? null
  })
}

/** Marks a link revoked unless it was used; revoking twice keeps the first time. Answers the revoked row, if any. */
function revokeUnused(db: Database, { id, now }: { id: string; now: Date }) {
  return db
    .update(invitations)
    .set({ revokedAt: sql`coalesce(${invitations.revokedAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(invitations.id, id), isNull(invitations.usedAt)))
    .returning()
}

/** Revokes `id` and stores `next` in its place, in one transaction; null (and nothing stored) when `id` is unknown or used. */
export function replaceInvitation(db: Database, { id, now, next }: { id: string; now: Date; next: NewInvitation }) {
  return withDatabaseError('re-issuing an invitation', () =>
    db.transaction(async (transaction) => {
      const [old] = await revokeUnused(transaction, { id, now })
      if (!old) return null
      const [row] = await transaction.insert(invitations).values(next).returning()
      return row!
    }),
  )
}

/** Stores a password-reset link and revokes that account's earlier unused ones, so only the newest works. */
export function issuePasswordReset(db: Database, { now, next }: { now: Date; next: NewInvitation & { userId: string } }) {
  return withDatabaseError('issuing a password reset', () =>
    db.transaction(async (transaction) => {
      await transaction
        .update(invitations)
        .set({ revokedAt: now })
        .where(and(eq(invitations.kind, 'password_reset'), eq(invitations.userId, next.userId), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
      const [row] = await transaction.insert(invitations).values(next).returning()
      return row!
    }),
  )
}

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0]

/** Marks the link used if it still works: the conditional UPDATE is what makes a link single use, even under concurrent accepts. */
async function claim(transaction: Transaction, { tokenHash, kind, now }: { tokenHash: string; kind: InvitationRow['kind']; now: Date }) {
  const [row] = await transaction
    .update(invitations)
    .set({ usedAt: now })
    .where(
      and(
        eq(invitations.tokenHash, tokenHash),
        eq(invitations.kind, kind),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .returning()
  return row ?? null
}

/**
 * Uses an invitation and makes its account, atomically: null when the link no longer works (used,
 * revoked or expired meanwhile), and nothing is used up when the account can't be made.
 */
export function acceptInvite(
  db: Database,
  { tokenHash, now, user }: { tokenHash: string; now: Date; user: { id: string; email: string; name: string; passwordHash: string } },
) {
  return withDatabaseError('accepting an invitation', () =>
    db.transaction(async (transaction) => {
      const invitation = await claim(transaction, { tokenHash, kind: 'invite', now })
      if (!invitation) return null
      let created: UserRow
      try {
        ;[created] = (await transaction
          .insert(users)
          .values({ ...user, role: invitation.role, createdAt: now })
          .returning()) as [UserRow]
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('conflict:email_taken', 'That email already has an account. Sign in instead, or ask your trainer for a password reset.')
        throw error
      }
      await transaction.update(invitations).set({ userId: created.id }).where(eq(invitations.id, invitation.id))
      return { invitation, user: created }
    }),
  )
}

/**
 * Uses a password-reset link: sets the new password and ends every sign-in of that account, atomically.
 * Null when the link no longer works; when the account was deactivated meanwhile, nothing changes.
 */
export function acceptPasswordReset(db: Database, { tokenHash, now, passwordHash }: { tokenHash: string; now: Date; passwordHash: string }) {
  return withDatabaseError('resetting a password', () =>
    db.transaction(async (transaction) => {
      const invitation = await claim(transaction, { tokenHash, kind: 'password_reset', now })
      if (!invitation?.userId) return null
      const [user] = await transaction
        .update(users)
        .set({ passwordHash })
        .where(and(eq(users.id, invitation.userId), eq(users.active, true)))
        .returning()
      // Throwing rolls the claim back too, so the link still works once the account is reactivated.
      if (!user) throw new AppError('forbidden:account_inactive', 'This account has been deactivated. Ask a trainer to reactivate it.')
      await transaction.delete(authSessions).where(eq(authSessions.userId, user.id))
      return { invitation, user }
    }),
  )
}

/**
 * Accounts with their number of calls and when they were last active. Sign-ins are forgotten at
 * sign-out and calls are kept, so "last active" is the later of the latest sign-in activity and call.
 */
function memberQuery(db: Database) {
  const calls = db
    .select({ userId: practiceSessions.userId, count: count().as('call_count'), lastCallAt: max(practiceSessions.createdAt).as('last_call_at') })
    .from(practiceSessions)
    .groupBy(practiceSessions.userId)
    .as('calls')
  const signIns = db
    .select({ userId: authSessions.userId, lastSeenAt: max(authSessions.lastSeenAt).as('last_seen_at') })
    .from(authSessions)
    .groupBy(authSessions.userId)
    .as('sign_ins')
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      createdAt: users.createdAt,
      calls: sql<number>`coalesce(${calls.count}, 0)`.mapWith(Number),
      lastActiveAt: sql<Date | null>`greatest(${signIns.lastSeenAt}, ${calls.lastCallAt})`.mapWith(users.createdAt),
    })
    .from(users)
    .leftJoin(calls, eq(calls.userId, users.id))
    .leftJoin(signIns, eq(signIns.userId, users.id))
    .$dynamic()
}

export type TeamMemberRow = Awaited<ReturnType<typeof listTeamMembers>>[number]

/** Every account, active ones first, then trainers before trainees, by name. */
export function listTeamMembers(db: Database) {
  return withDatabaseError('listing the team', () =>
    memberQuery(db).orderBy(desc(users.active), desc(users.role), asc(sql`lower(${users.name})`), asc(users.id)),
  )
}

export function findTeamMember(db: Database, { id }: { id: string }): Promise<TeamMemberRow | null> {
  return withDatabaseError('reading a team member', async () => {
    const [row] = await memberQuery(db).where(eq(users.id, id))
    return row ?? null
  })
}

/**
 * Deactivates an account and ends its sign-ins (its calls stay). Locks the active trainers first, so
 * two trainers deactivating each other at once can't leave the team without one.
 */
export function deactivateMember(db: Database, { userId }: { userId: string }) {
  return withDatabaseError('deactivating an account', () =>
    db.transaction(async (transaction) => {
      const activeTrainers = await transaction
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, 'trainer'), eq(users.active, true)))
        .for('update')
      const [target] = await transaction.select().from(users).where(eq(users.id, userId)).for('update')
      if (!target) return { outcome: 'not_found' as const }
      if (target.role === 'trainer' && target.active && activeTrainers.every((trainer) => trainer.id === userId)) return { outcome: 'last_trainer' as const }
      const [user] = await transaction.update(users).set({ active: false }).where(eq(users.id, userId)).returning()
      await transaction.delete(authSessions).where(eq(authSessions.userId, userId))
      return { outcome: 'deactivated' as const, user: user! }
    }),
  )
}

export function reactivateMember(db: Database, { userId }: { userId: string }) {
  return withDatabaseError('reactivating an account', async () => {
    const [row] = await db.update(users).set({ active: true }).where(eq(users.id, userId)).returning()
    return row ?? null
  })
}
