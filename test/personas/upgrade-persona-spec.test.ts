import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtinPersonas } from '../../src/personas/builtin'
import { personaSpecSchema } from '../../src/personas/persona-spec'
import { needsUpgrade, upgradePersonaSpec } from '../../src/personas/upgrade-persona-spec'

/** A persona exported before resolutions had ids (shape 1): the hostile built-in of that time, renamed. */
const shapeOne = JSON.parse(readFileSync(new URL('./fixtures/persona-shape-1.json', import.meta.url), 'utf8')) as Record<string, any>

describe('upgrading a persona spec of an older shape', () => {
  it('moves the acceptable and unacceptable resolutions to resolutions and refused outcomes with ids from their words', () => {
    const { spec } = upgradePersonaSpec(shapeOne) as { spec: Record<string, any> }
    expect(spec.scenario).not.toHaveProperty('acceptableResolutions')
    expect(spec.scenario).not.toHaveProperty('unacceptableResolutions')
    expect(spec.resolutions).toEqual([
      {
        id: 'confirmed-engineer-appointment-specific-date',
        description: shapeOne.scenario.acceptableResolutions[0],
        phrasings: [],
      },
      { id: 'clear-explanation-actual-fault-credit', description: shapeOne.scenario.acceptableResolutions[1], phrasings: [] },
      { id: 'mobile-broadband-dongle-sent-out', description: shapeOne.scenario.acceptableResolutions[2], phrasings: [] },
    ])
    expect(spec.refusedOutcomes.map((outcome: { description: string }) => outcome.description)).toEqual(shapeOne.scenario.unacceptableResolutions)
    expect(spec.refusedOutcomes.map((outcome: { id: string }) => outcome.id)).toEqual([
      'another-vague-promise-that-someone',
      'told-restart-router-again',
      'told-fault-own-equipment-without',
    ])
  })

  it('gives each hidden fact what it answers, from its keywords, and keeps the fact ids', () => {
    const { spec } = upgradePersonaSpec(shapeOne) as { spec: Record<string, any> }
    expect(spec.hiddenFacts.map((fact: { id: string }) => fact.id)).toEqual(shapeOne.hiddenFacts.map((fact: { id: string }) => fact.id))
    expect(spec.hiddenFacts[0].answers).toBe('questions about engineer, technician, appointment, visit, booked')
    expect(spec.hiddenFacts[0].earnedBy).toEqual(shapeOne.hiddenFacts[0].earnedBy)
  })

  it('answers with a fact’s first sentence when it has no keywords', () => {
    const noKeywords = { ...shapeOne, hiddenFacts: [{ id: 'gift', fact: 'It is a birthday present. For his niece.', earnedBy: { keywords: [] } }] }
    const { spec } = upgradePersonaSpec(noKeywords) as { spec: Record<string, any> }
    expect(spec.hiddenFacts[0].answers).toBe('It is a birthday present.')
  })

  it('gives a spec the current schema accepts, with the new fields empty', () => {
    const parsed = personaSpecSchema.parse(upgradePersonaSpec(shapeOne).spec)
    expect(parsed.resolutions).toHaveLength(3)
    expect(parsed.agentOptions).toEqual([])
    expect(parsed.agentScreen).toEqual({ account: [], history: [], notes: [] })
    expect(parsed.knownDetails).toEqual([])
    expect(parsed.unknowns).toEqual([])
    expect(parsed.voiceLines).toEqual([])
    expect(parsed.mood).toEqual(shapeOne.mood)
  })

  it('says what it inferred, in a trainer’s words', () => {
    const { notes } = upgradePersonaSpec(shapeOne)
    expect(notes).toEqual([
      expect.stringMatching(/^The acceptable resolutions became Resolutions \(`resolutions`\), each with an id made from its wording/),
      expect.stringMatching(/^The unacceptable resolutions became Refused outcomes/),
      expect.stringMatching(/^4 hidden facts got what they answer \(`answers`\) from their hint words or wording/),
      expect.stringMatching(/^New fields left empty: the agent's options, the agent's screen, known details, unknowns, voice lines\./),
    ])
  })

  it('makes distinct ids for two resolutions that start with the same words', () => {
    const twins = { ...shapeOne, scenario: { ...shapeOne.scenario, acceptableResolutions: ['A refund today', 'A refund today, by cheque'] } }
    const { spec } = upgradePersonaSpec(twins) as { spec: Record<string, any> }
    expect(spec.resolutions.map((outcome: { id: string }) => outcome.id)).toEqual(['refund-today', 'refund-today-cheque'])
    const same = { ...shapeOne, scenario: { ...shapeOne.scenario, acceptableResolutions: ['A refund', 'A refund'] } }
    expect((upgradePersonaSpec(same).spec as Record<string, any>).resolutions.map((outcome: { id: string }) => outcome.id)).toEqual(['refund', 'refund-2'])
  })

  it('is idempotent: an upgraded spec, or one already current, comes back as the same object with no notes', () => {
    const once = upgradePersonaSpec(shapeOne)
    expect(needsUpgrade(once.spec)).toBe(false)
    const twice = upgradePersonaSpec(once.spec)
    expect(twice.spec).toBe(once.spec)
    expect(twice.notes).toEqual([])
    for (const persona of builtinPersonas) {
      expect(needsUpgrade(persona)).toBe(false)
      expect(upgradePersonaSpec(persona)).toEqual({ spec: persona, notes: [] })
    }
  })

  it('does not change the spec it is given', () => {
    const before = structuredClone(shapeOne)
    upgradePersonaSpec(shapeOne)
    expect(shapeOne).toEqual(before)
  })

  it('leaves what is not a spec for validation to report', () => {
    expect(upgradePersonaSpec(null)).toEqual({ spec: null, notes: [] })
    expect(upgradePersonaSpec('text')).toEqual({ spec: 'text', notes: [] })
    const notAList = { ...shapeOne, scenario: { ...shapeOne.scenario, acceptableResolutions: 'A refund' } }
    expect(personaSpecSchema.safeParse(upgradePersonaSpec(notAList).spec).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['resolutions'])
  })
})
