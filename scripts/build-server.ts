/**
 * Bundles the server into `dist/server/main.mjs` with esbuild, as production runs it: plain Node, no
 * TypeScript loader in the process (the loader alone costs ~35 MB of memory and compiles each module on
 * first use). Packages stay in `node_modules`; only toughcall's own code is bundled.
 */
import { existsSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { newestChange } from './newest-change'

const root = fileURLToPath(new URL('..', import.meta.url))
export const serverBundle = join(root, 'dist', 'server', 'main.mjs')

/** Why the bundle must be (re)built, or null when it is newer than everything it is built from. */
export function serverBuildNeeded(): string | null {
  if (!existsSync(serverBundle)) return 'dist/server is missing'
  const built = statSync(serverBundle).mtimeMs
  for (const source of ['src', 'package-lock.json', 'scripts/build-server.ts'].map((path) => join(root, path))) {
    if (newestChange(source) > built) return `${relative(root, source)} changed since the last build`
  }
  return null
}

export async function buildServer(): Promise<void> {
  await build({
    entryPoints: [join(root, 'src', 'server', 'main.ts')],
    outfile: serverBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildServer()
  console.log(`built ${relative(root, serverBundle)}`)
}
