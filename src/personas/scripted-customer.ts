import type { TurnSignals } from '../grader/signal-types'
import { archetypeScripts, type ArchetypeScript, type CompleteScript } from './archetype-scripts'
import { notePronouns, toFirstPerson } from './first-person'
import { factAskedAbout } from './hidden-facts'
import type { MoodBand, MoodUpdate } from './mood'
import { scriptReactionSignals, type Archetype, type PersonaSpec, type ScriptReactionSignal } from './persona-spec'
import { isRepeatedSentence, normaliseWords, rememberSaid, replySentences, saidBefore, saysGoodbye, type SaidBefore } from './reply-guard'
import { detailSentence, detailsAskedFor, knownDetailsOf, unknownAskedAbout } from './scripted-answers'
import { seededRandom, type RandomSource } from './seeded-random'

/** A persona's script with every part present: its own lines where it has them, the archetype's defaults elsewhere. */
export interface ResolvedScript extends CompleteScript {
  /** The line said when each hidden fact is earned, keyed by fact id; every fact of the persona has one. */
  reveals: Record<string, string>
}

export interface ScriptedReplyInput {
  persona: PersonaSpec
  /** The mood update for the trainee turn being answered (from `applyTurn`). */
  mood: MoodUpdate
  /** The trainee turn's signals (from `detectSignals`). */
  signals: TurnSignals
  /** Hidden facts this turn earned (from `earnFacts`), in the persona's order. */
  newlyEarnedFactIds: readonly string[]
  /** Every line id the customer has said earlier in this call, oldest first. */
  usedLineIds: readonly string[]
  /** Fixed for a call; the same seed gives the same customer for the same trainee turns. */
  seed: string
  /** The trainee turn being answered; the first trainee turn is 1. */
  turnNumber: number
}

export interface ScriptedReply {
  text: string
  /**
   * Stable ids of the lines used, in the order said (`band:angry:3`, `reaction:blamed:0`, `reveal:order-number`,
   * `detail:2:0`, `unknown:1`, …). Stored with the call, they are how the customer knows what it has said.
   */
  lineIds: string[]
}

/** A rambling customer's reply is at least this many words (when unused lines remain to make it up). */
export const ramblingMinimumWords = 20

/** Said before a hidden fact that has no reveal line of its own, the fact then in the customer's own words. */
export const revealLeadIn = 'I suppose I should say:'

interface ScriptLine {
  id: string
  text: string
}

function wordCount(lines: readonly ScriptLine[]): number {
  return lines.reduce((sum, line) => sum + line.text.split(/\s+/).filter((word) => word !== '').length, 0)
}

/** How often a reply gets one of the persona's asides: talkers and the easily muddled wander off most. */
const fillerChance: Record<Archetype, number> = {
  hostile: 0.15,
  'long-winded': 0.5,
  'know-it-all': 0.2,
  'elderly-confused': 0.35,
  custom: 0.15,
}

/**
 * Talkers and the easily muddled wander off in any mood; everyone else's asides are grievances ("I've been on hold
 * twenty minutes"), which would jar once they have calmed down.
 */
const wandersWhenCalm: ReadonlySet<Archetype> = new Set(['long-winded', 'elderly-confused'])

function fillerChanceFor(persona: PersonaSpec, band: MoodBand): number {
  if (persona.style.verbosity === 'terse') return 0
  if ((band === 'calming' || band === 'satisfied') && !wandersWhenCalm.has(persona.archetype)) return 0
  const chance = fillerChance[persona.archetype]
  return persona.style.verbosity === 'rambling' ? Math.max(chance, 0.45) : chance
}

/** Where a band's lines are used up, the nearest bands' lines say much the same. */
const neighbourBands: Record<MoodBand, readonly MoodBand[]> = {
  furious: ['angry'],
  angry: ['furious', 'frustrated'],
  frustrated: ['angry', 'calming'],
  calming: ['frustrated', 'satisfied'],
  satisfied: ['calming'],
}

/** A fact with no reveal line of its own, in the first person where the persona's pronouns make that safe. */
export function fallbackReveal(persona: PersonaSpec, fact: string): string {
  return `${revealLeadIn} ${toFirstPerson(fact, notePronouns(persona))}`
}

/** The persona's script with the archetype's default lines filling every part it leaves out. */
export function resolveScript(persona: PersonaSpec): ResolvedScript {
  const defaults = archetypeScripts[persona.archetype]
  const own = persona.script ?? {}
  const bands = { ...defaults.bands }
  for (const band of Object.keys(bands) as MoodBand[]) bands[band] = own.bands?.[band] ?? defaults.bands[band]
  const reactions = { ...defaults.reactions }
  for (const signal of scriptReactionSignals) reactions[signal] = own.reactions?.[signal] ?? defaults.reactions[signal]
  const reveals: Record<string, string> = {}
  for (const fact of persona.hiddenFacts) {
    // Own keys only: a fact id such as "constructor" must not pick up the object prototype.
    const ownLine = own.reveals !== undefined && Object.hasOwn(own.reveals, fact.id) ? own.reveals[fact.id] : undefined
    reveals[fact.id] = ownLine ?? fallbackReveal(persona, fact.fact)
  }
  return {
    bands,
    reactions,
    reveals,
    hangUpClosings: own.hangUpClosings ?? defaults.hangUpClosings,
    satisfiedClosings: own.satisfiedClosings ?? defaults.satisfiedClosings,
    fillers: own.fillers ?? defaults.fillers,
  }
}

function linesOf(prefix: string, texts: readonly string[]): ScriptLine[] {
  return texts.map((text, index) => ({ id: `${prefix}:${index}`, text }))
}

/** What the customer says for a known detail the agent asked for; `round` counts earlier answers of it. */
function detailLine(persona: PersonaSpec, archetype: ArchetypeScript, index: number, round: number): ScriptLine {
  const detail = knownDetailsOf(persona)[index]!
  if (round === 0) {
    const leadIn = archetype.detailLeadIns[index % archetype.detailLeadIns.length] ?? ''
    return { id: `detail:${index}:0`, text: `${leadIn}${detailSentence(detail, notePronouns(persona))}` }
  }
  // Asked again: the same detail in fewer words, so the answer is not the same sentence twice.
  const leadIn = archetype.detailAgainLeadIns[(index + round) % archetype.detailAgainLeadIns.length] ?? ''
  const value = toFirstPerson(detail.value.trim(), notePronouns(persona)).replace(/[.;,\s]+$/u, '')
  return { id: `detail:${index}:${round}`, text: `${leadIn}It's ${value.replace(/^(My|Her|His|The|An?)\b/u, (word) => word.toLowerCase())}.` }
}

function unknownLine(persona: PersonaSpec, archetype: ArchetypeScript, index: number): ScriptLine {
  const template = archetype.unknownAnswers[index % archetype.unknownAnswers.length]!
  const unknown = toFirstPerson(persona.unknowns[index]!, notePronouns(persona)).replace(/[.?!]+$/u, '')
  return { id: `unknown:${index}`, text: template.replace('{unknown}', unknown) }
}

/** The text of a line the customer said earlier, from its id (null for an id this script no longer has). */
function textOfLine(persona: PersonaSpec, script: ResolvedScript, id: string): string | null {
  const archetype = archetypeScripts[persona.archetype]
  const [kind, first, second] = id.split(':')
  const at = (list: readonly string[] | undefined, index: string | undefined) => (list === undefined || index === undefined ? null : (list[Number(index)] ?? null))
  switch (kind) {
    case 'band':
      return at(script.bands[first as MoodBand], second)
    case 'reaction':
      return at(script.reactions[first as ScriptReactionSignal], second)
    case 'filler':
      return at(script.fillers, first)
    case 'hang-up':
      return at(script.hangUpClosings, first)
    case 'satisfied':
      return at(script.satisfiedClosings, first)
    case 'reveal':
      return Object.hasOwn(script.reveals, id.slice('reveal:'.length)) ? script.reveals[id.slice('reveal:'.length)]! : null
    case 'detail': {
      const index = Number(first)
      return index < knownDetailsOf(persona).length ? detailLine(persona, archetype, index, Number(second ?? 0)).text : null
    }
    case 'already':
      return at(archetype.alreadyAnswered, first)
    case 'unknown':
      return Number(first) < persona.unknowns.length ? unknownLine(persona, archetype, Number(first)).text : null
    default:
      return null
  }
}

/** What has been said in this call, to keep lines and long sentences from coming round again. */
class CallMemory {
  readonly ids: Set<string>
  readonly inOrder: string[]
  private readonly said: SaidBefore

  constructor(persona: PersonaSpec, script: ResolvedScript, usedLineIds: readonly string[]) {
    this.ids = new Set(usedLineIds)
    this.inOrder = [...usedLineIds]
    const texts = usedLineIds.map((id) => textOfLine(persona, script, id)).filter((text): text is string => text !== null)
    this.said = saidBefore([persona.openingLine, ...texts])
  }

  /** Not said yet: neither the line itself, nor a sentence of six words or more in it, nor the same words as a whole. */
  isFresh(line: ScriptLine): boolean {
    if (this.ids.has(line.id) || this.said.lines.has(normaliseWords(line.text))) return false
    return !replySentences(line.text).some((sentence) => isRepeatedSentence(sentence, this.said))
  }

  remember(line: ScriptLine): void {
    this.ids.add(line.id)
    this.inOrder.push(line.id)
    rememberSaid(this.said, line.text)
  }
}

/** A random line not said yet in this call (and no goodbye while the call goes on), or null when there is none. */
function pickFresh(lines: ScriptLine[], memory: CallMemory, random: RandomSource, allowGoodbye = false): ScriptLine | null {
  const fresh = lines.filter((line) => memory.isFresh(line) && (allowGoodbye || !replySentences(line.text).some(saysGoodbye)))
  if (fresh.length === 0) return null
  return fresh[Math.floor(random() * fresh.length)] ?? null
}

/** The line of the list said longest ago (or never), for when every line has been said. */
function pickOldest(lines: ScriptLine[], memory: CallMemory): ScriptLine {
  const lastSaid = new Map<string, number>()
  memory.inOrder.forEach((id, position) => lastSaid.set(id, position))
  let oldest = lines[0]!
  for (const line of lines) {
    if ((lastSaid.get(line.id) ?? -1) < (lastSaid.get(oldest.id) ?? -1)) oldest = line
  }
  return oldest
}

/**
 * The reaction signals worth answering, most salient first: talk aimed at a machine always comes first
 * (no real caller lets it pass), then signals that pushed the mood the way it actually moved, strongest first.
 * A signal that did not move this customer (weight 0, or a calming phrase worn out by repetition) is left out,
 * and so is a question the customer answers anyway (a fact, a detail or an unknown).
 */
function salientSignals(mood: MoodUpdate, signals: TurnSignals, answering: boolean): ScriptReactionSignal[] {
  const present = new Set(signals.signals.map((signal) => signal.id))
  const weights = new Map(mood.reasons.map((reason) => [reason.signal, reason.delta]))
  const direction = Math.sign(mood.delta)
  const candidates = scriptReactionSignals.filter((signal) => {
    if (!present.has(signal)) return false
    if (signal === 'instruction_to_ai') return true
    if ((signal === 'directed_question' || signal === 'vague_question') && answering) return false
    return (weights.get(signal) ?? 0) !== 0
  })
  const rank = (signal: ScriptReactionSignal): [number, number, number] => {
    const weight = weights.get(signal) ?? 0
    return [
      signal === 'instruction_to_ai' ? 0 : 1,
      direction !== 0 && Math.sign(weight) !== direction ? 1 : 0,
      -Math.abs(weight),
    ]
  }
  return candidates
    .map((signal, order) => ({ signal, key: [...rank(signal), order] }))
    .sort((left, right) => {
      for (let index = 0; index < left.key.length; index++) {
        const difference = left.key[index]! - right.key[index]!
        if (difference !== 0) return difference
      }
      return 0
    })
    .map((entry) => entry.signal)
}

/** A reaction that pulls against the band ("Right, now that's an answer" while furious) speaks for the turn on its own. */
function clashesWithBand(weight: number, band: MoodBand): boolean {
  if (weight < 0) return band === 'furious' || band === 'angry'
  if (weight > 0) return band === 'calming' || band === 'satisfied'
  return false
}

/** Cuts a reply after its first goodbye: once the customer has said goodbye, nothing follows. */
function endAtGoodbye(lines: ScriptLine[]): ScriptLine[] {
  const goodbye = lines.findIndex((line) => replySentences(line.text).some(saysGoodbye))
  return goodbye === -1 ? lines : lines.slice(0, goodbye + 1)
}

/**
 * The scripted customer's next line, with no model: deterministic, offline, driven by the same persona spec,
 * mood update, signals and hidden facts as the model-played customer.
 *
 * - `hang_up`: one hang-up closing. `satisfied`: one satisfied closing. Nothing else that turn, and nothing after
 *   the goodbye.
 * - Otherwise the customer listens: a reaction to the most salient signal (every signal has lines), then the
 *   answers the turn asked for (the known details asked for, in the first person; the reveal line of each fact
 *   earned this turn; for a question about a fact already told, "I've told you that"; or, for a question that
 *   earned nothing, an admission that they don't know, from `unknowns`),
 *   then a line from the current mood band. A reaction that pulls against the band (thanks while furious, a
 *   complaint while calm) stands alone. Now and then an aside in the persona's style (before the answers for a
 *   long-winded caller, who buries the key fact; at the end for everyone else; only while still upset, except for
 *   long-winded and elderly-confused callers, who wander off in any mood). A terse customer skips the band line when
 *   they already said something; a rambling one adds asides and more of the mood up to `ramblingMinimumWords`.
 * - Nothing is said twice while anything else is left: no line id again, and no sentence of six words or more said
 *   before. A used-up band borrows a neighbouring band's unused lines, then an unused aside; only when nothing else
 *   was said and nothing is left does the band line said longest ago come round again. No goodbye mid-call.
 * - Same seed, persona and inputs give the same reply, byte for byte.
 */
export function scriptedReply(input: ScriptedReplyInput): ScriptedReply {
  const { persona, mood } = input
  const script = resolveScript(persona)
  const archetype = archetypeScripts[persona.archetype]
  const random = seededRandom(`${input.seed}\u0000${persona.id}\u0000${input.turnNumber}`)
  const memory = new CallMemory(persona, script, input.usedLineIds)
  const said: ScriptLine[] = []
  const say = (line: ScriptLine) => {
    said.push(line)
    memory.remember(line)
  }

  if (mood.event === 'hang_up' || mood.event === 'satisfied') {
    const closings = mood.event === 'hang_up' ? linesOf('hang-up', script.hangUpClosings) : linesOf('satisfied', script.satisfiedClosings)
    say(pickFresh(closings, memory, random, true) ?? pickOldest(closings, memory))
    return reply(endAtGoodbye(said))
  }

  const answers: ScriptLine[] = []
  const questions = input.signals.questions
  for (const index of detailsAskedFor(persona, questions)) {
    const round = [...memory.ids].filter((id) => id.startsWith(`detail:${index}:`)).length
    answers.push(detailLine(persona, archetype, index, round))
  }
  for (const factId of input.newlyEarnedFactIds) {
    if (Object.hasOwn(script.reveals, factId)) answers.push({ id: `reveal:${factId}`, text: script.reveals[factId]! })
  }
  // Asked again about something already told: the customer says so (a long-winded one is hurt by it, in the mood).
  if (answers.length === 0 && questions.some((question) => memory.ids.has(`reveal:${factAskedAbout(persona, question)?.factId}`))) {
    const already = pickFresh(linesOf('already', archetype.alreadyAnswered), memory, random)
    if (already !== null) answers.push(already)
  }
  if (answers.length === 0 && questions.length > 0) {
    const unknown = unknownAskedAbout(persona, questions)
    if (unknown !== null && !memory.ids.has(`unknown:${unknown}`)) answers.push(unknownLine(persona, archetype, unknown))
  }

  let reactionWeight = 0
  for (const signal of salientSignals(mood, input.signals, answers.length > 0)) {
    // An answer is the reply to a question; only a put-down (or talk to a machine) is worth a word before it.
    const weight = mood.reasons.find((reason) => reason.signal === signal)?.delta ?? 0
    if (answers.length > 0 && weight <= 0 && signal !== 'instruction_to_ai') continue
    const reaction = pickFresh(linesOf(`reaction:${signal}`, script.reactions[signal]), memory, random)
    if (reaction !== null) {
      say(reaction)
      reactionWeight = weight
      break
    }
  }

  const fillers = linesOf('filler', script.fillers)
  const bandLines = linesOf(`band:${mood.band}`, script.bands[mood.band])
  const borrowed = neighbourBands[mood.band].flatMap((band) => linesOf(`band:${band}`, script.bands[band]))
  const rambles = persona.style.verbosity === 'rambling'
  const fillerFirst = persona.archetype === 'long-winded'
  const fillerWanted = random() < fillerChanceFor(persona, mood.band)
  let filler = fillerWanted ? pickFresh(fillers, memory, random) : null
  if (filler !== null && fillerFirst) say(filler)
  answers.forEach(say)
  const bandWanted = !(persona.style.verbosity === 'terse' && said.length > 0) && !clashesWithBand(reactionWeight, mood.band)
  if (bandWanted) {
    const fresh = pickFresh(bandLines, memory, random)
    if (fresh !== null) say(fresh)
    else if (said.length === 0) {
      // The band is used up: a neighbouring band's line, else the aside (said here, not again at the end), else a repeat.
      const line = pickFresh(borrowed, memory, random) ?? filler ?? pickFresh(fillers, memory, random) ?? pickOldest(bandLines, memory)
      if (line === filler) filler = null
      say(line)
    }
  }
  if (filler !== null && !fillerFirst) say(filler)
  // A rambler never answers in a sentence or two: an aside if there was none, then more of the mood.
  while (rambles && wordCount(said) < ramblingMinimumWords) {
    const aside = filler === null ? pickFresh(fillers, memory, random) : null
    const more = aside ?? (bandWanted ? pickFresh(bandLines, memory, random) : null)
    if (more === null) break
    if (aside !== null) filler = aside
    say(more)
  }
  if (said.length === 0) say(pickFresh(borrowed, memory, random) ?? pickOldest(bandLines, memory))

  return reply(endAtGoodbye(said))
}

function reply(lines: ScriptLine[]): ScriptedReply {
  return { text: lines.map((line) => line.text).join(' '), lineIds: lines.map((line) => line.id) }
}

/**
 * Splits a scripted reply into word-sized pieces, each word with the spaces after it, so the server can stream it
 * as `reply-delta` events exactly as it streams a model. Joining the pieces gives back the text unchanged.
 */
export function scriptedReplyChunks(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? (text === '' ? [] : [text])
}
