import type { TurnSignals } from '../grader/signal-types'
import { archetypeScripts, type CompleteScript } from './archetype-scripts'
import type { MoodBand, MoodUpdate } from './mood'
import { scriptReactionSignals, type Archetype, type PersonaSpec, type ScriptReactionSignal } from './persona-spec'
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
  /** Stable ids of the lines used, in the order said (`band:angry:3`, `reaction:blamed:0`, `reveal:order-number`, …). */
  lineIds: string[]
}

/** A rambling customer's reply is at least this many words (when unused lines remain to make it up). */
export const ramblingMinimumWords = 20

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

/** The persona's script with the archetype's default lines filling every part it leaves out. */
export function resolveScript(persona: PersonaSpec): ResolvedScript {
  const defaults = archetypeScripts[persona.archetype]
  const own = persona.script ?? {}
  const bands = { ...defaults.bands }
  for (const band of Object.keys(bands) as MoodBand[]) bands[band] = own.bands?.[band] ?? defaults.bands[band]
  const reactions = { ...defaults.reactions }
  for (const signal of scriptReactionSignals) reactions[signal] = own.reactions?.[signal] ?? defaults.reactions[signal]
  const reveals: Record<string, string> = {}
  persona.hiddenFacts.forEach((fact, index) => {
    const leadIn = defaults.revealLeadIns[index % defaults.revealLeadIns.length]
    // Own keys only: a fact id such as "constructor" must not pick up the object prototype.
    const ownLine = own.reveals !== undefined && Object.hasOwn(own.reveals, fact.id) ? own.reveals[fact.id] : undefined
    reveals[fact.id] = ownLine ?? `${leadIn} ${fact.fact}`
  })
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

/** A random line not said yet in this call, or null when every line of the list has been said. */
function pickFresh(lines: ScriptLine[], used: ReadonlySet<string>, random: RandomSource): ScriptLine | null {
  const fresh = lines.filter((line) => !used.has(line.id))
  if (fresh.length === 0) return null
  return fresh[Math.floor(random() * fresh.length)] ?? null
}

/** Like `pickFresh`, but once the list is used up it repeats the line said longest ago rather than fall silent. */
function pickAlways(lines: ScriptLine[], usedInOrder: readonly string[], random: RandomSource): ScriptLine {
  const fresh = pickFresh(lines, new Set(usedInOrder), random)
  if (fresh !== null) return fresh
  const lastSaid = new Map<string, number>()
  usedInOrder.forEach((id, position) => lastSaid.set(id, position))
  let oldest = lines[0]!
  for (const line of lines) {
    if ((lastSaid.get(line.id) ?? -1) < (lastSaid.get(oldest.id) ?? -1)) oldest = line
  }
  return oldest
}

/**
 * The reaction signals worth answering, most salient first: talk aimed at a machine always comes first
 * (no real caller lets it pass), then signals that pushed the mood the way it actually moved, strongest first.
 * A signal that did not move this customer (weight 0, or a calming phrase worn out by repetition) is left out.
 */
function salientSignals(mood: MoodUpdate, signals: TurnSignals, revealing: boolean): ScriptReactionSignal[] {
  const present = new Set(signals.signals.map((signal) => signal.id))
  const weights = new Map(mood.reasons.map((reason) => [reason.signal, reason.delta]))
  const direction = Math.sign(mood.delta)
  const candidates = scriptReactionSignals.filter((signal) => {
    if (!present.has(signal)) return false
    if (signal === 'instruction_to_ai') return true
    // A question that earned a fact is answered by the fact's reveal line.
    if (signal === 'directed_question' && revealing) return false
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

/**
 * The scripted customer's next line, with no model: deterministic, offline, driven by the same persona spec,
 * mood update, signals and hidden facts as the model-played customer.
 *
 * - `hang_up`: one hang-up closing. `satisfied`: one satisfied closing. Nothing else that turn.
 * - Otherwise: a reaction to the most salient signal (if the script has an unused one), the reveal line of each
 *   fact earned this turn, and a line from the current mood band; now and then an aside in the persona's style
 *   (before the reveals for a long-winded caller, who buries the key fact; at the end for everyone else; only
 *   while still upset, except for long-winded and elderly-confused callers, who wander off in any mood).
 *   A terse customer skips the band line when they already said something; a rambling one always adds an aside
 *   (while unused ones remain) and more lines of the band until the reply reaches `ramblingMinimumWords`.
 * - A line is never said twice in a call while its list has unused lines; reactions and asides are skipped
 *   rather than repeated, and a used-up band or closing list repeats the line said longest ago.
 * - Same seed, persona and inputs give the same reply, byte for byte.
 */
export function scriptedReply(input: ScriptedReplyInput): ScriptedReply {
  const { persona, mood } = input
  const script = resolveScript(persona)
  const random = seededRandom(`${input.seed}\u0000${persona.id}\u0000${input.turnNumber}`)
  const said: ScriptLine[] = []
  const usedInOrder = [...input.usedLineIds]
  const say = (line: ScriptLine) => {
    said.push(line)
    usedInOrder.push(line.id)
  }

  if (mood.event === 'hang_up') {
    say(pickAlways(linesOf('hang-up', script.hangUpClosings), usedInOrder, random))
  } else if (mood.event === 'satisfied') {
    say(pickAlways(linesOf('satisfied', script.satisfiedClosings), usedInOrder, random))
  } else {
    const reveals = input.newlyEarnedFactIds
      .filter((factId) => Object.hasOwn(script.reveals, factId))
      .map((factId) => ({ id: `reveal:${factId}`, text: script.reveals[factId]! }))

    for (const signal of salientSignals(mood, input.signals, reveals.length > 0)) {
      const reaction = pickFresh(linesOf(`reaction:${signal}`, script.reactions[signal]), new Set(usedInOrder), random)
      if (reaction !== null) {
        say(reaction)
        break
      }
    }

    const fillers = linesOf('filler', script.fillers)
    const bandLines = linesOf(`band:${mood.band}`, script.bands[mood.band])
    const rambles = persona.style.verbosity === 'rambling'
    const fillerFirst = persona.archetype === 'long-winded'
    const fillerWanted = random() < fillerChanceFor(persona, mood.band)
    let filler = fillerWanted ? pickFresh(fillers, new Set(usedInOrder), random) : null
    if (filler !== null && fillerFirst) say(filler)
    reveals.forEach(say)
    if (!(persona.style.verbosity === 'terse' && said.length > 0)) say(pickAlways(bandLines, usedInOrder, random))
    if (filler !== null && !fillerFirst) say(filler)
    // A rambler never answers in a sentence or two: an aside if there was none, then more of the mood.
    while (rambles && wordCount(said) < ramblingMinimumWords) {
      const aside = filler === null ? pickFresh(fillers, new Set(usedInOrder), random) : null
      const more = aside ?? pickAlways(bandLines, usedInOrder, random)
      if (said.some((line) => line.id === more.id)) break
      if (aside !== null) filler = aside
      say(more)
    }
  }

  return { text: said.map((line) => line.text).join(' '), lineIds: said.map((line) => line.id) }
}

/**
 * Splits a scripted reply into word-sized pieces, each word with the spaces after it, so the server can stream it
 * as `reply-delta` events exactly as it streams a model. Joining the pieces gives back the text unchanged.
 */
export function scriptedReplyChunks(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? (text === '' ? [] : [text])
}
