import { describe, expect, it } from 'vitest'
import { builtinPersonas, hostileBroadbandCallbacks } from '../../src/personas/builtin'
import { checkDynamics, judgeDynamics, moodTargets, playDynamicsRun } from '../../src/personas/dynamics-check'
import { personaSpecSchema, type PersonaSpec } from '../../src/personas/persona-spec'
import { maxScriptedTurns } from '../../src/personas/scripted-agents'

/** A trainer's copy of a built-in with other mood dynamics (a new id, so no hand-written good script applies). */
function tuned(mood: Partial<PersonaSpec['mood']>, base: PersonaSpec = hostileBroadbandCallbacks): PersonaSpec {
  return personaSpecSchema.parse({ ...base, id: `${base.id}-tuned`, mood: { ...base.mood, ...mood } })
}

describe('check dynamics: scripted good and bad agents against a persona, no model', () => {
  it.each(builtinPersonas.map((persona) => [persona.id, persona] as const))('passes %s: the good agent calms it within patience, the bad agent never does', (_id, persona) => {
    const result = checkDynamics(persona, { runs: 20 })
    expect(result.verdict).toMatchObject({ passed: true, badAgentNeverCalms: true, goodAgentCalmsWithinPatience: true })
    expect(result.bad.calmedInRuns).toBe(0)
    expect(result.good.calmedInRuns).toBeGreaterThanOrEqual(moodTargets.goodCalms * 20)
    expect(result.good.medianCalmTurn).not.toBeNull()
    // Run 1's curves: from the starting mood; the bad agent's never reaches calm, the good agent's does.
    expect(result.bad.curve[0]).toBe(persona.mood.start)
    expect(Math.min(...result.bad.curve)).toBeGreaterThan(persona.mood.calmThreshold)
    expect(Math.min(...result.good.curve)).toBeLessThanOrEqual(persona.mood.calmThreshold)
    expect(result).toMatchObject({ calmThreshold: persona.mood.calmThreshold, patience: persona.mood.patience })
  })

  it('gives the same result every time for the same spec', () => {
    const persona = tuned({ driftPerTurn: 3 })
    expect(checkDynamics(persona, { runs: 5 })).toEqual(checkDynamics(persona, { runs: 5 }))
  })

  it('judging runs played one by one gives what the one-call check gives', () => {
    const persona = builtinPersonas[1]!
    const runs = [1, 2, 3, 4].map((seed) => playDynamicsRun(persona, seed))
    expect(judgeDynamics(persona, runs)).toEqual(checkDynamics(persona, { runs: 4 }))
  })

  it('fails a spec whose calming steps are so big that blaming and stonewalling calm the customer', () => {
    const persona = tuned({ sensitivities: { ...hostileBroadbandCallbacks.mood.sensitivities, blamed: -30, patronised: -30, cant_do: -30 } })
    const result = checkDynamics(persona, { runs: 10 })
    expect(result.verdict.passed).toBe(false)
    expect(result.verdict.badAgentNeverCalms).toBe(false)
    // Without an offer on the table nobody reaches the calm bands, so the check fails on the calming itself.
    expect(result.verdict.messages[0]).toMatch(/^The bad agent's turns lowered the frustration through: .*blamed/)
  })

  it('fails a spec whose calming steps are too small for the good agent to calm the customer', () => {
    // The offer's weight comes from the archetype's defaults unless the persona sets it: set it too.
    const barelyCalming = { ...Object.fromEntries(Object.entries(hostileBroadbandCallbacks.mood.sensitivities).map(([signal, weight]) => [signal, weight < 0 ? -1 : weight])), offered_resolution: -1 }
    const result = checkDynamics(tuned({ sensitivities: barelyCalming }), { runs: 10 })
    expect(result.verdict).toMatchObject({ passed: false, goodAgentCalmsWithinPatience: false, badAgentNeverCalms: true })
    expect(result.good.calmedInRuns).toBe(0)
    expect(result.good.medianCalmTurn).toBeNull()
    expect(result.verdict.messages[0]).toMatch(/^The good agent calmed the customer in only 0 of 10 runs; it should in at least 8/)
  })

  it('fails a spec so impatient that the customer hangs up on the good agent', () => {
    const result = checkDynamics(tuned({ start: 100, hangUpThreshold: 50, calmThreshold: 10, patience: 1 }), { runs: 10 })
    expect(result.verdict).toMatchObject({ passed: false, goodAgentCalmsWithinPatience: false })
    expect(result.verdict.messages.join(' ')).toMatch(/hung up on the good agent in \d+ runs: the patience \(1\)/)
  })

  it('notes a customer the bad agent never drives away, without failing the check for it', () => {
    const persona = tuned({ hangUpThreshold: 100, patience: 20, driftPerTurn: 0 })
    const result = checkDynamics(persona, { runs: 5 })
    expect(result.bad.hungUpInRuns).toBe(0)
    expect(result.verdict.passed).toBe(true)
    expect(result.verdict.messages.join(' ')).toMatch(/drove the customer to hang up in only 0 of 5 runs/)
    expect(result.bad.curve.length).toBe(maxScriptedTurns + 1)
  })

  it('plays a persona without hidden facts (the good agent still asks a directed question)', () => {
    const persona = personaSpecSchema.parse({ ...hostileBroadbandCallbacks, id: 'no-facts-customer', hiddenFacts: [], script: undefined })
    const result = checkDynamics(persona, { runs: 3 })
    expect(result.good.calmedInRuns).toBe(3)
    expect(JSON.stringify(result)).not.toContain('undefined')
  })
})
