/**
 * A fixed-window counter per key, in this process's memory. Enough for one instance; several
 * instances behind a load balancer each count on their own until the shared store lands (issue 9).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Counts one hit; returns the seconds to wait when over the limit, or 0 when allowed. */
  hit(key: string): number {
    const now = this.now()
    let window = this.windows.get(key)
    if (!window || now - window.startedAt >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(now)
      window = { startedAt: now, count: 0 }
      this.windows.set(key, window)
    }
    window.count += 1
    return window.count > this.limit ? Math.ceil((window.startedAt + this.windowMs - now) / 1000) : 0
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(key)
  }
}
