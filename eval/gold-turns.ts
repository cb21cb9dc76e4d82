import { z } from 'zod'
import type { Score } from '../src/grader/grade-types'

/**
 * One graded trainee turn in context, as people labelled it. The format of `eval/gold/turns.jsonl`
 * and of any file `npm run eval:grader` reads: one JSON object per line.
 *
 * In `labels`, null means the criterion does not apply to this turn (n/a) and a missing key means
 * the turn was not labelled on that criterion (it is left out of that criterion's figures).
 */
const label = z.union([z.literal(0), z.literal(1), z.literal(2), z.null()], {
  error: 'a label is 0, 1, 2 or null (n/a)',
})

const outcome = z.object({ id: z.string().trim().min(1), description: z.string().trim().min(1), phrasings: z.array(z.string()).optional() })

/**
 * The scenario of a turn written for an industry without a built-in persona: enough for the signals to judge
 * offers (its resolutions and refused outcomes) and for a grader to read the situation.
 */
export const goldScenarioSchema = z.object({
  company: z.string().trim().min(1),
  context: z.string().trim().min(1),
  whatWentWrong: z.string().trim().min(1),
  customerWants: z.string().trim().min(1),
  resolutions: z.array(outcome).default([]),
  refusedOutcomes: z.array(outcome).default([]),
  hangUpPolicy: z.enum(['never', 'after_warnings', 'last_resort']).optional(),
})

export const goldTurnSchema = z.object({
  id: z.string().trim().min(1),
  /** A built-in archetype ("hostile", "long-winded", "know-it-all", "elderly-confused") or a persona id. */
  persona: z.string().trim().min(1),
  customerName: z.string().trim().min(1),
  /** The call before the graded turn, oldest first. */
  context: z.array(z.object({ role: z.enum(['customer', 'trainee']), text: z.string().trim().min(1) })),
  /** The trainee turn being graded. */
  reply: z.string().trim().min(1),
  labels: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'criterion ids are lower case letters, digits and underscores'), label),
  /** Optional per-signal labels: whether each named signal is in the reply (for per-signal precision and recall). */
  signals: z.record(z.string().regex(/^[a-z][a-z_]*$/, 'signal ids are lower case letters and underscores'), z.boolean()).optional(),
  /** Optional inline scenario, for industries without a built-in persona. */
  scenario: goldScenarioSchema.optional(),
  /** Optional descriptions of the row, for coverage reports: the industry and the agent's register (formal, terse chat, …). */
  industry: z.string().trim().min(1).optional(),
  register: z.string().trim().min(1).optional(),
})

export type GoldTurn = z.infer<typeof goldTurnSchema>
export type Labels = Record<string, Score>

export interface LineProblem {
  /** 1-based line number in the file. */
  line: number
  message: string
}

export interface ParsedGoldFile {
  turns: GoldTurn[]
  /** Lines that could not be used; the rest are still graded. */
  problems: LineProblem[]
  /** Things that do not stop grading but deserve a look (unknown criterion ids). */
  warnings: LineProblem[]
}

/**
 * Reads a JSONL gold file. Blank lines are skipped; every other line must be one JSON object that
 * passes `goldTurnSchema`, with an id no earlier line used. Bad lines are reported with their line
 * number and left out; labels for criteria the rubric does not know are reported as warnings.
 */
export function parseGoldTurns(text: string, knownCriteria: readonly string[]): ParsedGoldFile {
  const turns: GoldTurn[] = []
  const problems: LineProblem[] = []
  const warnings: LineProblem[] = []
  const seen = new Map<string, number>()
  const known = new Set(knownCriteria)
  text.split(/\r?\n/).forEach((raw, offset) => {
    const line = offset + 1
    if (raw.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      problems.push({ line, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` })
      return
    }
    const parsed = goldTurnSchema.safeParse(value)
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(line)'}: ${issue.message}`)
      problems.push({ line, message: issues.join('; ') })
      return
    }
    const turn = parsed.data
    const earlier = seen.get(turn.id)
    if (earlier !== undefined) {
      problems.push({ line, message: `id "${turn.id}" is already used on line ${earlier}` })
      return
    }
    seen.set(turn.id, line)
    const unknown = Object.keys(turn.labels).filter((id) => !known.has(id))
    if (unknown.length > 0) warnings.push({ line, message: `labels for criteria the rubric does not have are ignored: ${unknown.join(', ')}` })
    turns.push(turn)
  })
  return { turns, problems, warnings }
}
