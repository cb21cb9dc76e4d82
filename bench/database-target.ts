/**
 * A throwaway database for one bench run: a PGlite directory under the system temp dir, or a new
 * PostgreSQL database on the given server, dropped again afterwards.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import type { DatabaseTarget } from '../src/server/db/database'

export interface BenchDatabase {
  kind: 'pglite' | 'postgres'
  target: DatabaseTarget
  /** What the server gets in its environment. */
  environment: Record<string, string>
  drop(): Promise<void>
}

export async function createBenchDatabase(kind: 'pglite' | 'postgres', postgresUrl: string): Promise<BenchDatabase> {
  if (kind === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'toughcall-bench-'))
    return {
      kind,
      target: { kind: 'pglite', dataDir },
      environment: { DATA_DIR: dataDir },
      drop: () => rm(dataDir, { recursive: true, force: true }),
    }
  }
  const name = `toughcall_bench_${randomBytes(5).toString('hex')}`
  const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} })
  try {
    await admin.unsafe(`create database ${name}`)
  } catch (error) {
    await admin.end()
    throw new Error(`Could not create a PostgreSQL database at ${postgresUrl} (use --postgres-url): ${(error as Error).message}`)
  }
  const url = new URL(postgresUrl)
  url.pathname = `/${name}`
  return {
    kind,
    target: { kind: 'postgres', url: url.toString() },
    environment: { DATABASE_URL: url.toString() },
    drop: async () => {
      try {
        await admin.unsafe(`drop database if exists ${name} with (force)`)
      } finally {
        await admin.end()
      }
    },
  }
}
