import { readFileSync } from 'node:fs'
import { ConfigError } from '../src/server/config'
import { parseGoldTurns, type GoldTurn } from './gold-turns'

/**
 * What the calibration commands (`eval:grader`, `eval:perception`) share: their errors, their number options,
 * reading a gold file with its bad lines reported, and how a run ends.
 */
export class UsageError extends Error {}

export function positiveInteger(name: string, value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${name} must be a whole number of at least 1, not "${value}"`)
  return number
}

/**
 * The usable turns of a gold file, and how many lines were skipped. Lines that cannot be used are reported on
 * stderr with their line number, as are warnings; a file that cannot be read is a usage error.
 */
export function readGoldFile(file: string, criterionIds: readonly string[]): { turns: GoldTurn[]; skipped: number } {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = parseGoldTurns(text, criterionIds)
  for (const problem of parsed.problems) console.error(`${file}:${problem.line}: skipped: ${problem.message}`)
  for (const warning of parsed.warnings) console.error(`${file}:${warning.line}: warning: ${warning.message}`)
  if (parsed.turns.length === 0) console.error(`${file}: no usable turns.`)
  return { turns: parsed.turns, skipped: parsed.problems.length }
}

/** Runs a command's main, sets the exit code, and explains a usage or configuration error with the usage text. */
export function runCommand(main: () => Promise<number>, usage: string): void {
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      if (error instanceof UsageError) console.error(`${error.message}\n\n${usage}`)
      else if (error instanceof ConfigError) console.error(error.message)
      else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) console.error(`${error.message}\n\n${usage}`)
      else console.error(error)
      process.exitCode = 1
    },
  )
}
