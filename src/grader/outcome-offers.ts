import type { AnalysedTurn } from './analyse-turn'
import type { OfferedOutcome, ScenarioOutcome, SignalContext } from './signal-types'
import { conceptWeights, distinctiveConcepts, topicOf, topicProfile, topicScore, type TopicProfile } from './topic-match'

/**
 * Whether a turn puts one of the scenario's outcomes on the table. An offer needs two things in one sentence:
 * the shape of an offer (the agent commits to doing something, or proposes it) and the substance (what the
 * outcome is, matched by meaning against its description and phrasings). "Let me check" is a step, not an
 * offer; "I can't refund you" is a refusal, not an offer.
 */

/** Things an agent can actually do that change the customer's situation (not "check", "look", "see"). */
const concreteAction =
  '(?:bring|slot you in|book you in|put you down|secure|hold (?:a|the|one)|keep (?:a|the|one)|have (?:it|one|someone|an? \\w+|the \\w+) (?:with you|sent|delivered|out|there|booked)|take (?:the|it|that|back|away)|book|re-?book|arrange|send|post|refund|credit|replace|exchange|swap|collect|pick up|deliver|dispatch|cancel|waive|reverse|reimburse|compensate|apply|add|put (?:a|an|the|you|it)|set up|set you up|schedule|register|reserve|sign you up|enrol|issue|re-?issue|reset|unlock|reinstate|restore|upgrade|downgrade|switch|move|raise|log|open|escalate|transfer|call you|ring you|phone you|email you|e-mail you|text you|courier|ship|give you|offer you|take (?:it|that|the \\w+) off|knock|process|authori[sz]e|approve|fix|repair|send out|get (?:an?|the|you|your|that|it|this)|organi[sz]e|expedite|remove|refund you|change|update|confirm your|confirm the|cover|pay|honou?r|extend|lower|reduce|match|correct|sort (?:out|it|this|that))'

const modal = "(?:'ll|'d| will| would| can| could| am going to|'m going to| are going to|'re going to| shall| want to| would like to|'d like to| am able to|'m able to| am happy to|'m happy to| am arranging|'m arranging)"

const offerFrames: RegExp[] = [
  new RegExp(`\\b(?:I|we)${modal}(?: \\w+ly| also| now| then| just| personally| gladly| happily| still| definitely| absolutely| certainly| immediately| straight away)? ${concreteAction}\\b`, 'iu'),
  new RegExp(`\\b(?:I|we)(?:'ve| have)(?: just| now| already| gone ahead and)? (?:booked|arranged|sent|posted|refunded|credited|replaced|exchanged|scheduled|registered|reserved|issued|reset|unlocked|reinstated|restored|upgraded|raised|logged|opened|escalated|processed|applied|added|cancell?ed|waived|reversed|approved|fixed|ordered|dispatched|put (?:a|an|the|you|it|through)|set up|organi[sz]ed|removed|changed|updated|corrected|covered)\\b`, 'iu'),
  new RegExp(`\\blet me ${concreteAction}\\b`, 'iu'),
  /\bwhat (?:I|we) (?:can|could|will|'ll|am going to|'m going to) do(?: for you)?(?: \w+)? is\b/iu,
  /\b(?:what (?:I|we)(?:'d| would) (?:suggest|recommend|propose) is|(?:I|we)(?:'d| would) (?:suggest|recommend|propose)|here's what (?:I|we)(?:'ll| will| can| am going to|'m going to) do)\b/iu,
  /\b(?:I|we)(?:'ve| have) (?:taken|grabbed|got|secured|held|reserved|found) (?:the|a|an|you a|you the) (?:first |next |earliest |last )?(?:slot|appointment|place|seat|booking|visit|replacement|one)\b/iu,
  new RegExp(`\\b(?:would you like|do you want|shall|should|can|could|may) (?:me|us|I|we)(?: to)? ${concreteAction}\\b`, 'iu'),
  /\b(?:how about|what about|would it help if) (?:I|we|a|an|the)\b/iu,
  /\b(?:I|we) (?:can|could) offer\b|\b(?:here are|there are|you have) (?:two|three|a few|some|a couple of) options\b|\b(?:one|another|the other|the first|the second) option (?:is|would be)\b/iu,
  /\byou(?:'ll| will) (?:receive|get|have|see) (?:a|an|the|your)\b/iu,
  /\b(?:I|we)(?:'m| am|'re| are) (?:booking|arranging|sending|refunding|crediting|replacing|putting|setting up|scheduling|registering|reserving|issuing|processing|applying|adding|cancell?ing|waiving|reversing|raising|logging|escalating|upgrading|changing|organi[sz]ing)\b/iu,
]

/** Advice rather than an offer, which is what many refused outcomes are ("restart the router", "just click submit"). */
const adviceFrames: RegExp[] = [
  /\bhave you (?:tried|thought about|considered)\b/iu,
  /\blet(?:'s| us) (?:try|give|do|have another go|start with)\b/iu,
  /\b(?:try|just try) (?:\w+ing|to)\b/iu,
  /^(?![^?]*\?\s*$).*\byou(?:'ll| will)? (?:need|have|want|should|could|might want|must) (?:to )?(?:\w+)/iu,
  /\b(?:just|simply|please) (?:go|click|press|fill|email|e-mail|write|restart|reboot|turn|switch|unplug|log|sign|visit|use|pop|send|wait)\b/iu,
  /^(?:(?:so|ok|okay|right|well),?\s+)?(?:go|click|press|fill|email|restart|reboot|turn|switch|unplug|visit|use|send|wait)\b/iu,
  /\b(?:can|could) you (?:just )?(?:restart|reboot|turn|switch|unplug|click|press|fill|email|go|try|wait|ask)\b/iu,
  /\b(?:someone|somebody|they|a colleague|the team)(?:'ll| will) (?:call|ring|get back|contact|be in touch)\b/iu,
  /\b(?:I|we)(?:'ll| will) (?:call|ring|get back to) you\b(?!.*\b(?:at|by|on|before|tomorrow|today|tonight|\d))/iu,
  /\b(?:there is|there's) nothing\b|\bthat's (?:just )?(?:the )?policy\b|\bpolicy is\b/iu,
  /\b(?:you|your) (?:must have|probably|ordered|chose|picked|selected|got) (?:the )?wrong\b|\bon your (?:end|side)\b|\b(?:it's|it is|that's|that is|probably|must be|likely) your (?:own )?(?:equipment|router|fault|end)\b/iu,
  /\b(?:full refund|free|three months|compensation)\b/iu,
  /\b(?:ask|get) (?:a|your) (?:grandchild|grandson|granddaughter|son|daughter|family member|relative)\b/iu,
]

/** Negation before the offer turns it into a refusal or a promise not to: "I can't refund", "I won't just promise another call-back". */
const negated = /\b(?:not|n't|never|no longer|unable|cannot|instead of|rather than|without)\b/iu

/** The when that makes an off-list offer concrete. */
const when =
  /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|next (?:week|month|\w+day)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|by (?:\w+ )?(?:\d|end|close|the|noon|midday|lunchtime|tomorrow|monday|tuesday|wednesday|thursday|friday)|within (?:\d+|an?|one|two|three|24|48|the next)|in the next|right now|straight away|immediately|\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d+ (?:working |business )?(?:days?|hours?|minutes?)|o'clock|before (?:the|your|\w+day))\b/iu

/** How close a sentence must come to an outcome's meaning to offer it, and by how much it must beat the next. */
export const outcomeMatchThreshold = 0.3
/** A refused outcome must be named more clearly: a question that merely touches its topic offers nothing. */
export const refusedMatchThreshold = 0.3
const refusedOfferThreshold = 0.45
const outcomeMatchMargin = 0.04

interface OutcomeProfile {
  outcome: ScenarioOutcome
  refused: boolean
  profile: TopicProfile
  /** Concepts no other outcome of the scenario has: an offer of this one must touch one of them. */
  distinctive: Set<string>
}

/** A scenario's outcomes, profiled once, with the weight of each concept among them. */
interface ScenarioProfiles {
  entries: OutcomeProfile[]
  weight: (concept: string) => number
}

/** Keyed by the persona's two lists, which a call passes unchanged turn after turn. */
const profileCache = new WeakMap<readonly ScenarioOutcome[], WeakMap<readonly ScenarioOutcome[], ScenarioProfiles>>()

function profiles(resolutions: readonly ScenarioOutcome[], refused: readonly ScenarioOutcome[]): ScenarioProfiles {
  let byRefused = profileCache.get(resolutions)
  if (byRefused === undefined) {
    byRefused = new WeakMap()
    profileCache.set(resolutions, byRefused)
  }
  const cached = byRefused.get(refused)
  if (cached !== undefined) return cached
  const profiled = [
    ...resolutions.map((outcome) => ({ outcome, refused: false, profile: topicProfile([outcome.description, ...outcome.phrasings]) })),
    ...refused.map((outcome) => ({ outcome, refused: true, profile: topicProfile([outcome.description, ...outcome.phrasings]) })),
  ]
  const topicProfiles = profiled.map((entry) => entry.profile)
  const distinctive = distinctiveConcepts(topicProfiles)
  const built = { entries: profiled.map((entry, index) => ({ ...entry, distinctive: distinctive[index]! })), weight: conceptWeights(topicProfiles) }
  byRefused.set(refused, built)
  return built
}

function bestOutcome(sentence: string, { entries: candidates, weight }: ScenarioProfiles): { entry: OutcomeProfile; score: number } | null {
  if (candidates.length === 0) return null
  const topic = topicOf(sentence)
  const scored = candidates
    .map((entry) => {
      // One shared everyday word ("put", "sort") is not a topic: it takes a named thing (a concept group) or two words.
      const shared = new Set(entry.profile.sources.flatMap((source) => [...source].filter((concept) => topic.has(concept))))
      if (shared.size < 2 && ![...shared].some((concept) => concept.startsWith('@'))) return { entry, score: 0 }
      const score = topicScore(topic, entry.profile, weight)
      return { entry, score: [...topic].some((concept) => entry.distinctive.has(concept)) ? score : score / 2 }
    })
    .sort((a, b) => b.score - a.score)
  const [best, next] = scored
  if (best === undefined || best.score < outcomeMatchThreshold) return null
  if (next !== undefined && next.entry.refused !== best.entry.refused && best.score - next.score < outcomeMatchMargin) return null
  return best
}

/** Negation counts only inside the offer's own clause: "rather than leave you waiting, we'll collect it" offers. */
function offerIn(sentence: string): string | null {
  for (const frame of offerFrames) {
    const match = frame.exec(sentence)
    if (match === null) continue
    const before = sentence.slice(0, match.index)
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(' but '), before.lastIndexOf(' and '))
    if (negated.test(sentence.slice(clauseStart + 1, match.index + match[0].length))) continue
    return match[0]
  }
  return null
}

function adviceIn(sentence: string): boolean {
  return adviceFrames.some((frame) => frame.test(sentence))
}

export interface OfferedOutcomes {
  offer: OfferedOutcome | null
  refused: OfferedOutcome | null
}

/**
 * The acceptable resolution and the refused outcome (each the first found, sentence by sentence) that the turn
 * offers. Without a matching resolution, an offer of a concrete action with a when ("I'll send the form today")
 * is still an offer, with id null: it shows the trainee moving the call on, but only one of the scenario's own
 * resolutions lets the customer reach the calm bands.
 */
export function findOfferedOutcomes(turn: AnalysedTurn, context: SignalContext): OfferedOutcomes {
  const resolutions = context.resolutions ?? []
  const refusedOutcomes = context.refusedOutcomes ?? []
  const candidates = profiles(resolutions, refusedOutcomes)
  let offer: OfferedOutcome | null = null
  let refused: OfferedOutcome | null = null
  for (const sentence of turn.sentences) {
    const text = sentence.text
    const frame = sentence.question === 'accusatory' ? null : offerIn(text)
    const match = bestOutcome(text, candidates)
    if (match !== null && match.entry.refused) {
      // Advice ("have you tried restarting it?") names a refused outcome readily; an offer must name it clearly,
      // and an offer with a concrete when is not the vague promise a scenario refuses.
      const advice = adviceIn(text)
      const clearEnough = advice ? match.score >= refusedMatchThreshold : frame !== null && match.score >= refusedOfferThreshold && !when.test(text)
      if (refused === null && clearEnough && !negatedOutcome(text)) refused = { id: match.entry.outcome.id, evidence: text.trim() }
      continue
    }
    if (frame === null || offer !== null) continue
    if (match !== null) offer = { id: match.entry.outcome.id, evidence: text.trim() }
    else if (when.test(text)) offer = { id: null, evidence: text.trim() }
  }
  return { offer, refused }
}

/** "I won't just promise you another call-back" names a refused outcome to rule it out. */
function negatedOutcome(sentence: string): boolean {
  return /\b(?:won't|will not|not going to|don't want to|refuse to|rather than|instead of|no more|not another|never)\b/iu.test(sentence) && !/\?\s*$/.test(sentence)
}
