import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../src/server/app-error'
import { webApp } from '../../src/server/routes/web-app'

describe('web app route', () => {
  let dist: string
  let app: Hono

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'toughcall-dist-'))
    mkdirSync(join(dist, 'assets'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>')
    writeFileSync(join(dist, 'assets', 'index-AbC123.js'), 'console.log(1)')
    app = new Hono()
    app.route('/', webApp({ distDirectory: dist }))
    app.onError((error, context) => (error instanceof AppError ? context.json(error.toBody(), error.status) : context.text('boom', 500)))
  })

  afterAll(() => rmSync(dist, { recursive: true, force: true }))

  it('serves hashed assets with a long, immutable cache', async () => {
    const response = await app.request('/assets/index-AbC123.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/javascript/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it.each(['/', '/call/abc', '/history', '/history/abc'])('answers the page for the client route %s, revalidated on every load', async (path) => {
    const response = await app.request(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(await response.text()).toContain('<div id="root">')
  })

  it('never answers the page for an api path or a missing file', async () => {
    const api = await app.request('/api/no-such-route')
    expect(api.status).toBe(404)
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } })
    expect((await app.request('/assets/missing-123.js')).status).toBe(404)
    expect((await app.request('/favicon.ico')).status).toBe(404)
  })

  it('says how to build the app when web/dist is missing', async () => {
    const unbuilt = new Hono().route('/', webApp({ distDirectory: join(dist, 'nowhere') }))
    const response = await unbuilt.request('/')
    expect(response.status).toBe(503)
    expect(await response.text()).toContain('npm run build:web')
  })
})
