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

/** The active user behind a session token, or null when it is unknown, expired or the account is deactivated. */
export function findSessionUser(db: Database, { tokenHash, now }: { tokenHash: string; now: Date }) {
  return withDatabaseError('reading a login session', async () => {
    const [row] = await db
      .select({ user: users })
      .from(authSessions)
      .innerJoin(users, eq(users.id, authSessions.userId))
      .where(and(eq(authSessions.tokenHash, tokenHash), gt(authSessions.expiresAt, now), eq(users.active, true)))
    return row?.user ?? null
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
