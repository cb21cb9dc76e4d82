import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import postgres from 'postgres'
import { projectRoot } from '../project-root'
import { PGliteThread } from './pglite-thread'
import * as schema from './schema'

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | 'memory' }
  | { kind: 'postgres'; url: string; poolSize?: number }

export interface OpenDatabase {
  db: Database
  kind: DatabaseTarget['kind']
  ping(): Promise<void>
  close(): Promise<void>
  /** The embedded database only: settles when its thread dies under the server, which cannot go on without it. */
  lost?: Promise<Error>
}

const migrationsFolder = join(projectRoot, 'drizzle')
/** Any fixed number: every instance that starts at once waits on the same advisory lock, so one applies migrations. */
const migrationLockKey = 724_001

/**
 * PostgreSQL's default 128 MB of shared buffers lives inside PGlite's WASM memory and is soon all
 * resident; a team's data fits many times over in 16 MB, which takes ~150 MB off the server's RSS.
 * Added to PGlite's own start parameters (single-user mode and friends), never replacing them.
 */
const pgliteMemorySettings = ['-c', 'shared_buffers=16MB']

/** Opens the database and applies pending migrations (one schema and one history for both kinds). */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.kind === 'pglite') {
    if (target.dataDir !== 'memory') mkdirSync(target.dataDir, { recursive: true })
    const client = await PGliteThread.open(target.dataDir, pgliteMemorySettings)
    try {
      // Drizzle's PGlite driver uses only `query` and `transaction`, which the thread's client answers alike.
      const db = drizzlePglite({ client: client as unknown as PGlite, schema })
      await migratePglite(db, { migrationsFolder })
      return {
        db: db as unknown as Database,
        kind: 'pglite',
        ping: async () => void (await client.query('select 1')),
        close: () => client.close(),
        lost: client.lost,
      }
    } catch (error) {
      await client.close().catch(() => undefined)
      throw error
    }
  }

  const migrator = postgres(target.url, { max: 1, onnotice: () => {} })
  try {
    await migrator`select pg_advisory_lock(${migrationLockKey})`
    try {
      await migratePostgres(drizzlePostgres({ client: migrator }), { migrationsFolder })
    } finally {
      await migrator`select pg_advisory_unlock(${migrationLockKey})`
    }
  } finally {
    await migrator.end()
  }
  const client = postgres(target.url, { max: target.poolSize ?? 10, onnotice: () => {} })
  const db = drizzlePostgres({ client, schema })
  return {
    db: db as unknown as Database,
    kind: 'postgres',
    ping: async () => void (await client`select 1`),
    close: () => client.end({ timeout: 5 }),
  }
}
