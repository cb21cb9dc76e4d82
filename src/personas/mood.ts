import type { SignalId, TurnSignals } from '../grader/signal-types'
import type { Archetype, PersonaSpec } from './persona-spec'

/** How the customer feels, in words, for the director's note and the mood meter. Fixed bands, the same for every persona. */
export type MoodBand = 'furious' | 'angry' | 'frustrated' | 'calming' | 'satisfied'

/**
 * What moved the mood: a signal, `drift` (no signal moved it), `clamped` (the part cut off at 0 or 100), `capped`
 * (calm beyond what one reply can bring, given back) or `held` (calm the customer cannot reach until an acceptable
 * resolution is on the table, given back).
 */
export type MoodCause = SignalId | 'drift' | 'clamped' | 'capped' | 'held'

export interface MoodReason {
  signal: MoodCause
  delta: number
  /** The grader model found this in the agent's previous turn, where the rules had missed it: it counts now. */
  late?: true
}

export type MoodEvent = 'hang_up' | 'satisfied' | null

export interface MoodState {
  /** Frustration, an integer from 0 (calm) to 100 (furious). */
  level: number
  /** Consecutive trainee turns, up to now, that ended with the level at or above the hang-up threshold. */
  turnsAtOrAboveHangUp: number
  /** Calm warnings about abusive language the trainee has given (the `abuse_warning` signal). */
  warningsGiven: number
  /** Trainee turns applied so far; the first trainee turn is turn 1. */
  turn: number
  /** The turn on which the level last fell to or below the calm threshold, or null while it is above. */
  calmedAt: number | null
  /** Whether the trainee has concretely offered one of the persona's acceptable resolutions at any point in the call. */
  resolutionOffered: boolean
  /** The id of the last acceptable resolution offered (null for a concrete fix off the persona's list, or none yet). */
  offeredResolutionId?: string | null
  /** Kept for calls stored before `signalUses`: consecutive turns each calming signal appeared. No longer read. */
  calmingStreaks: Partial<Record<SignalId, number>>
  /** For each calming signal, on how many trainee turns of the whole call it has appeared so far. Drives diminishing returns. */
  signalUses?: Partial<Record<SignalId, number>>
}

export interface MoodUpdate {
  state: MoodState
  /** Change in level this turn; equals the sum of `reasons`. */
  delta: number
  band: MoodBand
  /** What moved the mood and by how much, in the order applied. Zero contributions are left out. */
  reasons: MoodReason[]
  event: MoodEvent
}

/** Level boundaries of each band, highest first. */
const bandFloors: ReadonlyArray<readonly [MoodBand, number]> = [
  ['furious', 80],
  ['angry', 60],
  ['frustrated', 40],
  ['calming', 20],
  ['satisfied', 0],
]

export function moodBand(level: number): MoodBand {
  for (const [band, floor] of bandFloors) {
    if (level >= floor) return band
  }
  return 'satisfied'
}

/** A calming signal keeps its full effect on this many turns of a call, then halves on each further turn it appears. */
export const fullStrengthCalmingTurns = 2

/** The most one reply can calm a customer by, whatever it contains: one reply never cures a furious customer. */
export const maximumCalmPerTurn = 25

/**
 * Without an acceptable resolution on the table, the customer calms no further than this (or one point above
 * their calm threshold, when that is higher): empathy and good questions take a customer partway, only progress
 * reaches the calm bands.
 */
export const calmFloorWithoutResolution = 40

/** Used when a persona leaves `instruction_to_ai` unset: a real customer is puzzled and annoyed by talk aimed at a machine. */
export const defaultInstructionEscalation = 5

/**
 * How the signals added after personas were first written move each archetype, used when a persona does not list
 * them, so every persona reacts to sarcasm, stalling and real offers. A persona's own value always wins.
 */
export const archetypeDefaultSensitivities: Record<Archetype, Partial<Record<SignalId, number>>> = {
  hostile: { sarcastic: 14, dismissed: 12, exasperated: 8, stalled: 6, offered_resolution: -14, offered_refused: 8 },
  'long-winded': { sarcastic: 10, dismissed: 10, exasperated: 8, stalled: 3, offered_resolution: -14, offered_refused: 6 },
  'know-it-all': { sarcastic: 10, dismissed: 10, exasperated: 6, stalled: 5, offered_resolution: -12, offered_refused: 8 },
  'elderly-confused': { sarcastic: 10, dismissed: 8, exasperated: 10, stalled: 3, offered_resolution: -14, offered_refused: 6 },
  custom: { sarcastic: 10, dismissed: 10, exasperated: 6, stalled: 4, offered_resolution: -12, offered_refused: 6 },
}

const closingSignals: readonly SignalId[] = ['summarised', 'thanked']

/**
 * A put-down spoils the turn: in a reply that blames, talks down, argues, mocks, brushes off or attacks the
 * customer, or offers what the scenario rules out, nothing calms them, however polite the rest is.
 */
export const spoilingSignals: readonly SignalId[] = ['blamed', 'patronised', 'argued', 'sarcastic', 'dismissed', 'hostile', 'profanity', 'offered_refused']

export function initialMoodState(persona: PersonaSpec): MoodState {
  return {
    level: persona.mood.start,
    // The opening is not a trainee turn, so patience starts counting on the trainee's first reply.
    turnsAtOrAboveHangUp: 0,
    warningsGiven: 0,
    turn: 0,
    calmedAt: null,
    resolutionOffered: false,
    offeredResolutionId: null,
    calmingStreaks: {},
    signalUses: {},
  }
}

/** The persona's weight for one signal (the archetype's default for newer signals it does not list); `instruction_to_ai` is never allowed to calm. */
export function sensitivity(persona: PersonaSpec, signal: SignalId): number {
  const configured = persona.mood.sensitivities[signal] ?? archetypeDefaultSensitivities[persona.archetype][signal]
  if (signal === 'instruction_to_ai') return Math.max(0, configured ?? defaultInstructionEscalation)
  return configured ?? 0
}

/**
 * Applies one trainee turn to the customer's mood. Pure: same persona, state and signals give the same update.
 *
 * - Each signal present counts once, however often it fired: its persona sensitivity is added to the level.
 * - Formulaic moves wear off: a calming signal keeps its full effect on its first `fullStrengthCalmingTurns` turns
 *   of the call, then halves on each further turn it appears (third ½, fourth ¼, …, rounded toward zero), whether
 *   or not the turns are consecutive, so cycling stock phrases cannot farm calm. Escalating signals never wear off.
 * - Drift: when no signal moved the level, `driftPerTurn` applies (a hostile customer winds themself up).
 * - Late signals (`options.lateSignals`): escalating behaviour the grader model found in the agent's previous turn
 *   that the rules missed (subtle blame, say). Each adds its sensitivity once, marked `late`; they never calm.
 * - A put-down spoils the turn (`spoilingSignals`): when the reply also blames, patronises, argues, mocks, brushes
 *   the customer off, attacks them or offers a refused outcome, its calming signals count for nothing.
 * - A calming signal only the learned layer found (`source: 'learned'`) does not calm: it may be a misreading.
 * - A vague question in a turn that closes (summarised or thanked) is the close's "anything else?", not counted.
 * - One reply calms by at most `maximumCalmPerTurn`; the rest is given back as a `capped` reason.
 * - Progress, not phrases, reaches the calm bands: until an acceptable resolution has been offered (this turn or
 *   earlier), the level falls no lower than `calmFloorWithoutResolution` (or one above the calm threshold, if
 *   higher); the rest is given back as a `held` reason. A level already below it is never raised by this.
 * - The level is clamped to 0–100; any part cut off is reported as a `clamped` reason, so reasons sum to delta.
 * - `hang_up` when the level has been at or above the hang-up threshold for `patience` trainee turns in a row.
 * - `satisfied` (the call is resolved) only when an acceptable resolution has been concretely offered at some point
 *   (`offered_resolution`), the level is at or below the calm threshold, this turn closes the call (`summarised` or
 *   `thanked`) and does not also concede a refused outcome.
 * - `abuse_warning` counts toward `warningsGiven`, which the hang-up policy reads.
 */
export function applyTurn(persona: PersonaSpec, state: MoodState, signals: TurnSignals, options: { lateSignals?: readonly SignalId[] } = {}): MoodUpdate {
  const { hangUpThreshold, calmThreshold, patience, driftPerTurn } = persona.mood
  const present = new Set<SignalId>(signals.signals.map((signal) => signal.id))

  const reasons: MoodReason[] = []
  const signalUses: Partial<Record<SignalId, number>> = { ...(state.signalUses ?? {}) }
  const spoiled = spoilingSignals.some((signal) => present.has(signal) && sensitivity(persona, signal) > 0)
  // "Anything else I can help with?" while summing up closes the call; it is not a question that goes nowhere.
  const closing = closingSignals.some((signal) => present.has(signal))
  for (const signal of present) {
    const weight = sensitivity(persona, signal)
    let contribution = weight
    if (signal === 'vague_question' && closing) continue
    if (weight < 0 && spoiled) continue
    // A learned guess can make the customer warier, never calmer: calm needs the rules' own finding or a quote.
    if (weight < 0 && signals.signals.every((found) => found.id !== signal || found.source === 'learned')) continue
    if (weight < 0) {
      const uses = (signalUses[signal] ?? 0) + 1
      signalUses[signal] = uses
      const halvings = Math.max(0, uses - fullStrengthCalmingTurns)
      contribution = Math.trunc(weight / 2 ** halvings)
    }
    if (contribution !== 0) reasons.push({ signal, delta: contribution })
  }
  if (reasons.length === 0 && driftPerTurn !== 0) reasons.push({ signal: 'drift', delta: driftPerTurn })
  // Late signals only ever escalate, and one the trainee repeated in this turn already counted above.
  for (const signal of new Set(options.lateSignals ?? [])) {
    const weight = sensitivity(persona, signal)
    if (weight > 0 && !present.has(signal)) reasons.push({ signal, delta: weight, late: true })
  }

  const total = () => reasons.reduce((sum, reason) => sum + reason.delta, 0)
  if (total() < -maximumCalmPerTurn) reasons.push({ signal: 'capped', delta: -maximumCalmPerTurn - total() })

  // Only one of the persona's own resolutions opens the calm bands; a concrete fix off the list still calms by its weight.
  const offeredNow = present.has('offered_resolution') && signals.offer != null && signals.offer.id !== null
  const resolutionOffered = state.resolutionOffered || offeredNow
  if (!resolutionOffered) {
    const floor = Math.min(state.level, Math.max(calmFloorWithoutResolution, calmThreshold + 1))
    const reached = state.level + total()
    if (reached < floor) reasons.push({ signal: 'held', delta: floor - reached })
  }

  const unclamped = state.level + total()
  const level = Math.min(100, Math.max(0, unclamped))
  if (level !== unclamped) reasons.push({ signal: 'clamped', delta: level - unclamped })

  const turn = state.turn + 1
  const turnsAtOrAboveHangUp = level >= hangUpThreshold ? state.turnsAtOrAboveHangUp + 1 : 0
  const isCalm = level <= calmThreshold
  const closes = closingSignals.some((signal) => present.has(signal))

  const next: MoodState = {
    level,
    turnsAtOrAboveHangUp,
    warningsGiven: state.warningsGiven + (present.has('abuse_warning') ? 1 : 0),
    turn,
    calmedAt: isCalm ? (state.calmedAt ?? turn) : null,
    resolutionOffered,
    offeredResolutionId: offeredNow ? (signals.offer?.id ?? null) : (state.offeredResolutionId ?? null),
    calmingStreaks: {},
    signalUses,
  }

  let event: MoodEvent = null
  if (turnsAtOrAboveHangUp >= patience) event = 'hang_up'
  else if (isCalm && resolutionOffered && closes && !present.has('offered_refused')) event = 'satisfied'

  return { state: next, delta: level - state.level, band: moodBand(level), reasons, event }
}
