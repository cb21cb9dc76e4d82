import { AppError } from '../../app-error'

/** Wraps a driver error with what failed, so logs say "saving turn" rather than a bare SQL message. */
export async function withDatabaseError<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new DatabaseError(what, error)
  }
}

export class DatabaseError extends Error {
  constructor(what: string, cause: unknown) {
    super(`database error while ${what}`, { cause })
    this.name = 'DatabaseError'
  }
}

/** PostgreSQL unique-violation, as raised by postgres.js and PGlite alike (possibly wrapped by drizzle). */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: string }).code === '23505') return true
  }
  return false
}
