/**
 * `npm start` runs this first: builds the trainee app with Vite when `web/dist` is missing, or older
 * than any source it is built from (`web/`, and the `src/` modules the web code imports).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { newestChange } from './newest-change'

const root = fileURLToPath(new URL('..', import.meta.url))
const web = join(root, 'web')
const builtPage = join(web, 'dist', 'index.html')

/** Folders of `src/` the web app imports from (types and small pure modules). */
const sharedSources = ['src/grader', 'src/personas', 'src/server/practice', 'src/server/routes/public-user.ts']

export function webBuildNeeded(): string | null {
  if (!existsSync(builtPage)) return 'web/dist is missing'
  const built = statSync(builtPage).mtimeMs
  for (const source of [web, ...sharedSources.map((path) => join(root, path)), join(root, 'package-lock.json')]) {
    if (newestChange(source) > built) return `${relative(root, source)} changed since the last build`
  }
  return null
}

export function buildWeb(): void {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  // A test runner sets NODE_ENV=test, which would make Vite bundle React's development build.
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const reason = webBuildNeeded()
  if (reason) {
    console.log(`Building the web app (${reason})…`)
    try {
      buildWeb()
    } catch (error) {
      console.error(String(error instanceof Error ? error.message : error))
      process.exit(1)
    }
  }
}
