import type { TurnSignals } from '../grader/signal-types'
import type { PersonaSpec } from './persona-spec'

/** Curly apostrophes and runs of spaces should not decide whether "what's" matches "what’s". */
function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'").toLowerCase()
}

function escapeRegularExpression(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Whole-word, case-insensitive match. Lookarounds on letters and digits (not `\b`) so keywords that start or
 * end with punctuation, and letters outside ASCII, behave; spaces inside a phrase match any whitespace.
 */
export function mentionsKeyword(text: string, keyword: string): boolean {
  const pattern = keywordPattern(keyword)
  return pattern !== null && pattern.test(normalise(text))
}

/** Compiled keyword patterns: a persona's keywords recur every turn, and a Unicode pattern is slow to build. */
const keywordPatterns = new Map<string, RegExp | null>()
const keywordPatternCacheSize = 5_000

function keywordPattern(keyword: string): RegExp | null {
  let pattern = keywordPatterns.get(keyword)
  if (pattern === undefined) {
    const words = normalise(keyword).trim().split(/\s+/).map(escapeRegularExpression)
    pattern = words.length === 0 || words[0] === '' ? null : new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'u')
    if (keywordPatterns.size >= keywordPatternCacheSize) keywordPatterns.delete(keywordPatterns.keys().next().value!)
    keywordPatterns.set(keyword, pattern)
  }
  return pattern
}

/**
 * Ids of the hidden facts the trainee earns with this turn, in the persona's order, leaving out those already earned.
 * A fact that requires a directed question is earned only by a question sentence (from `signals.questions`)
 * containing one of its keywords; otherwise any mention in the turn earns it.
 */
export function earnFacts(
  persona: PersonaSpec,
  traineeText: string,
  signals: TurnSignals,
  alreadyEarned: string[],
): string[] {
  const earned = new Set(alreadyEarned)
  return persona.hiddenFacts
    .filter((fact) => !earned.has(fact.id))
    .filter((fact) => {
      const candidates = fact.earnedBy.requiresDirectedQuestion ? signals.questions : [traineeText]
      return candidates.some((candidate) =>
        fact.earnedBy.keywords.some((keyword) => mentionsKeyword(candidate, keyword)),
      )
    })
    .map((fact) => fact.id)
}
