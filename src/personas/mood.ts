import type { SignalId, TurnSignals } from '../grader/signal-types'
import type { PersonaSpec } from './persona-spec'

/** How the customer feels, in words, for the director's note and the mood meter. Fixed bands, the same for every persona. */
export type MoodBand = 'furious' | 'angry' | 'frustrated' | 'calming' | 'satisfied'

/** What moved the mood: a signal, `drift` (no signal moved it), or `clamped` (the part cut off at 0 or 100). */
export type MoodCause = SignalId | 'drift' | 'clamped'

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
  /** Whether the trainee has offered a way forward (`can_do` or `promised`) at any point in the call. */
  resolutionOffered: boolean
  /** For each calming signal, how many turns in a row (up to now) it has appeared. Drives diminishing returns. */
  calmingStreaks: Partial<Record<SignalId, number>>
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

/** A calming signal keeps its full effect for this many turns in a row, then halves each further turn. */
export const fullStrengthCalmingTurns = 2

/** Used when a persona leaves `instruction_to_ai` unset: a real customer is puzzled and annoyed by talk aimed at a machine. */
export const defaultInstructionEscalation = 5

const closingSignals: readonly SignalId[] = ['summarised', 'thanked']
const resolutionSignals: readonly SignalId[] = ['can_do', 'promised']

export function initialMoodState(persona: PersonaSpec): MoodState {
  return {
    level: persona.mood.start,
    // The opening is not a trainee turn, so patience starts counting on the trainee's first reply.
    turnsAtOrAboveHangUp: 0,
    warningsGiven: 0,
    turn: 0,
    calmedAt: null,
    resolutionOffered: false,
    calmingStreaks: {},
  }
}

/** The persona's weight for one signal; `instruction_to_ai` is never allowed to calm. */
function sensitivity(persona: PersonaSpec, signal: SignalId): number {
  const configured = persona.mood.sensitivities[signal]
  if (signal === 'instruction_to_ai') return Math.max(0, configured ?? defaultInstructionEscalation)
  return configured ?? 0
}

/**
 * Applies one trainee turn to the customer's mood. Pure: same persona, state and signals give the same update.
 *
 * - Each signal present counts once, however often it fired: its persona sensitivity is added to the level.
 * - Diminishing returns: a calming signal (negative sensitivity) that appears in more than
 *   `fullStrengthCalmingTurns` consecutive turns halves each further turn (third turn ½, fourth ¼, …, rounded
 *   toward zero), so repeating the same canned apology cannot farm calm. Escalating signals never wear off.
 * - Drift: when no signal moved the level, `driftPerTurn` applies (a hostile customer winds themself up).
 * - Late signals (`options.lateSignals`): escalating behaviour the grader model found in the agent's previous turn
 *   that the rules missed (subtle blame, say). Each adds its sensitivity once, marked `late`; they never calm.
 * - The level is clamped to 0–100; any part cut off is reported as a `clamped` reason so reasons sum to delta.
 * - `hang_up` when the level has been at or above the hang-up threshold for `patience` trainee turns in a row.
 * - `satisfied` when the level is at or below the calm threshold, a resolution (`can_do` or `promised`) has been
 *   offered at some point, and this turn closes the call (`summarised` or `thanked`).
 * - `abuse_warning` counts toward `warningsGiven`, which the hang-up policy reads.
 */
export function applyTurn(persona: PersonaSpec, state: MoodState, signals: TurnSignals, options: { lateSignals?: readonly SignalId[] } = {}): MoodUpdate {
  const { hangUpThreshold, calmThreshold, patience, driftPerTurn } = persona.mood
  const present = new Set<SignalId>(signals.signals.map((signal) => signal.id))

  const reasons: MoodReason[] = []
  const calmingStreaks: Partial<Record<SignalId, number>> = {}
  for (const signal of present) {
    const weight = sensitivity(persona, signal)
    let contribution = weight
    if (weight < 0) {
      const streak = (state.calmingStreaks[signal] ?? 0) + 1
      calmingStreaks[signal] = streak
      const halvings = Math.max(0, streak - fullStrengthCalmingTurns)
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

  const unclamped = state.level + reasons.reduce((sum, reason) => sum + reason.delta, 0)
  const level = Math.min(100, Math.max(0, unclamped))
  if (level !== unclamped) reasons.push({ signal: 'clamped', delta: level - unclamped })

  const turn = state.turn + 1
  const turnsAtOrAboveHangUp = level >= hangUpThreshold ? state.turnsAtOrAboveHangUp + 1 : 0
  const isCalm = level <= calmThreshold
  const resolutionOffered = state.resolutionOffered || resolutionSignals.some((signal) => present.has(signal))
  const closes = closingSignals.some((signal) => present.has(signal))

  const next: MoodState = {
    level,
    turnsAtOrAboveHangUp,
    warningsGiven: state.warningsGiven + (present.has('abuse_warning') ? 1 : 0),
    turn,
    calmedAt: isCalm ? (state.calmedAt ?? turn) : null,
    resolutionOffered,
    calmingStreaks,
  }

  let event: MoodEvent = null
  if (turnsAtOrAboveHangUp >= patience) event = 'hang_up'
  else if (isCalm && resolutionOffered && closes) event = 'satisfied'

  return { state: next, delta: level - state.level, band: moodBand(level), reasons, event }
}
