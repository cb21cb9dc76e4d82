// The embedded database's own thread: PGlite (PostgreSQL compiled to WebAssembly) runs here, so its work
// never holds up the event loop that streams the customers' replies. `pglite-thread.ts` is the other end.
// Plain JavaScript, so the same file runs under the TypeScript loader, under the test runner and beside
// the production bundle.
import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'

/** @type {{ dataDir: string, settings: string[] }} */
const { dataDir, settings } = workerData
const port = parentPort
if (!port) throw new Error('pglite-worker.mjs runs only as a worker thread')

/** Same values out as in: the caller (drizzle) asks for these types as PostgreSQL's text, unparsed. */
const asText = (value) => value

function queryOptions(message) {
  const parsers = Object.fromEntries((message.textTypes ?? []).map((oid) => [oid, asText]))
  return { rowMode: message.rowMode ?? 'object', parsers }
}

/** Everything a PostgreSQL error carries that callers look at (code 23505 and friends), as plain data. */
function describeError(error) {
  if (!(error instanceof Error)) return { message: String(error) }
  const described = { message: error.message, name: error.name }
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === 'string' || typeof value === 'number') described[key] = value
  }
  return described
}

/** Open transactions by id: each waits in PGlite's own `transaction` until the other end commits or rolls back. */
const transactions = new Map()

let db
try {
  // PGlite's start parameters (single-user mode and friends) stay; ours are added to them.
  const defaults = Array.isArray(PGlite.defaultStartParams) ? PGlite.defaultStartParams : null
  const options = defaults ? { startParams: [...defaults, ...settings] } : {}
  db = dataDir === 'memory' ? await PGlite.create(options) : await PGlite.create(dataDir, options)
  port.postMessage({ op: 'ready' })
} catch (error) {
  port.postMessage({ op: 'failed', error: describeError(error) })
}

function runner(message) {
  if (message.tx === undefined) return db
  const transaction = transactions.get(message.tx)
  if (!transaction) throw new Error(`transaction ${message.tx} is not open`)
  return transaction.client
}

async function handle(message) {
  switch (message.op) {
    case 'query':
      return runner(message).query(message.sql, message.params ?? [], queryOptions(message))
    case 'exec':
      return runner(message).exec(message.sql)
    case 'begin':
      return new Promise((opened, failed) => {
        const transaction = {}
        transaction.settled = db
          .transaction(
            (client) =>
              new Promise((commit, rollback) => {
                Object.assign(transaction, { client, commit, rollback })
                transactions.set(message.tx, transaction)
                opened(undefined)
              }),
          )
          .finally(() => transactions.delete(message.tx))
        // Before it opens, a failure fails `begin`; after, `commit` or `rollback` reads it.
        transaction.settled.catch(failed)
      })
    case 'commit':
    case 'rollback': {
      const transaction = transactions.get(message.tx)
      if (!transaction) throw new Error(`transaction ${message.tx} is not open`)
      if (message.op === 'commit') transaction.commit(undefined)
      else transaction.rollback(new Error('rolled back'))
      try {
        await transaction.settled
      } catch (error) {
        if (message.op === 'commit') throw error
      }
      return undefined
    }
    case 'close':
      await db.close()
      return undefined
    default:
      throw new Error(`unknown operation ${message.op}`)
  }
}

port.on('message', (message) => {
  handle(message).then(
    (result) => port.postMessage({ id: message.id, ok: true, result }),
    (error) => port.postMessage({ id: message.id, ok: false, error: describeError(error) }),
  )
})
