import { randomBytes } from 'node:crypto'
import postgres from 'postgres'
import { openDatabase, type OpenDatabase } from '../../src/server/db/database'

let sharedPglite: Promise<OpenDatabase> | undefined

/**
 * A migrated database for one test: PGlite in memory, or — when TEST_DATABASE_URL is set — a new
 * PostgreSQL database on that server, dropped again on close. Starting PGlite costs seconds, so
 * the tests of one file share one in-memory instance unless they ask for a `fresh` one; tests
 * stay apart by creating their own users.
 */
export async function openTestDatabase({ fresh = false }: { fresh?: boolean } = {}): Promise<OpenDatabase> {
  const url = process.env.TEST_DATABASE_URL
  if (!url && fresh) return openDatabase({ kind: 'pglite', dataDir: 'memory' })
  if (!url) {
    sharedPglite ??= openDatabase({ kind: 'pglite', dataDir: 'memory' })
    // Closed with the worker; closing it per test would cost the next test a new one.
    return { ...(await sharedPglite), close: async () => {} }
  }
  const name = `toughcall_test_${randomBytes(6).toString('hex')}`
  const admin = postgres(url, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)
  const target = new URL(url)
  target.pathname = `/${name}`
  const database = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 4 })
  return {
    ...database,
    close: async () => {
      await database.close()
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}
