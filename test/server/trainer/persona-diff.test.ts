import { describe, expect, it } from 'vitest'
import { hostileBroadbandCallbacks } from '../../../src/personas/builtin'
import type { PersonaSpec } from '../../../src/personas/persona-spec'
import { diffSpecs } from '../../../src/server/personas/persona-diff'

const base: PersonaSpec = structuredClone(hostileBroadbandCallbacks)
function edited(change: (spec: PersonaSpec) => void): PersonaSpec {
  const copy = structuredClone(base)
  change(copy)
  return copy
}

describe('persona diff between two versions', () => {
  it('finds nothing between identical specs, whatever their key order', () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse())
    expect(diffSpecs(base, reordered)).toEqual([])
  })

  it('reports a changed nested field by its dotted path, with before and after', () => {
    expect(diffSpecs(base, edited((spec) => (spec.scenario.company = 'Brightwave Fibre')))).toEqual([
      { path: 'scenario.company', kind: 'changed', before: 'Lumenet Broadband', after: 'Brightwave Fibre' },
    ])
  })

  it('treats a reworded string as one whole-value change', () => {
    const changes = diffSpecs(base, edited((spec) => (spec.openingLine = 'Hello? Is anyone actually there this time?')))
    expect(changes).toEqual([{ path: 'openingLine', kind: 'changed', before: base.openingLine, after: 'Hello? Is anyone actually there this time?' }])
  })

  it('compares lists of objects by index and shows an added object whole', () => {
    const fact = {
      id: 'new-fact',
      fact: 'He has a second line.',
      answers: 'whether he has another line at the address',
      exampleQuestions: ['Is there another line at the house?'],
      earnedBy: { keywords: ['second line'], requiresDirectedQuestion: true },
    }
    const changes = diffSpecs(
      base,
      edited((spec) => {
        spec.hiddenFacts[1]!.fact = 'Two agents blamed an outage.'
        spec.hiddenFacts.push(fact)
      }),
    )
    expect(changes).toEqual([
      { path: 'hiddenFacts[1].fact', kind: 'changed', before: base.hiddenFacts[1]!.fact, after: 'Two agents blamed an outage.' },
      { path: `hiddenFacts[${base.hiddenFacts.length}]`, kind: 'added', before: undefined, after: fact },
    ])
  })

  it('aligns lists of strings, so a line inserted at the top is one addition', () => {
    const changes = diffSpecs(base, edited((spec) => spec.style.quirks.unshift('Sighs before every answer')))
    expect(changes).toEqual([{ path: 'style.quirks[0]', kind: 'added', before: undefined, after: 'Sighs before every answer' }])
  })

  it('reads an edited line in a list of strings as changed and a dropped one as removed', () => {
    const changes = diffSpecs(
      base,
      edited((spec) => {
        spec.resolutions[0]!.phrasings[0] = 'An engineer visit on a named day'
        spec.unknowns.splice(1, 1)
      }),
    )
    expect(changes).toEqual([
      { path: 'resolutions[0].phrasings[0]', kind: 'changed', before: base.resolutions[0]!.phrasings[0], after: 'An engineer visit on a named day' },
      { path: 'unknowns[1]', kind: 'removed', before: base.unknowns[1], after: undefined },
    ])
  })

  it('names a changed outcome, agent option, screen row and known detail by its place in the list', () => {
    const changes = diffSpecs(
      base,
      edited((spec) => {
        spec.refusedOutcomes[1]!.description = 'Being asked to reboot the router'
        spec.agentOptions[0]!.limits = 'Next working day only'
        spec.agentScreen.account[2]!.value = 'Fibre 500'
        spec.knownDetails.push({ label: 'Landline', value: '0114 496 0000' })
      }),
    )
    expect(changes).toEqual([
      { path: 'refusedOutcomes[1].description', kind: 'changed', before: base.refusedOutcomes[1]!.description, after: 'Being asked to reboot the router' },
      { path: 'agentOptions[0].limits', kind: 'changed', before: base.agentOptions[0]!.limits, after: 'Next working day only' },
      { path: 'agentScreen.account[2].value', kind: 'changed', before: base.agentScreen.account[2]!.value, after: 'Fibre 500' },
      { path: `knownDetails[${base.knownDetails.length}]`, kind: 'added', before: undefined, after: { label: 'Landline', value: '0114 496 0000' } },
    ])
  })

  it('reports sensitivities and optional fields added, removed and changed', () => {
    const changes = diffSpecs(
      base,
      edited((spec) => {
        delete spec.mood.sensitivities.thanked
        spec.mood.sensitivities.blamed = 20
        spec.style.manner = 'Speaks in short bursts.'
      }),
    )
    expect(changes).toEqual(
      expect.arrayContaining([
        { path: 'mood.sensitivities.thanked', kind: 'removed', before: -4, after: undefined },
        { path: 'mood.sensitivities.blamed', kind: 'changed', before: 15, after: 20 },
        { path: 'style.manner', kind: 'added', before: undefined, after: 'Speaks in short bursts.' },
      ]),
    )
    expect(changes).toHaveLength(3)
  })

  it('shows a changed hang-up policy kind at its field', () => {
    const changes = diffSpecs(base, edited((spec) => (spec.hangUpPolicy = { kind: 'never' })))
    expect(changes).toEqual([
      { path: 'hangUpPolicy.kind', kind: 'changed', before: 'after_warnings', after: 'never' },
      { path: 'hangUpPolicy.warnings', kind: 'removed', before: 2, after: undefined },
    ])
  })
})
