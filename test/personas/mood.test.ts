import { describe, expect, it } from 'vitest'
import type { SignalId } from '../../src/grader/signal-types'
import { builtinPersonas } from '../../src/personas/builtin'
import { hostileBroadbandCallbacks } from '../../src/personas/builtin/hostile-broadband-callbacks'
import { knowItAllRoamingCharges } from '../../src/personas/builtin/know-it-all-roaming-charges'
import { applyTurn, archetypeDefaultSensitivities, calmFloorWithoutResolution, initialMoodState, maximumCalmPerTurn, moodBand, type MoodState, type MoodUpdate } from '../../src/personas/mood'
import type { PersonaSpec } from '../../src/personas/persona-spec'
import { signalsFrom } from './signals-from'

function playScript(persona: PersonaSpec, turns: SignalId[][], start: MoodState = initialMoodState(persona)): MoodUpdate[] {
  const updates: MoodUpdate[] = []
  let state = start
  for (const ids of turns) {
    const update = applyTurn(persona, state, signalsFrom(ids))
    updates.push(update)
    state = update.state
  }
  return updates
}

const badAgent: SignalId[][] = [
  ['blamed'],
  ['patronised', 'argued'],
  ['cant_do'],
  ['blamed', 'cant_do'],
  ['argued'],
  ['patronised'],
]

const goodAgent: SignalId[][] = [
  ['acknowledged', 'apologised'],
  ['directed_question'],
  ['paraphrased'],
  ['offered_resolution', 'can_do', 'ownership'],
  ['used_name'],
  ['summarised', 'thanked'],
]

const personaCases = builtinPersonas.map((persona) => [persona.id, persona] as const)

describe('mood bands', () => {
  it.each([
    [100, 'furious'],
    [80, 'furious'],
    [79, 'angry'],
    [60, 'angry'],
    [59, 'frustrated'],
    [40, 'frustrated'],
    [39, 'calming'],
    [20, 'calming'],
    [19, 'satisfied'],
    [0, 'satisfied'],
  ] as const)('level %i reads as %s', (level, band) => {
    expect(moodBand(level)).toBe(band)
  })
})

describe('initial mood', () => {
  it('starts at the persona level with nothing counted yet', () => {
    expect(initialMoodState(hostileBroadbandCallbacks)).toEqual({
      level: 85,
      turnsAtOrAboveHangUp: 0,
      warningsGiven: 0,
      turn: 0,
      calmedAt: null,
      resolutionOffered: false,
      offeredResolutionId: null,
      calmingStreaks: {},
      signalUses: {},
    })
  })
})

describe('a scripted bad agent', () => {
  it.each(personaCases)('never calms %s', (_id, persona) => {
    const updates = playScript(persona, badAgent)
    for (const update of updates) {
      expect(['calming', 'satisfied']).not.toContain(update.band)
      expect(update.state.level).toBeGreaterThan(persona.mood.calmThreshold)
      expect(update.event).not.toBe('satisfied')
    }
    expect(updates.at(-1)?.state.level).toBeGreaterThan(persona.mood.start)
  })

  it('makes the hostile customer hang up within his patience', () => {
    const persona = hostileBroadbandCallbacks
    const updates = playScript(persona, badAgent)
    const firstAtThreshold = updates.findIndex((update) => update.state.level >= persona.mood.hangUpThreshold)
    const hangUp = updates.findIndex((update) => update.event === 'hang_up')
    expect(firstAtThreshold).toBeGreaterThanOrEqual(0)
    expect(hangUp).toBe(firstAtThreshold + persona.mood.patience - 1)
  })
})

describe('a scripted good agent', () => {
  it.each(personaCases)('calms %s below the calm threshold and closes the call satisfied', (_id, persona) => {
    const updates = playScript(persona, goodAgent)
    expect(updates).toHaveLength(6)
    expect(updates.some((update) => update.state.level < persona.mood.calmThreshold)).toBe(true)
    expect(updates.slice(0, -1).map((update) => update.event)).not.toContain('satisfied')
    expect(updates.at(-1)?.event).toBe('satisfied')
    expect(updates.map((update) => update.event)).not.toContain('hang_up')
  })

  it('does not satisfy a calm customer who was never offered a resolution', () => {
    const persona = hostileBroadbandCallbacks
    const script: SignalId[][] = [
      ['acknowledged', 'apologised', 'ownership'],
      ['paraphrased', 'collaborated'],
      ['directed_question', 'used_name', 'acknowledged'],
      ['paraphrased', 'ownership'],
      ['summarised', 'thanked'],
    ]
    const updates = playScript(persona, script)
    const last = updates.at(-1)
    expect(last?.state.level).toBeGreaterThan(persona.mood.calmThreshold)
    expect(last?.state.resolutionOffered).toBe(false)
    expect(last?.event).toBeNull()
  })
})

describe('progress calms, phrases do not', () => {
  const persona = hostileBroadbandCallbacks

  it('holds the customer out of the calm bands until an acceptable resolution is on the table', () => {
    const kind: SignalId[][] = Array.from({ length: 8 }, () => ['acknowledged', 'apologised', 'directed_question', 'paraphrased', 'ownership'])
    const updates = playScript(persona, kind)
    for (const update of updates) expect(update.state.level).toBeGreaterThanOrEqual(calmFloorWithoutResolution)
    expect(updates.some((update) => update.reasons.some((reason) => reason.signal === 'held'))).toBe(true)
    const offered = applyTurn(persona, updates.at(-1)!.state, signalsFrom(['offered_resolution']))
    expect(offered.state.level).toBeLessThan(calmFloorWithoutResolution)
    expect(offered.state.resolutionOffered).toBe(true)
    expect(offered.state.offeredResolutionId).toBe('a-resolution')
  })

  it('a concrete fix that is not one of the persona resolutions does not open the calm bands', () => {
    const start = { ...initialMoodState(persona), level: 45 }
    const update = applyTurn(persona, start, { ...signalsFrom(['offered_resolution', 'acknowledged']), offer: { id: null, evidence: 'x' } })
    expect(update.state.resolutionOffered).toBe(false)
    expect(update.state.level).toBe(calmFloorWithoutResolution)
  })

  it('calms a furious customer by at most 25 points in one reply, however good it is', () => {
    const update = applyTurn(persona, initialMoodState(persona), signalsFrom(['acknowledged', 'apologised', 'ownership', 'offered_resolution', 'can_do', 'promised', 'used_name']))
    expect(update.delta).toBe(-maximumCalmPerTurn)
    expect(update.reasons.at(-1)?.signal).toBe('capped')
    expect(update.reasons.reduce((sum, reason) => sum + reason.delta, 0)).toBe(update.delta)
  })

  it('wears a formulaic move off over the whole call, not only on consecutive turns', () => {
    const updates = playScript(persona, [['thanked'], ['directed_question'], ['thanked'], ['paraphrased'], ['thanked'], ['paraphrased'], ['thanked']])
    const thanks = updates.filter((_, index) => index % 2 === 0).map((update) => update.reasons.find((reason) => reason.signal === 'thanked')?.delta ?? 0)
    expect(thanks).toEqual([-4, -4, -2, -1])
  })

  it('gets angrier, never resolves, when the agent offers what the scenario rules out', () => {
    const calm = { ...initialMoodState(persona), level: 20, resolutionOffered: true, offeredResolutionId: 'a-resolution' }
    const update = applyTurn(persona, calm, signalsFrom(['offered_refused', 'summarised', 'thanked']))
    expect(update.reasons.find((reason) => reason.signal === 'offered_refused')?.delta).toBeGreaterThan(0)
    expect(update.event).toBeNull()
  })

  it('reacts to signals written after the persona with the archetype defaults', () => {
    expect(persona.mood.sensitivities.sarcastic).toBeUndefined()
    const update = applyTurn(persona, { ...initialMoodState(persona), level: 50 }, signalsFrom(['sarcastic']))
    expect(update.delta).toBe(archetypeDefaultSensitivities.hostile.sarcastic)
    expect(update.delta).toBeGreaterThan(0)
  })
})

describe('canned empathy', () => {
  it('does not calm the hostile customer when the agent only apologises, turn after turn', () => {
    const persona = hostileBroadbandCallbacks
    const updates = playScript(persona, Array.from({ length: 12 }, () => ['apologised'] as SignalId[]))
    for (const update of updates) {
      expect(['calming', 'satisfied']).not.toContain(update.band)
      expect(update.state.level).toBeGreaterThan(persona.mood.calmThreshold)
    }
  })

  it('calms half as much on the third time in a call the same calming signal appears, and wears off after', () => {
    const updates = playScript(hostileBroadbandCallbacks, Array.from({ length: 6 }, () => ['apologised'] as SignalId[]))
    expect(updates.map((update) => update.delta)).toEqual([-6, -6, -3, -1, 2, 2])
    expect(updates[4]?.reasons).toEqual([{ signal: 'drift', delta: 2 }])
  })

  it('does not get its full effect back after a turn without it', () => {
    const updates = playScript(hostileBroadbandCallbacks, [['apologised'], ['apologised'], ['directed_question'], ['apologised']])
    expect(updates[3]?.reasons).toEqual([{ signal: 'apologised', delta: -3 }])
  })

  it('never wears off for escalating signals', () => {
    const updates = playScript(knowItAllRoamingCharges, Array.from({ length: 3 }, () => ['vague_question'] as SignalId[]))
    expect(updates.map((update) => update.delta)).toEqual([8, 8, 8])
  })
})

describe('mood arithmetic', () => {
  it('counts each signal once per turn however often it fired', () => {
    const update = applyTurn(hostileBroadbandCallbacks, initialMoodState(hostileBroadbandCallbacks), signalsFrom(['acknowledged', 'acknowledged', 'acknowledged']))
    expect(update.delta).toBe(-12)
  })

  it('drifts when no signal moved the mood', () => {
    const start = initialMoodState(hostileBroadbandCallbacks)
    const update = applyTurn(hostileBroadbandCallbacks, start, signalsFrom([]))
    expect(update.reasons).toEqual([{ signal: 'drift', delta: 2 }])
    expect(update.state.level).toBe(87)
  })

  it('does not drift when a signal moved the mood', () => {
    const update = applyTurn(hostileBroadbandCallbacks, initialMoodState(hostileBroadbandCallbacks), signalsFrom(['rushed']))
    expect(update.reasons).toEqual([{ signal: 'rushed', delta: 8 }])
  })

  it('clamps at 100 and reports the cut-off part', () => {
    const update = applyTurn(hostileBroadbandCallbacks, initialMoodState(hostileBroadbandCallbacks), signalsFrom(['blamed', 'patronised']))
    expect(update.state.level).toBe(100)
    expect(update.delta).toBe(15)
    expect(update.reasons).toEqual([
      { signal: 'blamed', delta: 15 },
      { signal: 'patronised', delta: 15 },
      { signal: 'clamped', delta: -15 },
    ])
  })

  it('clamps at 0', () => {
    const low: MoodState = { ...initialMoodState(hostileBroadbandCallbacks), level: 10, resolutionOffered: true }
    const update = applyTurn(hostileBroadbandCallbacks, low, signalsFrom(['can_do', 'ownership', 'acknowledged']))
    expect(update.state.level).toBe(0)
    expect(update.delta).toBe(-10)
  })

  it.each(personaCases)('explains every change for %s: reasons sum to the delta', (_id, persona) => {
    const scripts = [badAgent, goodAgent, [[], ['apologised'], ['hostile', 'profanity'], ['instruction_to_ai']] as SignalId[][]]
    for (const script of scripts) {
      let previous = persona.mood.start
      for (const update of playScript(persona, script)) {
        expect(update.reasons.reduce((sum, reason) => sum + reason.delta, 0)).toBe(update.delta)
        expect(update.state.level - previous).toBe(update.delta)
        expect(Number.isInteger(update.state.level)).toBe(true)
        expect(update.state.level).toBeGreaterThanOrEqual(0)
        expect(update.state.level).toBeLessThanOrEqual(100)
        previous = update.state.level
      }
    }
  })

  it('escalates on text aimed at the AI even when the persona gives it no weight', () => {
    const { instruction_to_ai: _ignored, ...sensitivities } = hostileBroadbandCallbacks.mood.sensitivities
    const persona: PersonaSpec = { ...hostileBroadbandCallbacks, mood: { ...hostileBroadbandCallbacks.mood, sensitivities } }
    const update = applyTurn(persona, initialMoodState(persona), signalsFrom(['instruction_to_ai']))
    expect(update.reasons).toEqual([{ signal: 'instruction_to_ai', delta: 5 }])
  })

  it('never lets text aimed at the AI calm the customer, whatever the weight says', () => {
    const persona: PersonaSpec = {
      ...hostileBroadbandCallbacks,
      mood: { ...hostileBroadbandCallbacks.mood, sensitivities: { instruction_to_ai: -20 } },
    }
    const update = applyTurn(persona, initialMoodState(persona), signalsFrom(['instruction_to_ai']))
    expect(update.delta).toBeGreaterThanOrEqual(0)
  })
})

describe('mood bookkeeping', () => {
  it('counts warnings about abusive language', () => {
    const updates = playScript(hostileBroadbandCallbacks, [['abuse_warning'], ['acknowledged'], ['abuse_warning', 'abuse_warning']])
    expect(updates.map((update) => update.state.warningsGiven)).toEqual([1, 1, 2])
  })

  it('remembers that a resolution was offered', () => {
    const updates = playScript(hostileBroadbandCallbacks, [['acknowledged'], ['promised'], ['offered_resolution'], ['blamed']])
    expect(updates.map((update) => update.state.resolutionOffered)).toEqual([false, false, true, true])
  })

  it('numbers turns and records when the customer calmed down', () => {
    const updates = playScript(hostileBroadbandCallbacks, goodAgent)
    expect(updates.map((update) => update.state.turn)).toEqual([1, 2, 3, 4, 5, 6])
    const calmedAt = updates.findIndex((update) => update.state.level <= hostileBroadbandCallbacks.mood.calmThreshold) + 1
    expect(calmedAt).toBeGreaterThan(0)
    expect(updates.map((update) => update.state.calmedAt)).toEqual(updates.map((_, index) => (index + 1 >= calmedAt ? calmedAt : null)))
  })

  it('resets the hang-up count when the mood drops below the threshold', () => {
    const updates = playScript(hostileBroadbandCallbacks, [['blamed'], ['blamed'], ['acknowledged', 'ownership'], ['blamed']])
    expect(updates.map((update) => update.state.turnsAtOrAboveHangUp)).toEqual([1, 2, 0, 0])
    expect(updates.map((update) => update.event)).toEqual([null, null, null, null])
  })
})

describe('late signals from the grader model', () => {
  const persona = hostileBroadbandCallbacks

  it('count once on the next turn, marked late, after that turn\'s own signals', () => {
    const start = initialMoodState(persona)
    const update = applyTurn(persona, start, signalsFrom(['directed_question']), { lateSignals: ['blamed'] })
    const own = applyTurn(persona, start, signalsFrom(['directed_question']))
    expect(update.reasons.at(-1)).toEqual({ signal: 'blamed', delta: persona.mood.sensitivities.blamed, late: true })
    expect(update.state.level).toBe(Math.min(100, own.state.level + persona.mood.sensitivities.blamed!))
  })

  it('never calm the customer, and never count twice what the agent repeated this turn', () => {
    const start = { ...initialMoodState(persona), level: 50 }
    expect(applyTurn(persona, start, signalsFrom([]), { lateSignals: ['acknowledged'] }).reasons.some((reason) => reason.late)).toBe(false)
    const repeated = applyTurn(persona, start, signalsFrom(['blamed']), { lateSignals: ['blamed'] })
    expect(repeated.reasons.filter((reason) => reason.signal === 'blamed')).toHaveLength(1)
  })

  it('leave drift to turns where the agent\'s own words moved nothing', () => {
    const stewing = { ...persona, mood: { ...persona.mood, driftPerTurn: 3 } }
    const start = { ...initialMoodState(stewing), level: 50 }
    const update = applyTurn(stewing, start, signalsFrom([]), { lateSignals: ['hostile'] })
    expect(update.reasons.map((reason) => reason.signal)).toEqual(['drift', 'hostile'])
  })
})
