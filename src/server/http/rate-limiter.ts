import { lt, sql } from 'drizzle-orm'
import type { Database } from '../db/database'
import { withDatabaseError } from '../db/queries/database-error'
import { rateLimitHits } from '../db/schema'

/**
 * Fixed-window counters kept in the database, so every server instance behind a load balancer
 * counts against the same limit. One upsert per hit.
 */
export class RateLimiter {
  constructor(
    private readonly db: Database,
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Counts one hit; returns the seconds to wait when over the limit, or 0 when allowed. */
  async hit(key: string): Promise<number> {
    const now = this.now()
    const windowStart = new Date(Math.floor(now / this.windowMs) * this.windowMs)
    const count = await withDatabaseError('counting a rate limit', async () => {
      const [row] = await this.db
        .insert(rateLimitHits)
        .values({ key: `${this.name}:${key}`, windowStart, count: 1 })
        .onConflictDoUpdate({ target: [rateLimitHits.key, rateLimitHits.windowStart], set: { count: sql`${rateLimitHits.count} + 1` } })
        .returning({ count: rateLimitHits.count })
      return row?.count ?? 1
    })
    // Old windows are swept now and then by whoever is counting; no background job needed.
    if (count === 1 && Math.random() < 0.02) {
      await this.db.delete(rateLimitHits).where(lt(rateLimitHits.windowStart, new Date(now - 3_600_000))).catch(() => {})
    }
    return count > this.limit ? Math.max(1, Math.ceil((windowStart.getTime() + this.windowMs - now) / 1000)) : 0
  }
}
