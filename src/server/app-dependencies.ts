import type { Config } from './config'
import type { Database } from './db/database'
import type { LlmClient } from './llm/llm-client'
import type { Logger } from './logger'
import type { Metrics } from './metrics'
import type { TurnTracker } from './practice/turn-tracker'

/** Everything the app needs from outside, passed in so tests swap any of it. */
export interface AppDependencies {
  db: Database
  /** Throws when the database is unreachable (for /readyz). */
  pingDatabase: () => Promise<void>
  config: Config
  /** `perception` is null when the rules alone perceive trainee turns (PERCEPTION=rules, or no model). */
  llm: { persona: LlmClient | null; grader: LlmClient | null; perception: LlmClient | null }
  clock: () => Date
  newId: () => string
  logger: Logger
  /** The turns running in this process (for a graceful shutdown). */
  turns: TurnTracker
  metrics: Metrics
}
