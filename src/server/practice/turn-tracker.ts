/**
 * Counts the turns this process is running, so a shutdown can stop taking new ones and wait for
 * the running ones to finish (up to a grace period) before the database closes.
 */
export class TurnTracker {
  private active = 0
  private waiters: (() => void)[] = []
  draining = false

  get size(): number {
    return this.active
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    this.active += 1
    try {
      return await work()
    } finally {
      this.active -= 1
      if (this.active === 0) for (const wake of this.waiters.splice(0)) wake()
    }
  }

  /** Stops new turns and resolves true once none run, or false when `graceMs` ran out first. */
  drain(graceMs: number): Promise<boolean> {
    this.draining = true
    if (this.active === 0) return Promise.resolve(true)
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), graceMs)
      this.waiters.push(() => {
        clearTimeout(timer)
        resolve(true)
      })
    })
  }
}
