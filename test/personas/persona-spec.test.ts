import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { builtinPersonas } from '../../src/personas/builtin'
import { personaFieldHelp, personaSpecSchema, type PersonaSpecInput } from '../../src/personas/persona-spec'
import { hostileBroadbandCallbacks } from '../../src/personas/builtin/hostile-broadband-callbacks'

function withChanges(change: (spec: Record<string, any>) => void): unknown {
  const spec = structuredClone(hostileBroadbandCallbacks) as Record<string, any>
  change(spec)
  return spec
}

function issuePaths(input: unknown): string[] {
  const result = personaSpecSchema.safeParse(input)
  if (result.success) return []
  return result.error.issues.map((issue) => issue.path.join('.'))
}

describe('built-in personas', () => {
  it.each(builtinPersonas.map((persona) => [persona.id, persona] as const))('%s passes the schema with every default spelled out', (_id, persona) => {
    expect(personaSpecSchema.parse(persona)).toEqual(persona)
  })

  it('have unique ids', () => {
    const ids = builtinPersonas.map((persona) => persona.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('cover each built-in archetype once', () => {
    expect(builtinPersonas.map((persona) => persona.archetype).sort()).toEqual(
      ['elderly-confused', 'hostile', 'know-it-all', 'long-winded'],
    )
  })

  it('use different hang-up policies, with the hostile customer after two warnings', () => {
    const hostile = builtinPersonas.find((persona) => persona.archetype === 'hostile')
    expect(hostile?.hangUpPolicy).toEqual({ kind: 'after_warnings', warnings: 2 })
    const kinds = builtinPersonas.map((persona) => persona.hangUpPolicy.kind)
    expect(kinds).toContain('never')
    expect(kinds).toContain('last_resort')
  })

  it('each hide two to four facts with keywords', () => {
    for (const persona of builtinPersonas) {
      expect(persona.hiddenFacts.length).toBeGreaterThanOrEqual(2)
      expect(persona.hiddenFacts.length).toBeLessThanOrEqual(4)
      for (const fact of persona.hiddenFacts) expect(fact.earnedBy.keywords.length).toBeGreaterThan(0)
    }
  })

  it('never give away a hidden fact in the parts of the spec the model always sees', () => {
    for (const persona of builtinPersonas) {
      const visible = JSON.stringify([persona.scenario, persona.style, persona.openingLine, persona.summary])
      for (const fact of persona.hiddenFacts) expect(visible).not.toContain(fact.fact)
    }
  })
})

describe('persona spec schema', () => {
  it('rejects a calm threshold at or above the hang-up threshold, on mood.calmThreshold', () => {
    const paths = issuePaths(withChanges((spec) => { spec.mood.calmThreshold = 92 }))
    expect(paths).toContain('mood.calmThreshold')
  })

  it('explains the threshold problem in words', () => {
    const result = personaSpecSchema.safeParse(withChanges((spec) => { spec.mood.calmThreshold = 95 }))
    expect(result.error?.issues[0]?.message).toMatch(/calm threshold \(95\) must be below the hang-up threshold \(92\)/)
  })

  it('rejects a starting mood at or below the calm threshold, on mood.start', () => {
    expect(issuePaths(withChanges((spec) => { spec.mood.start = 30 }))).toEqual(['mood.start'])
  })

  it('rejects difficulty 7', () => {
    expect(issuePaths(withChanges((spec) => { spec.difficulty = 7 }))).toEqual(['difficulty'])
  })

  it('rejects a fractional difficulty', () => {
    expect(issuePaths(withChanges((spec) => { spec.difficulty = 2.5 }))).toEqual(['difficulty'])
  })

  it('rejects ids that are not lowercase slugs', () => {
    expect(issuePaths(withChanges((spec) => { spec.id = 'Hostile Customer' }))).toEqual(['id'])
    expect(issuePaths(withChanges((spec) => { spec.id = 'ab' }))).toEqual(['id'])
  })

  it('rejects an unknown archetype', () => {
    expect(issuePaths(withChanges((spec) => { spec.archetype = 'grumpy' }))).toEqual(['archetype'])
  })

  it('rejects a persona without any acceptable resolution', () => {
    expect(issuePaths(withChanges((spec) => { spec.resolutions = [] }))).toEqual(['resolutions'])
  })

  it('rejects the old place of the resolutions, inside the scenario (an old file is upgraded first)', () => {
    expect(issuePaths(withChanges((spec) => { spec.scenario.acceptableResolutions = ['A refund'] }))).toEqual(['scenario'])
  })

  it('rejects an outcome id used twice in one list, on the second one, but not the same id in both lists', () => {
    expect(issuePaths(withChanges((spec) => { spec.resolutions[1].id = spec.resolutions[0].id }))).toEqual(['resolutions.1.id'])
    expect(issuePaths(withChanges((spec) => { spec.refusedOutcomes[0].id = spec.resolutions[0].id }))).toEqual([])
  })

  it('rejects an outcome without a description, and an id that is not a slug', () => {
    expect(issuePaths(withChanges((spec) => { spec.resolutions[0].description = '  ' }))).toEqual(['resolutions.0.description'])
    expect(issuePaths(withChanges((spec) => { spec.refusedOutcomes[0].id = 'Vague Callback' }))).toEqual(['refusedOutcomes.0.id'])
  })

  it('rejects an agent option without a label and an empty account row or known detail', () => {
    expect(issuePaths(withChanges((spec) => { spec.agentOptions[0].label = '' }))).toEqual(['agentOptions.0.label'])
    expect(issuePaths(withChanges((spec) => { spec.agentScreen.account[0].value = '' }))).toEqual(['agentScreen.account.0.value'])
    expect(issuePaths(withChanges((spec) => { spec.knownDetails[1].label = '' }))).toEqual(['knownDetails.1.label'])
  })

  it('keeps the voice lines to a handful and asks each hidden fact what it answers', () => {
    expect(issuePaths(withChanges((spec) => { spec.voiceLines = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.'] }))).toEqual(['voiceLines'])
    expect(issuePaths(withChanges((spec) => { delete spec.hiddenFacts[0].answers }))).toEqual(['hiddenFacts.0.answers'])
    expect(issuePaths(withChanges((spec) => { spec.hiddenFacts[0].exampleQuestions = [''] }))).toEqual(['hiddenFacts.0.exampleQuestions.0'])
  })

  it('rejects sensitivities for signals that do not exist', () => {
    expect(issuePaths(withChanges((spec) => { spec.mood.sensitivities.shouted = 5 }))).toEqual(['mood.sensitivities'])
  })

  it('rejects sensitivities outside -30..30', () => {
    expect(issuePaths(withChanges((spec) => { spec.mood.sensitivities.blamed = 40 }))).toEqual(['mood.sensitivities.blamed'])
  })

  it('rejects a calming weight for instruction_to_ai', () => {
    expect(issuePaths(withChanges((spec) => { spec.mood.sensitivities.instruction_to_ai = -5 }))).toEqual([
      'mood.sensitivities.instruction_to_ai',
    ])
  })

  it('rejects a patience of zero turns', () => {
    expect(issuePaths(withChanges((spec) => { spec.mood.patience = 0 }))).toEqual(['mood.patience'])
  })

  it('rejects more than five warnings in an after_warnings policy', () => {
    expect(issuePaths(withChanges((spec) => { spec.hangUpPolicy = { kind: 'after_warnings', warnings: 9 } }))).toEqual([
      'hangUpPolicy.warnings',
    ])
  })

  it('rejects an unknown hang-up policy kind', () => {
    expect(issuePaths(withChanges((spec) => { spec.hangUpPolicy = { kind: 'whenever' } }))).toEqual(['hangUpPolicy.kind'])
  })

  it('rejects duplicate hidden fact ids on the second one', () => {
    const paths = issuePaths(withChanges((spec) => { spec.hiddenFacts[1].id = spec.hiddenFacts[0].id }))
    expect(paths).toEqual(['hiddenFacts.1.id'])
  })

  it('rejects a custom archetype without a described manner', () => {
    expect(issuePaths(withChanges((spec) => { spec.archetype = 'custom' }))).toEqual(['style.manner'])
  })

  it('rejects misspelt fields instead of dropping them', () => {
    expect(issuePaths(withChanges((spec) => { spec.mood.hangupThreshold = 80 }))).toEqual(['mood'])
  })

  it('fills in defaults a trainer should not have to type', () => {
    const minimal: PersonaSpecInput = {
      id: 'minimal-customer',
      name: 'Sam Taylor',
      archetype: 'custom',
      difficulty: 1,
      summary: 'A mildly annoyed customer.',
      scenario: {
        company: 'Acme',
        context: 'An order',
        whatWentWrong: 'It was late.',
        customerWants: 'To know when it arrives.',
      },
      resolutions: [{ id: 'delivery-date', description: 'A delivery date' }],
      hiddenFacts: [{ id: 'gift', fact: 'It is a birthday present.', answers: 'who the order is for' }],
      style: { manner: 'Polite but clipped.' },
      openingLine: 'Hi, my order is late.',
      mood: { start: 40, hangUpThreshold: 90, patience: 3, calmThreshold: 20 },
      hangUpPolicy: { kind: 'never' },
    }
    const parsed = personaSpecSchema.parse(minimal)
    expect(parsed.mood.sensitivities).toEqual({})
    expect(parsed.mood.driftPerTurn).toBe(0)
    expect(parsed.style).toEqual({ verbosity: 'normal', quirks: [], profanity: 'none', manner: 'Polite but clipped.' })
    expect(parsed.refusedOutcomes).toEqual([])
    expect(parsed.resolutions[0]?.phrasings).toEqual([])
    expect(parsed.agentOptions).toEqual([])
    expect(parsed.agentScreen).toEqual({ account: [], history: [], notes: [] })
    expect(parsed.knownDetails).toEqual([])
    expect(parsed.unknowns).toEqual([])
    expect(parsed.voiceLines).toEqual([])
    expect(parsed.hiddenFacts[0]?.exampleQuestions).toEqual([])
    expect(parsed.hiddenFacts[0]?.earnedBy).toEqual({ keywords: [], requiresDirectedQuestion: true })
  })
})

/** Every field path of the schema, dotted, with array indexes left out (the help map's key convention). */
function fieldPaths(schema: z.core.$ZodType, prefix = ''): string[] {
  const definition = schema._zod.def as unknown as Record<string, any>
  switch (definition.type) {
    case 'default':
    case 'optional':
      return fieldPaths(definition.innerType, prefix)
    case 'array':
      return fieldPaths(definition.element, prefix)
    case 'union':
      return [...new Set((definition.options as z.core.$ZodType[]).flatMap((option) => fieldPaths(option, prefix)))]
    case 'object':
      return Object.entries(definition.shape as Record<string, z.core.$ZodType>).flatMap(([key, field]) => {
        const path = prefix === '' ? key : `${prefix}.${key}`
        return [path, ...fieldPaths(field, path)]
      })
    default:
      return []
  }
}

describe('persona field help', () => {
  const paths = fieldPaths(personaSpecSchema)

  it('has help text for every field of the spec and nothing else', () => {
    expect(paths.length).toBeGreaterThan(20)
    expect(Object.keys(personaFieldHelp).sort()).toEqual([...paths].sort())
  })

  it('matches the JSDoc written on each field', () => {
    const source = readFileSync(new URL('../../src/personas/persona-spec.ts', import.meta.url), 'utf8')
    const jsDocs = [...source.matchAll(/\/\*\*([\s\S]*?)\*\//g)].map((match) =>
      (match[1] ?? '').replace(/^\s*\*\s?/gm, ' ').replace(/\s+/g, ' ').trim(),
    )
    const withoutJsDoc = Object.entries(personaFieldHelp)
      .filter(([path]) => path !== 'hangUpPolicy.kind') // a discriminator literal carries no JSDoc of its own
      .filter(([, help]) => !jsDocs.includes(help))
      .map(([path]) => path)
    expect(withoutJsDoc).toEqual([])
  })

  it('is attached to the schema as descriptions', () => {
    expect(personaSpecSchema.shape.difficulty.description).toBe(personaFieldHelp.difficulty)
  })
})
