import { serve } from '@hono/node-server'
import { issueFirstTrainerLink } from './auth/accounts'
import { bootstrap } from './bootstrap'
import { ConfigError, loadConfig } from './config'
import { createApp } from './create-app'
import { createJsonLogger } from './logger'

const logger = createJsonLogger()

async function main() {
  const config = loadConfig()
  const { dependencies, database } = await bootstrap(config, logger)
  // Without its database the server can only fail every request: stop, and let the supervisor start it again
  // (PGlite recovers its directory on the next start, as after any crash).
  void database.lost?.then((error) => {
    logger('error', 'the embedded database stopped; exiting so the server can be restarted', { error: error.message })
    process.exit(1)
  })
  const app = createApp(dependencies)
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const base = config.publicUrl ?? `http://localhost:${info.port}`
    logger('info', `toughcall is listening on ${base}`, { port: info.port, database: database.kind })
    if (!config.persona) {
      logger('warn', 'No model is configured: calls answer 503 model_not_configured. Set PERSONA_MODEL and GRADER_MODEL with LLM_BASE_URL (e.g. http://localhost:11434/v1 for Ollama) or LLM_API_KEY for OpenAI. See README "Connecting a model".')
    } else if (!config.grader) {
      logger('warn', 'No GRADER_MODEL is configured: turns get the rules-only grade.')
    }
    void issueFirstTrainerLink(dependencies).then((token) => {
      if (token) console.log(`\n  No accounts yet. Create the first trainer (link valid 24 h, works once):\n  ${base}/setup#token=${token}\n`)
    })
  })

  let stopping = false
  /** Stop taking connections and turns, let running turns finish (up to the grace period), then close the database. */
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    logger('info', 'shutting down: finishing running turns', { signal, runningTurns: dependencies.turns.size, graceMs: config.shutdownGraceMs })
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    if ('closeIdleConnections' in server) server.closeIdleConnections()
    const drained = await dependencies.turns.drain(config.shutdownGraceMs)
    if (!drained) logger('warn', 'grace period over; stopping with turns still running (their trainee turns are saved)', { runningTurns: dependencies.turns.size })
    // Let the last events of finished turns flush to their browsers before cutting what is left.
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2_000))])
    if ('closeAllConnections' in server) server.closeAllConnections()
    await database.close().catch((error) => logger('error', 'closing the database failed', { error: String(error) }))
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message)
  else console.error(error)
  process.exit(1)
})
