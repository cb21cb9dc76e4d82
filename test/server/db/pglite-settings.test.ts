import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/server/db/database'

describe('the embedded database', () => {
  it('runs PGlite with small shared buffers on top of its own start parameters', { timeout: 60_000 }, async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' })
    try {
      const result = (await database.db.execute(sql`show shared_buffers`)) as unknown as { rows: { shared_buffers: string }[] }
      expect(result.rows[0]?.shared_buffers).toBe('16MB')
      // PGlite's defaults are still in force (search_path=public), and the migrations ran under them.
      const path = (await database.db.execute(sql`show search_path`)) as unknown as { rows: { search_path: string }[] }
      expect(path.rows[0]?.search_path).toBe('public')
      await database.db.execute(sql`select count(*) from users`)
    } finally {
      await database.close()
    }
  })
})
