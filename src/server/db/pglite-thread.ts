import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { projectRoot } from '../project-root'

/** What drizzle's PGlite driver reads from a query's answer. */
export interface ThreadResults<Row = Record<string, unknown>> {
  rows: Row[]
  fields?: { name: string; dataTypeID: number }[]
  affectedRows?: number
}

interface QueryOptions {
  rowMode?: 'array' | 'object'
  /** Drizzle passes identity parsers for the types it wants as text (timestamps, intervals…): only their ids cross. */
  parsers?: Record<number, unknown>
}

/** The part of PGlite's API drizzle's PGlite driver uses, for the database and for one transaction. */
export interface PGliteLike {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<ThreadResults<Row>>
  exec(sql: string): Promise<ThreadResults[]>
}

type Request =
  | { op: 'query'; sql: string; params: unknown[]; rowMode?: 'array' | 'object'; textTypes: number[]; tx?: number }
  | { op: 'exec'; sql: string; tx?: number }
  | { op: 'begin' | 'commit' | 'rollback'; tx: number }
  | { op: 'close' }

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: SerialisedError }
type Startup = { op: 'ready' } | { op: 'failed'; error: SerialisedError }
type SerialisedError = { message: string; name?: string } & Record<string, string | number>

const workerFile = join(projectRoot, 'src', 'server', 'db', 'pglite-worker.mjs')

/**
 * PGlite on a thread of its own (`pglite-worker.mjs`). PGlite is PostgreSQL compiled to WebAssembly and
 * runs synchronously wherever it lives: on the main thread every query and transaction would stop every
 * reply stream for its duration. Here the main thread only posts messages; queries still run one at a
 * time, in order, and a transaction holds the database until it commits or rolls back, as in PGlite itself.
 */
export class PGliteThread implements PGliteLike {
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  private nextId = 1
  private nextTransaction = 1
  private stopped: Error | null = null
  private reportLoss: (error: Error) => void = () => undefined
  /** Settles with the reason when the thread stops without being closed (a crash): nothing more will answer. */
  readonly lost = new Promise<Error>((resolve) => (this.reportLoss = resolve))

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => this.settle(reply))
    worker.on('error', (error) => this.fail(new Error(`the embedded database stopped: ${error.message}`, { cause: error })))
    worker.on('exit', (code) => this.fail(new Error(`the embedded database's thread exited (code ${code})`)))
  }

  /** Starts the thread and opens the database in `dataDir` ('memory' for a throwaway one) with extra `settings`. */
  static async open(dataDir: string, settings: string[]): Promise<PGliteThread> {
    // The thread's own JavaScript only relays rows: a small young generation is plenty, and left at V8's
    // default it grew by ~60 MB under load (measured with the bench at 200 calls).
    const worker = new Worker(workerFile, { workerData: { dataDir, settings }, resourceLimits: { maxYoungGenerationSizeMb: 4 } })
    let onExit: (code: number) => void = () => undefined
    const startup = await new Promise<Startup>((resolve, reject) => {
      onExit = (code) => reject(new Error(`the embedded database's thread exited while opening (code ${code})`))
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.once('exit', onExit)
    }).catch(async (error: unknown) => {
      await worker.terminate()
      throw error
    })
    worker.off('exit', onExit)
    if (startup.op === 'failed') {
      await worker.terminate()
      throw reviveError(startup.error)
    }
    const thread = new PGliteThread(worker)
    // Idle, the thread keeps nothing alive; while a query is out it does (see `send`).
    worker.unref()
    return thread
  }

  query<Row = Record<string, unknown>>(sql: string, params: unknown[] = [], options: QueryOptions = {}, tx?: number): Promise<ThreadResults<Row>> {
    const textTypes = Object.keys(options.parsers ?? {}).map(Number)
    return this.send({ op: 'query', sql, params, rowMode: options.rowMode, textTypes, tx }) as Promise<ThreadResults<Row>>
  }

  exec(sql: string, tx?: number): Promise<ThreadResults[]> {
    return this.send({ op: 'exec', sql, tx }) as Promise<ThreadResults[]>
  }

  /** Runs `callback` in one transaction: committed when it returns, rolled back when it throws. */
  async transaction<T>(callback: (client: PGliteLike) => Promise<T>): Promise<T> {
    const tx = this.nextTransaction++
    await this.send({ op: 'begin', tx })
    const client: PGliteLike = {
      query: <Row,>(sql: string, params?: unknown[], options?: QueryOptions) => this.query<Row>(sql, params, options, tx),
      exec: (sql) => this.exec(sql, tx),
    }
    let result: T
    try {
      result = await callback(client)
    } catch (error) {
      await this.send({ op: 'rollback', tx }).catch(() => undefined)
      throw error
    }
    await this.send({ op: 'commit', tx })
    return result
  }

  async close(): Promise<void> {
    if (this.stopped) return
    try {
      await this.send({ op: 'close' })
    } finally {
      this.stopped ??= new Error('the embedded database is closed')
      await this.worker.terminate()
    }
  }

  private send(request: Request): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped)
    const id = this.nextId++
    if (this.pending.size === 0) this.worker.ref()
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.worker.postMessage({ id, ...request })
    })
  }

  private settle(reply: Reply) {
    const waiting = this.pending.get(reply.id)
    if (!waiting) return
    this.pending.delete(reply.id)
    if (this.pending.size === 0) this.worker.unref()
    if (reply.ok) waiting.resolve(reply.result)
    else waiting.reject(reviveError(reply.error))
  }

  private fail(error: Error) {
    if (!this.stopped) this.reportLoss(error)
    this.stopped ??= error
    for (const waiting of this.pending.values()) waiting.reject(error)
    this.pending.clear()
  }
}

/** A PostgreSQL error as PGlite raised it, with its fields (`code` 23505 and so on) for whoever inspects it. */
function reviveError(serialised: SerialisedError): Error {
  const { message, name, ...fields } = serialised
  return Object.assign(new Error(message), { name: name ?? 'Error' }, fields)
}
