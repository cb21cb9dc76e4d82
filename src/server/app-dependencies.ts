import type { Config } from './config'
import type { Database } from './db/database'
import type { LlmClient } from './llm/llm-client'
import type { Logger } from './logger'

/** Everything the app needs from outside, passed in so tests swap any of it. */
export interface AppDependencies {
  db: Database
  /** Throws when the database is unreachable (for /readyz). */
  pingDatabase: () => Promise<void>
  config: Config
  llm: { persona: LlmClient | null; grader: LlmClient | null }
  clock: () => Date
  newId: () => string
  logger: Logger
}
