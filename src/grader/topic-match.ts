import { stemmer } from 'stemmer'

/**
 * What a piece of text is about, as a set of concepts: content words reduced to their stems, with the words a
 * customer-service call uses for one thing ("engineer", "technician", "someone to come out") folded into one
 * concept. Used to tell whether a question asks about a hidden fact, and whether a sentence offers one of the
 * scenario's outcomes, by meaning rather than by one keyword.
 */
export type Topic = ReadonlySet<string>

/** Words that say nothing about the topic. */
const stopWords = new Set(
  `a an the and or but if so to of in on at by for with from about into over under up down out off than then
  is are was were be been being am do does did done have has had having can could would will shall should may might must
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs this that these those
  there here what which who whom whose when where why how whether any some all each every no not nor only just also very
  really quite too more most much many lot bit ok okay yes yeah right well oh please thanks thank sorry hi hello sir madam
  mr mrs ms miss dear let lets let's me i'm i'll i've i'd you're you've you'll you'd we're we'll we've it's that's there's
  what's don't doesn't didn't won't can't couldn't wouldn't isn't aren't wasn't weren't haven't hasn't hadn't
  get got getting go going gone went make made take took come came see saw say said tell told ask asked know knew think
  one two thing things something anything everything nothing someone anyone way time now today still already again
  actually maybe perhaps sure certainly definitely like want need able okay alright`.split(/\s+/),
)

/**
 * Groups of words that name one thing in a call. The first word of a group names the concept. Multi-word
 * entries match as phrases. Kept general to customer service, not to any one scenario.
 */
const conceptGroups: readonly (readonly string[])[] = [
  ['engineer', 'technician', 'tech', 'repairman', 'installer', 'fitter', 'call-out', 'callout', 'been out', 'been round', 'sent someone', 'send someone'],
  ['appointment', 'booking', 'slot', 'visit', 'booked', 'scheduled', 'arranged', 'due to come', 'waiting in'],
  ['refund', 'money back', 'reimburse', 'reimbursement', 'repay', 'pay back', 'paid back'],
  ['credit', 'compensation', 'compensate', 'goodwill', 'discount', 'money off', 'rebate', 'reduction', 'gesture'],
  ['replace', 'replacement', 'exchange', 'swap', 'new one', 'right one', 'correct one'],
  ['collect', 'collection', 'pick up', 'pickup', 'take back', 'take away', 'return'],
  ['deliver', 'delivery', 'delivered', 'arrive', 'arrived', 'arrival', 'dispatch', 'courier', 'van', 'drop off', 'turned up'],
  ['email', 'e-mail', 'inbox', 'mail', 'emails'],
  ['text', 'sms', 'message', 'notification', 'alert', 'texted'],
  ['warning', 'warn', 'warned', 'alert', 'heads-up', 'notice', 'notified', 'notification', 'told you it was'],
  ['phone', 'mobile', 'handset', 'cell', 'smartphone'],
  ['device', 'computer', 'tablet', 'laptop', 'ipad', 'pc', 'desktop', 'using to'],
  ['screen', 'display', 'writing', 'font', 'text size', 'read it', 'small'],
  ['pay', 'payment', 'paid', 'charge', 'charged', 'debit', 'debited', 'transaction', 'taken from', 'money'],
  ['bill', 'billed', 'invoice', 'statement', 'bank', 'account statement'],
  ['card', 'bank card', 'credit card', 'debit card'],
  ['twice', 'double', 'duplicate', 'two payments', 'second payment', 'taken twice', 'charged twice'],
  ['contract', 'term', 'minimum term', 'agreement', 'signed up'],
  ['renew', 'renewal', 'renewing', 'upgrade', 'recontract', 'up for renewal'],
  ['plan', 'tariff', 'package', 'bundle', 'subscription', 'deal'],
  ['leave', 'leaving', 'switch', 'switching', 'go elsewhere', 'another provider', 'other provider', 'competitor', 'move provider', 'moving away', 'move away', 'quote', 'port'],
  ['stay', 'staying', 'keep your number', 'remain', 'loyal', 'stick around', 'stick with', 'carry on with', 'continue with', 'stay with', 'with us'],
  ['cancel', 'cancellation', 'cancelling', 'terminate', 'close the account'],
  ['work', 'job', 'business', 'client', 'clients', 'freelance', 'income', 'living', 'office', 'deadline at work', 'working'],
  ['date', 'day', 'which day', 'what day', 'thursday', 'tuesday', 'monday', 'wednesday', 'friday', 'saturday', 'sunday'],
  ['order', 'purchase', 'bought', 'ordered', 'order number'],
  ['reference', 'ref', 'reference number', 'case number', 'order number', 'ticket number', 'code'],
  ['family', 'son', 'daughter', 'grandson', 'granddaughter', 'grandchild', 'grandchildren', 'relatives', 'visitors', 'guests coming', 'staying with you', 'coming to stay', 'people coming', 'visit you'],
  ['deadline', 'urgent', 'by when', 'in time', 'need it by', 'hurry', 'time frame', 'timescale', 'how soon', 'coming up', 'soon', 'quickly', 'the latest', 'needs doing', 'in a rush'],
  ['sign', 'signed', 'signature', 'took delivery', 'took it in', 'received it', 'accepted it', 'accepted the', 'let them in', 'at home', 'there when', 'in when', 'home when', 'answered the door', 'who was there', 'who was home'],
  ['guest', 'bring', 'plus one', 'companion', 'accompany', 'coming with', 'with you', 'partner', 'wife', 'husband', 'anyone else', 'anybody else', 'someone else coming', 'your party'],
  ['wheelchair', 'accessibility', 'accessible', 'access needs', 'disabled', 'disability', 'step-free', 'special requirements', 'mobility needs', 'easier for'],
  ['roaming', 'abroad', 'overseas', 'travel', 'europe', 'holiday', 'trip', 'while you were away', 'when you were away'],
  ['setting', 'settings', 'switch on', 'switched on', 'turn on', 'turned on', 'enable', 'enabled', 'toggle'],
  ['add-on', 'bolt-on', 'addon', 'pass', 'promotion', 'promo', 'offer'],
  ['dongle', 'mobile broadband', 'hotspot', '4g', '5g', 'tide you over', 'temporary connection', 'backup'],
  ['router', 'hub', 'modem', 'box'],
  ['restart', 'reboot', 'reset', 'off and on', 'turn it off', 'power cycle', 'unplug'],
  ['explain', 'explanation', 'reason', 'reasons', 'cause', 'caused', 'causing', 'fault', 'diagnosis'],
  ['previous', 'last time', 'earlier', 'other agent', 'colleague', 'spoke to', 'spoken to', 'spoke with', 'told you', 'said to you', 'first agent', 'second agent', 'third agent', 'each time', 'agents', 'who said what', 'been told', 'so far', 'calls you', 'people you'],
  ['promise', 'promised', 'assured', 'guaranteed'],
  ['call back', 'callback', 'call-back', 'ring back', 'ring you', 'call you'],
  ['complaint', 'complain', 'formal complaint', 'dispute', 'escalate', 'ombudsman'],
  ['register', 'registration', 'sign up', 'book', 'booking', 'place', 'reserve', 'seat', 'ticket'],
  ['website', 'site', 'online', 'web page', 'page', 'portal', 'form', 'app'],
  ['step', 'steps', 'one step at a time', 'walk you through', 'guide', 'together', 'slowly'],
  ['confirm', 'confirmation', 'confirmed', 'in writing', 'letter', 'post it', 'read it out'],
  ['colour', 'color', 'green', 'sage', 'mustard', 'yellow', 'shade'],
  ['chair', 'armchair', 'recliner', 'sofa', 'furniture'],
  ['outage', 'offline', 'no internet', 'connection', 'broadband', 'internet', 'wifi', 'wi-fi'],
  ['data', 'mobile data', 'gigabytes', 'gb', 'tethering', 'tether', 'hotspotting'],
  ['cost', 'costs', 'spent', 'spend', 'expense', 'out of pocket', 'price', 'pounds', 'quid', 'fee'],
]

interface CompiledConcept {
  key: string
  phrases: RegExp[]
  stems: Set<string>
}

const compiledConcepts: CompiledConcept[] = conceptGroups.map((group) => {
  const key = `@${group[0]}`
  const phrases: RegExp[] = []
  const stems = new Set<string>()
  for (const entry of group) {
    if (/[\s-]/.test(entry)) phrases.push(new RegExp(`(?<![\\p{L}\\p{N}])${entry.replace(/[-\s]+/g, '[\\s-]*')}(?![\\p{L}\\p{N}])`, 'iu'))
    else stems.add(stem(entry))
  }
  return { key, phrases, stems }
})

/** Each stem's concepts (a word may belong to several groups, e.g. "alert"). */
const conceptsByStem = new Map<string, string[]>()
for (const concept of compiledConcepts) {
  for (const value of concept.stems) conceptsByStem.set(value, [...(conceptsByStem.get(value) ?? []), concept.key])
}

function stem(word: string): string {
  return stemmer(word.toLowerCase())
}

const topicCache = new Map<string, Topic>()
const topicCacheSize = 5_000

/** The concepts of a text: its content-word stems, each also mapped to its concept group, and the phrases found. */
export function topicOf(text: string): Topic {
  const cached = topicCache.get(text)
  if (cached !== undefined) return cached
  const normal = text.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'")
  const topic = new Set<string>()
  for (const concept of compiledConcepts) {
    if (concept.phrases.some((phrase) => phrase.test(normal))) topic.add(concept.key)
  }
  // "When…?" asks for a date or a time even when no date word is in it.
  if (/\bwhen\b|\bwhat time\b|\bmorning or afternoon\b|\bhow long ago\b/u.test(normal)) topic.add('@date')
  for (const raw of normal.match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []) {
    const word = raw.replace(/'s$/, '')
    if (stopWords.has(word) || word.length < 2) continue
    const wordStem = stem(word)
    const concepts = conceptsByStem.get(wordStem)
    if (concepts !== undefined) for (const concept of concepts) topic.add(concept)
    else topic.add(wordStem)
  }
  if (topicCache.size >= topicCacheSize) topicCache.delete(topicCache.keys().next().value!)
  topicCache.set(text, topic)
  return topic
}

/** A target to match text against: what it is about, in a phrase, and example wordings. */
export interface TopicProfile {
  /** Each source is matched on its own; the best wins. */
  sources: readonly Topic[]
}

export function topicProfile(texts: readonly string[]): TopicProfile {
  return { sources: texts.filter((text) => text.trim() !== '').map(topicOf).filter((topic) => topic.size > 0) }
}

/**
 * How much of a source's topic the text covers, weighted by how distinctive each concept is (`weight`, e.g. lower
 * for concepts every target shares), 0 to 1. The best source counts: a question need only match one example.
 */
export function topicScore(text: Topic, profile: TopicProfile, weight: (concept: string) => number = () => 1): number {
  let best = 0
  for (const source of profile.sources) {
    let shared = 0
    let total = 0
    for (const concept of source) {
      const value = weight(concept)
      total += value
      if (text.has(concept)) shared += value
    }
    let textTotal = 0
    for (const concept of text) textTotal += weight(concept)
    // Dice over weighted concepts, so a short question that hits the one distinctive concept still scores.
    const score = total + textTotal === 0 ? 0 : (2 * shared) / (total + Math.min(textTotal, total * 1.5))
    if (score > best) best = score
  }
  return Math.min(1, best)
}

/** Every concept of a profile, over all its sources. */
function conceptsOf(profile: TopicProfile): Set<string> {
  const concepts = new Set<string>()
  for (const source of profile.sources) for (const concept of source) concepts.add(concept)
  return concepts
}

/** In how many of the profiles each concept appears. */
function documentFrequencies(profiles: readonly TopicProfile[]): Map<string, number> {
  const documentFrequency = new Map<string, number>()
  for (const profile of profiles) for (const concept of conceptsOf(profile)) documentFrequency.set(concept, (documentFrequency.get(concept) ?? 0) + 1)
  return documentFrequency
}

/** For each profile, the concepts no other profile has: what tells it apart from the rest. */
export function distinctiveConcepts(profiles: readonly TopicProfile[]): Set<string>[] {
  const documentFrequency = documentFrequencies(profiles)
  return profiles.map((profile) => new Set([...conceptsOf(profile)].filter((concept) => documentFrequency.get(concept) === 1)))
}

/**
 * Inverse document frequency of each concept over a set of profiles (e.g. one persona's facts): a concept that
 * every profile has tells them apart from nothing, so it weighs little.
 */
export function conceptWeights(profiles: readonly TopicProfile[]): (concept: string) => number {
  const documentFrequency = documentFrequencies(profiles)
  const count = Math.max(1, profiles.length)
  return (concept) => {
    const frequency = documentFrequency.get(concept) ?? 0
    return frequency === 0 ? 0.6 : Math.log(1 + count / frequency)
  }
}
