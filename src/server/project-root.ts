import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The checkout's root (the folder with toughcall's package.json), found by walking up from this module:
 * the same answer whether the server runs from `src/` under tsx or from the bundle in `dist/server/`.
 */
function findProjectRoot(start: string): string {
  for (let folder = dirname(start); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'drizzle'))) return folder
    if (dirname(folder) === folder) throw new Error(`toughcall's root (package.json beside drizzle/) was not found above ${start}`)
  }
}

export const projectRoot = findProjectRoot(fileURLToPath(import.meta.url))
