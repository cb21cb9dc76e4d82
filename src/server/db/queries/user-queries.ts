import { and, eq, gt, isNull, sql } from 'drizzle-orm'
import type { Database } from '../database'
import { authSessions, setupTokens, users } from '../schema'
import { withDatabaseError } from './database-error'

export type UserRole = 'trainee' | 'trainer'
export type UserRow = typeof users.$inferSelect

export function createUser(db: Database, input: { id: string; email: string; name: string; role: UserRole; passwordHash: string }) {
  return withDatabaseError('creating a user', async () => {
    const [row] = await db.insert(users).values(input).returning()
    return row!
  })
}

export function findUserByEmail(db: Database, { email }: { email: string }) {
  return withDatabaseError('finding a user', async () => {
    const [row] = await db
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    return row ?? null
  })
}

export function countUsers(db: Database) {
  return withDatabaseError('counting users', async () => {
    const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(users)
    return row?.count ?? 0
  })
}

export function createAuthSession(db: Database, input: { tokenHash: string; userId: string; expiresAt: Date }) {
  return withDatabaseError('creating a login session', () => db.insert(authSessions).values(input))
}

/**
 * The active user behind a session token, or null when it is unknown, past its absolute expiry,
 * idle for longer than `idleMs`, or the account is deactivated. Refreshes the idle clock at most
 * every five minutes, so reads don't each cost a write.
 */
export function findSessionUser(db: Database, { tokenHash, now, idleMs }: { tokenHash: string; now: Date; idleMs: number }) {
  return withDatabaseError('reading a login session', async () => {
    const [row] = await db
      .select({ user: users, lastSeenAt: authSessions.lastSeenAt })
      .from(authSessions)
      .innerJoin(users, eq(users.id, authSessions.userId))
      .where(
        and(
          eq(authSessions.tokenHash, tokenHash),
          gt(authSessions.expiresAt, now),
          gt(authSessions.lastSeenAt, new Date(now.getTime() - idleMs)),
          eq(users.active, true),
        ),
      )
    if (!row) return null
    if (now.getTime() - row.lastSeenAt.getTime() > 5 * 60_000) {
      await db.update(authSessions).set({ lastSeenAt: now }).where(eq(authSessions.tokenHash, tokenHash))
    }
    return row.user
  })
}

export function deleteAuthSession(db: Database, { tokenHash }: { tokenHash: string }) {
  return withDatabaseError('ending a login session', () => db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash)))
}

export function createSetupToken(db: Database, input: { tokenHash: string; purpose: string; expiresAt: Date }) {
  return withDatabaseError('creating a setup link', () => db.insert(setupTokens).values(input))
}

/** Marks a one-time token used; returns false when it was unknown, expired or already used (atomic, so a link works once). */
export function consumeSetupToken(db: Database, { tokenHash, purpose, now }: { tokenHash: string; purpose: string; now: Date }) {
  return withDatabaseError('using a setup link', async () => {
    const rows = await db
      .update(setupTokens)
      .set({ usedAt: now })
      .where(and(eq(setupTokens.tokenHash, tokenHash), eq(setupTokens.purpose, purpose), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, now)))
      .returning({ tokenHash: setupTokens.tokenHash })
    return rows.length === 1
  })
}

export function findUserById(db: Database, { id }: { id: string }) {
  return withDatabaseError('reading a user', async () => {
    const [row] = await db.select().from(users).where(eq(users.id, id))
    return row ?? null
  })
}
