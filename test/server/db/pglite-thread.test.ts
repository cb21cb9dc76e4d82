import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PGliteThread } from '../../../src/server/db/pglite-thread'
import { isUniqueViolation } from '../../../src/server/db/queries/database-error'

describe('PGlite on its own thread', () => {
  let thread: PGliteThread

  beforeAll(async () => {
    thread = await PGliteThread.open('memory', [])
    await thread.exec('create table notes (id int primary key, body text not null, at timestamptz)')
  })
  afterAll(() => thread.close())

  it('answers queries with parameters, in object or array rows, with the asked-for types left as text', async () => {
    await thread.query('insert into notes (id, body, at) values ($1, $2, $3)', [1, 'first', '2026-01-02T03:04:05Z'])
    const objects = await thread.query('select id, body from notes where id = $1', [1])
    expect(objects.rows).toEqual([{ id: 1, body: 'first' }])
    const arrays = await thread.query('select id, at from notes where id = $1', [1], { rowMode: 'array', parsers: { 1184: (value: string) => value } })
    expect(arrays.rows).toEqual([[1, '2026-01-02 03:04:05+00']])
    expect(arrays.fields?.map((field) => field.name)).toEqual(['id', 'at'])
    const parsed = await thread.query<{ at: Date }>('select at from notes where id = 1')
    expect(parsed.rows[0]).toEqual({ at: new Date('2026-01-02T03:04:05Z') })
  })

  it('commits a transaction whose callback returns, and rolls back one that throws', async () => {
    const result = await thread.transaction(async (client) => {
      await client.query('insert into notes (id, body) values (2, $1)', ['kept'])
      return 'done'
    })
    expect(result).toBe('done')
    await expect(
      thread.transaction(async (client) => {
        await client.query('insert into notes (id, body) values (3, $1)', ['dropped'])
        throw new Error('changed my mind')
      }),
    ).rejects.toThrow('changed my mind')
    const ids = await thread.query<{ id: number }>('select id from notes order by id')
    expect(ids.rows.map((row) => row.id)).toEqual([1, 2])
  })

  it('holds other queries until an open transaction ends, so they never see half of it', async () => {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const transaction = thread.transaction(async (client) => {
      await client.query("insert into notes (id, body) values (4, 'a')")
      await held
      await client.query("insert into notes (id, body) values (5, 'b')")
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const outside = thread.query<{ count: number }>('select count(*)::int as count from notes where id in (4, 5)')
    const raced = await Promise.race([outside.then(() => 'answered'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 100))])
    expect(raced).toBe('waiting')
    release()
    await transaction
    expect((await outside).rows[0]?.count).toBe(2)
  })

  it("passes PostgreSQL's error fields through (a unique violation is still recognised as one)", async () => {
    const failure = await thread.query("insert into notes (id, body) values (1, 'again')").catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(Error)
    expect(failure).toMatchObject({ code: '23505', message: expect.stringContaining('duplicate key') })
    expect(isUniqueViolation(failure)).toBe(true)
    // The database is fine afterwards.
    expect((await thread.query('select 1 as ok')).rows).toEqual([{ ok: 1 }])
  })
})

describe('opening and closing the thread', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'toughcall-pglite-thread-'))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('fails to open, with the reason, when the data directory cannot be used', async () => {
    const notADirectory = join(scratch, 'file')
    writeFileSync(notADirectory, 'not a database')
    await expect(PGliteThread.open(notADirectory, [])).rejects.toThrow()
  })

  it('reports a thread that dies under it as lost, and refuses queries with the reason', async () => {
    const thread = await PGliteThread.open('memory', [])
    // What a crash of the WebAssembly runtime looks like from outside: the thread is simply gone.
    await (thread as unknown as { worker: Worker }).worker.terminate()
    expect((await thread.lost).message).toMatch(/exited/)
    await expect(thread.query('select 1')).rejects.toThrow(/exited/)
  })

  it('keeps data in a directory across a close and a reopen; a closed thread refuses queries clearly', async () => {
    const dataDir = join(scratch, 'data')
    const first = await PGliteThread.open(dataDir, [])
    await first.exec("create table kept (v text); insert into kept values ('still here')")
    await first.close()
    await expect(first.query('select 1')).rejects.toThrow(/closed/)
    // A close is not a loss.
    expect(await Promise.race([first.lost.then(() => 'lost'), new Promise((resolve) => setTimeout(() => resolve('not lost'), 100))])).toBe('not lost')
    const second = await PGliteThread.open(dataDir, [])
    try {
      expect((await second.query('select v from kept')).rows).toEqual([{ v: 'still here' }])
    } finally {
      await second.close()
    }
  })
})
