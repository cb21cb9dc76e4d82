import type { CriterionGrade, Score, TurnGrade } from './grade-types'
import type { GradeOutput } from './grade-output-schema'
import type { Rubric } from './rubric'
import { weightedScore } from './weighted-score'

const maxRationaleLength = 400
const maxBetterReplyLength = 1200
/** Quote marks a model may wrap around a quote; only these (and whitespace) are trimmed. */
const surroundingQuotes = /^[\s"'“”‘’«»„`]+|[\s"'“”‘’«»„`]+$/gu

/**
 * Turns the grader's output into a trusted grade. The model's evidence is checked in code: a quote
 * must be an exact, case-sensitive substring of the trainee's text once surrounding quote marks and
 * whitespace are trimmed. A quote that fails is kept but marked unverified, its criterion is listed
 * in `flagged` and does not count in the weighted score. Criteria the rubric does not know are
 * dropped; rubric criteria the model skipped are n/a with the rationale "not graded".
 */
export function checkGrade(output: GradeOutput, traineeText: string, rubric: Rubric): TurnGrade {
  const byId = new Map<string, GradeOutput['criteria'][number]>()
  for (const entry of output.criteria) {
    if (!byId.has(entry.criterionId)) byId.set(entry.criterionId, entry)
  }
  const flagged: string[] = []
  const criteria: CriterionGrade[] = rubric.criteria.map((criterion) => {
    const entry = byId.get(criterion.id)
    if (entry === undefined) {
      return { criterionId: criterion.id, score: null, rationale: 'not graded', evidence: null, evidenceVerified: true }
    }
    const evidence = cleanQuote(entry.evidenceQuote)
    const evidenceVerified = evidence === null || traineeText.includes(evidence)
    if (!evidenceVerified) flagged.push(criterion.id)
    return {
      criterionId: criterion.id,
      score: toScore(entry.score),
      rationale: cap(entry.rationale.trim(), maxRationaleLength) || 'No rationale given.',
      evidence,
      evidenceVerified,
    }
  })
  const betterReply = cap(output.betterReply.trim(), maxBetterReplyLength)
  return {
    source: 'llm',
    status: 'graded',
    criteria,
    betterReply: betterReply === '' ? null : betterReply,
    weightedScore: weightedScore(criteria, rubric),
    flagged,
    rubricVersion: rubric.version,
  }
}

function cleanQuote(quote: string | null): string | null {
  if (quote === null) return null
  const cleaned = quote.replace(surroundingQuotes, '')
  return cleaned === '' ? null : cleaned
}

function toScore(score: number | null): Score {
  return score === 0 || score === 1 || score === 2 ? score : null
}

function cap(text: string, length: number): string {
  const characters = Array.from(text)
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join('').trimEnd()}…`
}
