import { mkdirSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { type Browser, chromium, type Page } from 'playwright-core'
import type { FakeOpenAi } from '../../fake-openai/fake-openai-server'
import { createTestApp, type TestApp } from '../../support/test-app'
import { ensureWebBuild } from './ensure-web-build'

export const screenshotDirectory = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url))

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

export interface RunningApp {
  testApp: TestApp
  /** `http://localhost:<port>`: Chromium keeps the Secure `__Host-` cookie on localhost. */
  baseUrl: string
  close(): Promise<void>
}

/** The real app (with the built web app) on a real port, on a fresh database. */
export async function startApp(options: { fake?: FakeOpenAi } = {}): Promise<RunningApp> {
  await ensureWebBuild()
  const testApp = await createTestApp(options)
  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: testApp.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started as Server))
  })
  const { port } = server.address() as AddressInfo
  return {
    testApp,
    baseUrl: `http://localhost:${port}`,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await testApp.close()
    },
  }
}

/**
 * Saves a screenshot of one screen. Full page by default; the call screen is taken as the trainee sees
 * it (its header and message box stick to the edges of the window, which a full-page capture misplaces).
 */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(screenshotDirectory, { recursive: true })
  const path = `${screenshotDirectory}${name}.png`
  await page.screenshot({ path, fullPage: options.fullPage ?? true, animations: 'disabled' })
  return path
}

/** Signs in through the form, as a trainee would. */
export async function signIn(page: Page, baseUrl: string, account: { email: string; password: string }) {
  await page.goto(`${baseUrl}/`)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { level: 1, name: 'Choose a call to practise' }).waitFor()
}

/**
 * A grader answer for the fake model, quoting the trainee's own words as evidence (the check in code
 * requires an exact substring).
 */
export function gradeFor(traineeText: string) {
  const quote = traineeText.split(/[.,?!]/)[0]?.trim().slice(0, 40) || traineeText.slice(0, 20)
  return {
    criteria: [
      { criterionId: 'acknowledge', score: 2, rationale: 'Names what went wrong for this customer and how it felt.', evidenceQuote: quote },
      { criterionId: 'clarify', score: 1, rationale: 'A question, but a broad one; ask about the one fact you are missing.', evidenceQuote: null },
      { criterionId: 'no_blame', score: 2, rationale: 'No blame, no lecturing.', evidenceQuote: null },
      { criterionId: 'close', score: null, rationale: 'The call is not being wrapped up yet.', evidenceQuote: null },
    ],
    betterReply: 'I am sorry we let you down. Let me book the engineer now and call you back myself by five.',
  }
}

/** Scripts the fake grader to grade whatever the trainee wrote, using `gradeFor`. */
export function gradeEveryTurn(fake: FakeOpenAi) {
  fake.setDefault('object', (request) => {
    const last = request.body.messages?.at(-1)?.content
    const text = String(last).match(/<turn_to_grade>([\s\S]*?)<\/turn_to_grade>/)?.[1] ?? ''
    return { json: gradeFor(text.trim()) }
  })
}
