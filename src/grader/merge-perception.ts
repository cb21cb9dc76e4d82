import type { PerceptionOutput } from './perception-schema'
import { splitSentences } from './split-sentences'
import { signalIds, type Signal, type SignalId, type TurnSignals } from './signal-types'

/** How a turn's perception went: the model's reading merged, the rules alone after a bad answer, or the rules alone after the time box. */
export type PerceptionStatus = 'ran' | 'fell_back' | 'timed_out'

/** A quote shorter than this shows nothing ("I", "ok"): it could verify against almost any turn. */
export const minimumQuoteLength = 3

/** Reasons the perception can give for a misreading; only these two can overturn the rules. */
const overturningReasons = new Set(['negated', 'quoted'])

/** Offers come through the outcome ids (which are checked against the scenario), never as a bare behaviour. */
const offerSignals = new Set<SignalId>(['offered_resolution', 'offered_refused'])

/** One thing the perception said that did not count, and why: what a reviewer reads to see how far to trust it. */
export interface RefusedPerception {
  kind: 'behaviour' | 'misread' | 'offer' | 'refused_outcome' | 'asked_about' | 'promise'
  signal?: SignalId
  quote?: string | null
  reason: string
}

/** What the perception changed in one turn and what it was refused: stored with the turn. */
export interface PerceptionRecord {
  status: PerceptionStatus
  /** Why the rules stand alone (timed out, invalid output, …); null when the perception ran. */
  reason: string | null
  /** Behaviours the perception added to the rules' findings, each with its verified quote. */
  added: { signal: SignalId; quote: string }[]
  /** Rules findings the perception overturned, with the verified quote that shows the misreading. */
  removed: { signal: SignalId; quote: string; why: 'negated' | 'quoted' }[]
  refused: RefusedPerception[]
  /** Fact ids the perception says the agent asked about, kept after the checks (never sent to the browser). */
  askedAbout: string[]
  /** The agent's words that commit to something, when they verify. */
  promised: string | null
}

export interface MergeContext {
  /** The trainee's turn, exactly as typed: every quote must be a substring of it. */
  text: string
  /** The persona's hidden fact ids. */
  factIds: readonly string[]
  /** The persona's acceptable resolution ids. */
  resolutionIds: readonly string[]
  /** The persona's refused outcome ids. */
  refusedIds: readonly string[]
}

export interface MergedPerception {
  signals: TurnSignals
  /** Fact ids asked about, to union with the ones the rules earn. */
  factIds: string[]
  record: PerceptionRecord
}

/** The rules stand alone: the perception timed out, answered nothing usable, or failed. */
export function perceptionFallback(status: Exclude<PerceptionStatus, 'ran'>, reason: string): PerceptionRecord {
  return { status, reason, added: [], removed: [], refused: [], askedAbout: [], promised: null }
}

/**
 * Merges the perception model's reading of a turn into what the rules found. Pure. The rules are the floor;
 * the model can only move them with the agent's own words:
 *
 * - It may ADD a behaviour (marked `source: 'perception'`) only with a quote that is an exact substring of the turn (trimmed, nothing else
 *   normalised; shorter than `minimumQuoteLength` refused). Offers are not added as bare behaviours.
 * - It may REMOVE a rules finding only through `misread`, when the reason is a negation or a quotation and its own
 *   verified quote overlaps the rules' evidence or lies in the same sentence. Otherwise the rules stand.
 * - An offered resolution (or refused outcome) counts only when its id is one of the scenario's and its quote
 *   verifies; it sets `offer` (or `refused`) and the matching signal. An offer the rules already tied to one of
 *   the scenario's resolutions stands.
 * - Fact ids asked about are kept only when the persona has them and the turn asks something (a question, or a
 *   directed question the merge keeps), at most one more than the turn has questions, so a model that reads a
 *   keyword-stuffed question as asking everything earns little. Fact text never passes through here.
 */
export function mergePerception(rules: TurnSignals, perception: PerceptionOutput, context: MergeContext): MergedPerception {
  const { text } = context
  // The rules' findings are kept as they are (with their `source`: a learned read calms nothing on its own).
  const found = new Map<SignalId, Signal>(rules.signals.map((signal) => [signal.id, signal]))
  const perceived = (id: SignalId, evidence: string): Signal => ({ id, evidence, source: 'perception' })
  let offer = rules.offer ?? null
  let refusedOutcome = rules.refused ?? null
  const record: PerceptionRecord = { status: 'ran', reason: null, added: [], removed: [], refused: [], askedAbout: [], promised: null }
  const refuse = (entry: RefusedPerception) => record.refused.push(entry)

  for (const misread of perception.misread) {
    const evidence = found.get(misread.signal)?.evidence
    if (evidence === undefined || record.removed.some((removed) => removed.signal === misread.signal)) {
      refuse({ kind: 'misread', signal: misread.signal, quote: misread.quote, reason: 'the rules did not find this behaviour' })
      continue
    }
    if (!overturningReasons.has(misread.why)) {
      refuse({ kind: 'misread', signal: misread.signal, quote: misread.quote, reason: 'only a negation or a quotation overturns the rules' })
      continue
    }
    const quote = verifyQuote(text, misread.quote)
    if (!quote.ok) {
      refuse({ kind: 'misread', signal: misread.signal, quote: misread.quote, reason: quote.reason })
      continue
    }
    if (!nearEvidence(text, quote.quote, evidence)) {
      refuse({ kind: 'misread', signal: misread.signal, quote: quote.quote, reason: "the quote is not where the rules found it (neither overlapping nor in the same sentence)" })
      continue
    }
    found.delete(misread.signal)
    if (misread.signal === 'offered_resolution') offer = null
    if (misread.signal === 'offered_refused') refusedOutcome = null
    record.removed.push({ signal: misread.signal, quote: quote.quote, why: misread.why as 'negated' | 'quoted' })
  }
  const removed = new Set(record.removed.map((entry) => entry.signal))

  for (const behaviour of perception.behaviours) {
    if (found.has(behaviour.signal)) continue // the rules saw it too: their evidence stands
    if (offerSignals.has(behaviour.signal)) {
      refuse({ kind: 'behaviour', signal: behaviour.signal, quote: behaviour.quote, reason: "an offer counts only by one of the scenario's outcome ids" })
      continue
    }
    if (removed.has(behaviour.signal)) {
      refuse({ kind: 'behaviour', signal: behaviour.signal, quote: behaviour.quote, reason: 'the perception also called this a misreading' })
      continue
    }
    const quote = verifyQuote(text, behaviour.quote)
    if (!quote.ok) {
      refuse({ kind: 'behaviour', signal: behaviour.signal, quote: behaviour.quote, reason: quote.reason })
      continue
    }
    found.set(behaviour.signal, perceived(behaviour.signal, quote.quote))
    record.added.push({ signal: behaviour.signal, quote: quote.quote })
  }

  const outcome = (kind: 'offer' | 'refused_outcome', id: string | null, rawQuote: string | null, ids: readonly string[]) => {
    if (id === null) return null
    if (!ids.includes(id)) {
      refuse({ kind, quote: rawQuote, reason: "not one of the scenario's ids" })
      return null
    }
    const quote = verifyQuote(text, rawQuote)
    if (!quote.ok) {
      refuse({ kind, quote: rawQuote, reason: quote.reason })
      return null
    }
    return { id, evidence: quote.quote }
  }
  const perceivedOffer = outcome('offer', perception.offeredResolutionId, perception.offeredQuote, context.resolutionIds)
  if (perceivedOffer !== null) {
    if (removed.has('offered_resolution')) refuse({ kind: 'offer', quote: perceivedOffer.evidence, reason: 'the perception also called the offer a misreading' })
    else if (offer !== null && offer.id !== null) refuse({ kind: 'offer', quote: perceivedOffer.evidence, reason: 'the rules already found an offer of one of the resolutions' })
    else {
      const added = !found.has('offered_resolution')
      offer = perceivedOffer
      if (added) found.set('offered_resolution', perceived('offered_resolution', perceivedOffer.evidence))
      if (added) record.added.push({ signal: 'offered_resolution', quote: perceivedOffer.evidence })
    }
  }
  const perceivedRefusal = outcome('refused_outcome', perception.refusedOutcomeId, perception.refusedQuote, context.refusedIds)
  if (perceivedRefusal !== null) {
    if (removed.has('offered_refused')) refuse({ kind: 'refused_outcome', quote: perceivedRefusal.evidence, reason: 'the perception also called it a misreading' })
    else if (refusedOutcome !== null && refusedOutcome.id !== null) refuse({ kind: 'refused_outcome', quote: perceivedRefusal.evidence, reason: 'the rules already found a refused outcome' })
    else {
      const added = !found.has('offered_refused')
      refusedOutcome = perceivedRefusal
      if (added) found.set('offered_refused', perceived('offered_refused', perceivedRefusal.evidence))
      if (added) record.added.push({ signal: 'offered_refused', quote: perceivedRefusal.evidence })
    }
  }

  if (perception.promised !== null && perception.promised.trim() !== '') {
    const quote = verifyQuote(text, perception.promised)
    if (quote.ok) record.promised = quote.quote
    else refuse({ kind: 'promise', quote: perception.promised, reason: quote.reason })
  }

  const signals: Signal[] = signalIds.flatMap((id) => {
    const signal = found.get(id)
    return signal === undefined ? [] : [signal]
  })
  const asks = rules.questions.length > 0 || found.has('directed_question')
  const known = new Set(context.factIds)
  const askedAbout = [...new Set(perception.askedAbout)]
  const real = askedAbout.filter((id) => known.has(id))
  // Unknown ids are counted, not kept: whatever the model wrote there is not ours to store.
  if (real.length < askedAbout.length) refuse({ kind: 'asked_about', reason: `${askedAbout.length - real.length} id(s) that are not this persona's facts` })
  const limit = rules.questions.length + 1
  if (real.length > 0 && !asks) refuse({ kind: 'asked_about', reason: 'the turn asks nothing' })
  else {
    if (real.length > limit) refuse({ kind: 'asked_about', reason: `more facts than the turn has questions: kept the first ${limit}` })
    record.askedAbout = real.slice(0, limit)
  }

  return {
    signals: { ...rules, signals, offer: found.has('offered_resolution') ? offer : null, refused: found.has('offered_refused') ? refusedOutcome : null },
    factIds: record.askedAbout,
    record,
  }
}

type VerifiedQuote = { ok: true; quote: string } | { ok: false; reason: string }

/** A quote counts only as an exact substring of the turn: trimmed, nothing else normalised. */
export function verifyQuote(text: string, quote: string | null): VerifiedQuote {
  const trimmed = quote?.trim() ?? ''
  if (trimmed === '') return { ok: false, reason: 'no quote' }
  if (trimmed.length < minimumQuoteLength) return { ok: false, reason: `a quote of fewer than ${minimumQuoteLength} characters` }
  if (!text.includes(trimmed)) return { ok: false, reason: "the quote is not in the agent's words" }
  return { ok: true, quote: trimmed }
}

/** Whether some occurrence of `quote` overlaps some occurrence of `evidence`, or shares a sentence with it. */
function nearEvidence(text: string, quote: string, evidence: string): boolean {
  const quotes = occurrences(text, quote)
  const evidences = occurrences(text, evidence)
  const overlaps = (first: Span, second: Span) => first.start < second.end && second.start < first.end
  if (quotes.some((span) => evidences.some((other) => overlaps(span, other)))) return true
  return sentenceSpans(text).some((sentence) => quotes.some((span) => overlaps(span, sentence)) && evidences.some((span) => overlaps(span, sentence)))
}

interface Span {
  start: number
  end: number
}

function occurrences(text: string, part: string): Span[] {
  const spans: Span[] = []
  if (part === '') return spans
  for (let index = text.indexOf(part); index !== -1; index = text.indexOf(part, index + 1)) spans.push({ start: index, end: index + part.length })
  return spans
}

/** Sentences as spans of the text: `splitSentences` gives exact substrings, found in order. */
function sentenceSpans(text: string): Span[] {
  const spans: Span[] = []
  let cursor = 0
  for (const sentence of splitSentences(text)) {
    const start = text.indexOf(sentence, cursor)
    if (start === -1) continue
    spans.push({ start, end: start + sentence.length })
    cursor = start + sentence.length
  }
  return spans
}
