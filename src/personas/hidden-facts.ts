import { splitSentences } from '../grader/split-sentences'
import type { TurnSignals } from '../grader/signal-types'
import { conceptWeights, distinctiveConcepts, topicOf, topicProfile, topicScore, type TopicProfile } from '../grader/topic-match'
import type { HiddenFact, PersonaSpec } from './persona-spec'

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

/** How close a question must come to a fact's topic to earn it (0 to 1), and by how much it must beat the next fact. */
export const factMatchThreshold = 0.4
export const factMatchMargin = 0.06
/** A keyword hint from the persona adds this much to its fact's score. */
const keywordBonus = 0.12

/** Asking for a fact without a question mark: "Talk me through what happened", "Tell me about the visit". */
const requestPattern =
  /^(?:(?:so|ok|okay|right|now|and|please),?\s+)*(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:talk|walk|take) me through|^(?:(?:so|ok|okay|right|now|and|please),?\s+)*(?:please\s+)?(?:tell|remind|show) me|^(?:(?:so|ok|okay|right|now|and),?\s+)*(?:please\s+)?(?:describe|explain) (?:what|how|when|why|who|the)|^(?:(?:so|ok|okay|right|now|and),?\s+)*I(?:'d| would) (?:like|love) to (?:know|hear|understand)|^(?:(?:so|ok|okay|right|now|and),?\s+)*(?:help me understand|let me know)/iu

/** A question that blames ("Why didn't you stay in for the engineer?") earns no cooperation. */
const accusingPattern =
  /\b(?:why|how come) (?:didn't|did not|haven't|have not|wouldn't|couldn't|weren't|don't|won't) you\b|\b(?:did|have) you (?:even|actually|ever) (?:read|check|bother|try|look)\b/iu

/** One sentence may ask two things: "What was the order number, and which day was it delivered?" */
const clauseBreak = /,?\s+(?:and|or|also|plus)\s+(?=(?:what|which|when|where|who|how|did|do|does|is|was|were|has|have|had|can|could|would|are)\b)/iu

interface FactProfile {
  fact: HiddenFact
  profile: TopicProfile
}

const profilesByPersona = new WeakMap<PersonaSpec, { facts: FactProfile[]; weight: (concept: string) => number; distinctive: Set<string>[] }>()

function profilesOf(persona: PersonaSpec) {
  let entry = profilesByPersona.get(persona)
  if (entry === undefined) {
    const facts = persona.hiddenFacts.map((fact) => ({ fact, profile: topicProfile([fact.answers, ...fact.exampleQuestions]) }))
    // A concept that only one fact's topic has is what tells that fact apart; a question must touch one.
    const profiles = facts.map((fact) => fact.profile)
    entry = { facts, weight: conceptWeights(profiles), distinctive: distinctiveConcepts(profiles) }
    profilesByPersona.set(persona, entry)
  }
  return entry
}

/**
 * The fact a piece of a question asks about, if one stands out: the best topic match over every fact (earned or
 * not), above `factMatchThreshold` and ahead of the next by `factMatchMargin`. A question that names several
 * facts' topics at once (keyword stuffing) matches none of them clearly, and so earns nothing.
 */
export function factAskedAbout(persona: PersonaSpec, clause: string): { factId: string; score: number } | null {
  const { facts, weight, distinctive } = profilesOf(persona)
  if (facts.length === 0) return null
  const topic = topicOf(clause)
  const scored = facts
    .map(({ fact, profile }, index) => {
      const hinted = fact.earnedBy.keywords.some((keyword) => mentionsKeyword(clause, keyword))
      const touches = [...topic].some((concept) => distinctive[index]!.has(concept))
      const score = topicScore(topic, profile, weight) + (hinted ? keywordBonus : 0)
      return { factId: fact.id, score: touches ? score : score / 2 }
    })
    .sort((first, second) => second.score - first.score)
  const [best, next] = scored
  if (best === undefined || best.score < factMatchThreshold) return null
  if (next !== undefined && best.score - next.score < factMatchMargin) return null
  return best
}

/**
 * Ids of the hidden facts the trainee earns with this turn, in the persona's order, leaving out those already earned.
 * A fact is earned by meaning: a question (or a request such as "talk me through…") whose topic matches what the
 * fact answers or its example questions, with synonyms; the persona's keywords are a hint, not a password. A fact
 * that does not require a question can also be earned by a statement on its topic. A question that blames earns
 * nothing, and each clause of a question earns at most one fact.
 */
export function earnFacts(persona: PersonaSpec, traineeText: string, signals: TurnSignals, alreadyEarned: string[]): string[] {
  if (persona.hiddenFacts.length === 0) return []
  const questions = new Set(signals.questions.map((question) => question.trim()))
  const asked = new Set<string>()
  for (const sentence of splitSentences(traineeText)) {
    const isQuestion = questions.has(sentence.trim()) || requestPattern.test(sentence.trim())
    if (accusingPattern.test(sentence)) continue
    for (const clause of sentence.split(clauseBreak)) {
      const match = factAskedAbout(persona, clause)
      if (match === null) continue
      const fact = persona.hiddenFacts.find((candidate) => candidate.id === match.factId)
      if (fact !== undefined && (isQuestion || !fact.earnedBy.requiresDirectedQuestion)) asked.add(fact.id)
    }
  }
  const earned = new Set(alreadyEarned)
  return persona.hiddenFacts.filter((fact) => asked.has(fact.id) && !earned.has(fact.id)).map((fact) => fact.id)
}
