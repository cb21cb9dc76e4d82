import { randomUUID } from 'node:crypto'
import { detectSignals } from '../grader/signals'
import { builtinPersonas } from '../personas/builtin'
import type { AppDependencies } from './app-dependencies'
import type { Config } from './config'
import { openDatabase, type OpenDatabase } from './db/database'
import { seedBuiltinPersonas } from './db/queries/persona-queries'
import { seedDefaultRubric } from './db/queries/rubric-queries'
import { defaultRubric } from '../grader/rubric'
import type { LlmClient } from './llm/llm-client'
import { createOpenAiLlmClient } from './llm/openai-llm-client'
import type { Logger } from './logger'
import { clearTurnSlots } from './db/queries/practice-queries'
import { TurnTracker } from './practice/turn-tracker'
import { Metrics } from './metrics'

/** Opens the database (migrating it), seeds the built-in personas and wires the model clients. */
export async function bootstrap(config: Config, logger: Logger): Promise<{ dependencies: AppDependencies; database: OpenDatabase }> {
  const database = await openDatabase(config.database.kind === 'postgres' ? config.database : { kind: 'pglite', dataDir: config.database.dataDir })
  await seedBuiltinPersonas(database.db, { specs: builtinPersonas })
  await seedDefaultRubric(database.db, { rubric: defaultRubric })
  // PGlite lets one process open the directory, so any in-flight marker left is from a crashed run of
  // this one: clear it, and the interrupted calls can go on at once. (PostgreSQL markers expire instead.)
  if (database.kind === 'pglite') await clearTurnSlots(database.db)
  // The signal rules compile their patterns and load the NLP lexicon on first use (~0.5 s): pay that at start,
  // not on the first trainee's first turn.
  detectSignals('Sorry to hear that, Sam. Could you tell me the date it was delivered?', { customerName: 'Sam Lee', previousTraineeTexts: ['Hello there.'] })
  const llmClient = (role: 'persona' | 'grader' | 'perception'): LlmClient | null => {
    const settings = config[role]
    if (!settings) return null
    return createOpenAiLlmClient({
      baseURL: settings.baseURL,
      apiKey: settings.apiKey,
      model: settings.model,
      timeoutMs: config.llm.timeoutMs,
      idleTimeoutMs: config.llm.idleTimeoutMs,
      maxRetries: config.llm.maxRetries,
    })
  }
  return {
    database,
    dependencies: {
      db: database.db,
      pingDatabase: database.ping,
      config,
      llm: { persona: llmClient('persona'), grader: llmClient('grader'), perception: llmClient('perception') },
      clock: () => new Date(),
      newId: randomUUID,
      logger,
      turns: new TurnTracker(),
      metrics: new Metrics(),
    },
  }
}
