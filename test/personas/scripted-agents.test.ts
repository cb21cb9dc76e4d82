import { describe, expect, it } from 'vitest'
import { detectSignals } from '../../src/grader/signals'
import { builtinPersonas } from '../../src/personas/builtin'
import { applyTurn, initialMoodState, type MoodUpdate } from '../../src/personas/mood'
import type { PersonaSpec } from '../../src/personas/persona-spec'
import { scriptedAgentLines } from '../../src/personas/scripted-agents'
import { signalContextFor } from '../../src/personas/signal-context'

/** Plays trainee lines through the real signal detectors and the mood function, as a call would, with no model. */
function play(persona: PersonaSpec, lines: string[]) {
  let state = initialMoodState(persona)
  const updates: MoodUpdate[] = []
  const previousTraineeTexts: string[] = []
  for (const line of lines) {
    const signals = detectSignals(line, { ...signalContextFor(persona, []), previousTraineeTexts })
    const update = applyTurn(persona, state, signals)
    updates.push(update)
    previousTraineeTexts.push(line)
    state = update.state
    if (update.event) break
  }
  return updates
}

const badAgent = [
  'Calm down. You caused this problem in the first place.',
  'There is nothing I can do, that is our policy.',
  "I can't understand why you are this upset. If you had read the email you wouldn't be in this situation.",
  'Like I already said, it is not my department and not my fault.',
  'You need to understand that I just can\'t help you.',
  'Obviously you did not read the terms and conditions.',
  'Calm down. There is just nothing I can do.',
  'As I said before, you should have called earlier.',
]

describe('scripted agents against the built-in personas, no model', () => {
  it.each(builtinPersonas.map((persona) => [persona.id, persona] as const))('a bad agent never calms %s', (_id, persona) => {
    const updates = play(persona, badAgent)
    for (const update of updates) {
      expect(update.state.level).toBeGreaterThan(persona.mood.calmThreshold)
      expect(update.event).not.toBe('satisfied')
    }
    expect(updates.at(-1)!.state.level).toBeGreaterThanOrEqual(persona.mood.start)
  })

  it('the hostile customer hangs up on a bad agent within its patience', () => {
    const hostile = builtinPersonas.find((persona) => persona.archetype === 'hostile')!
    const updates = play(hostile, badAgent)
    expect(updates.at(-1)!.event).toBe('hang_up')
    const firstAtThreshold = updates.findIndex((update) => update.state.level >= hostile.mood.hangUpThreshold)
    expect(updates.length - 1 - firstAtThreshold).toBeLessThan(hostile.mood.patience)
  })

  it.each(builtinPersonas.map((persona) => [persona.id, persona] as const))('a good agent calms %s and closes the call satisfied', (_id, persona) => {
    const updates = play(persona, scriptedAgentLines(persona, 'good', 1))
    expect(updates.some((update) => update.state.level <= persona.mood.calmThreshold)).toBe(true)
    expect(updates.at(-1)!.event).toBe('satisfied')
    expect(updates.length).toBeLessThanOrEqual(6)
  })
})
