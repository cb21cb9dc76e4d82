import { mkdirSync, rmSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildWeb, webBuildNeeded } from '../../../scripts/build-web-if-needed'

const lock = fileURLToPath(new URL('../../../node_modules/.toughcall-web-build-lock', import.meta.url))
/** A lock older than this was left by a crashed run. */
const staleLockMs = 120_000

/**
 * Builds `web/dist` when it is missing or stale. Browser test files run in parallel workers, so a
 * directory lock (mkdir is atomic) keeps two of them from building into the same folder at once.
 */
export async function ensureWebBuild(): Promise<void> {
  const deadline = Date.now() + 180_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > staleLockMs) rmSync(lock, { recursive: true, force: true })
      if (Date.now() > deadline) throw new Error('Timed out waiting for another test file to build the web app')
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  try {
    const reason = webBuildNeeded()
    if (reason) {
      console.log(`Building the web app for the browser tests (${reason})`)
      buildWeb()
    }
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}
