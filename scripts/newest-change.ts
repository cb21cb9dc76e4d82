import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The newest modification time of the files under `path`, 0 when it is missing. Folders' own times change
 * with every lock or build, so they don't count; build output, packages and dot-files are not sources.
 */
export function newestChange(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false })
  if (!stats) return 0
  if (!stats.isDirectory()) return stats.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) {
    if (entry === 'dist' || entry === 'node_modules' || entry.startsWith('.')) continue
    newest = Math.max(newest, newestChange(join(path, entry)))
  }
  return newest
}
