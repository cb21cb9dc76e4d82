import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromiumPath = '/usr/bin/chromium'

/**
 * Vitest global setup: the browser tests drive Debian's Chromium. On a fresh Debian machine where
 * we are root, install it (about 30 s, once); anywhere else, say exactly what is missing.
 */
export default function ensureChromium() {
  if (existsSync(chromiumPath)) return
  const root = process.getuid?.() === 0
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`\n${chromiumPath} is missing: installing Debian's chromium for the browser tests…`)
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    return
  }
  throw new Error(`The browser tests need Chromium at ${chromiumPath}. On Debian or Ubuntu: sudo apt-get install -y chromium`)
}
