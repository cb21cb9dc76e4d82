import { describe, expect, it } from 'vitest'
import { builtinPersonas, hostileBroadbandCallbacks } from '../../src/personas/builtin'
import { personaSpecSchema } from '../../src/personas/persona-spec'
import { formFromSpec, numberFromText, specFromForm } from '../../web/src/trainer/personas/persona-form'
import { slugFromName, startChoices, templateForm } from '../../web/src/trainer/personas/persona-templates'
import { validatePersonaForm } from '../../web/src/trainer/personas/persona-validation'

describe('persona form state', () => {
  it.each(builtinPersonas.map((persona) => [persona.id, persona] as const))('gives back the same spec for %s after a round trip through the form', (_id, persona) => {
    const validation = validatePersonaForm(formFromSpec(persona))
    expect(validation.issues).toEqual([])
    expect(validation.spec).toEqual(personaSpecSchema.parse(persona))
  })

  it('keeps a reveal line with its fact when the fact is renamed', () => {
    const form = formFromSpec(hostileBroadbandCallbacks)
    const first = form.hiddenFacts[0]!
    form.hiddenFacts[0] = { ...first, id: 'engineer-no-show' }
    const spec = validatePersonaForm(form).spec
    expect(spec?.script?.reveals?.['engineer-no-show']).toBe(hostileBroadbandCallbacks.script?.reveals?.['missed-engineer'])
    expect(spec?.script?.reveals).not.toHaveProperty('missed-engineer')
  })

  it('tells "use the archetype defaults" (left out) apart from "no lines" (an empty list)', () => {
    const form = templateForm('custom')
    form.script.fillers = []
    form.script.reactions.blamed = null
    const spec = specFromForm(form) as { script?: { fillers?: string[]; reactions?: unknown } }
    expect(spec.script?.fillers).toEqual([])
    expect(spec.script).not.toHaveProperty('reactions')
  })

  it('leaves the script out when every part uses the defaults and no fact has a reveal line', () => {
    const form = formFromSpec({ ...hostileBroadbandCallbacks, script: undefined })
    expect(specFromForm(form)).not.toHaveProperty('script')
  })

  it('keeps numbers as typed so bad ones are reported at the field, not coerced', () => {
    expect(numberFromText('')).toBeUndefined()
    expect(numberFromText(' 42 ')).toBe(42)
    expect(numberFromText('-7')).toBe(-7)
    expect(numberFromText('abc')).toBeNaN()
    const form = formFromSpec(hostileBroadbandCallbacks)
    form.mood.start = ''
    form.mood.patience = '2.5'
    form.mood.sensitivities = { ...form.mood.sensitivities, blamed: 'lots', argued: '' }
    const { issues } = validatePersonaForm(form)
    expect(issues).toContainEqual({ path: 'mood.start', message: 'Required.' })
    expect(issues).toContainEqual({ path: 'mood.patience', message: 'Enter a whole number.' })
    expect(issues).toContainEqual({ path: 'mood.sensitivities.blamed', message: 'Enter a whole number.' })
    expect(issues.some((issue) => issue.path === 'mood.sensitivities.argued')).toBe(false)
  })

  it('says what range a number must be in, in plain words', () => {
    const form = formFromSpec(hostileBroadbandCallbacks)
    form.mood.start = '150'
    form.mood.sensitivities = { ...form.mood.sensitivities, blamed: '-31' }
    form.hangUpPolicy.warnings = '0'
    const { issues } = validatePersonaForm(form)
    expect(issues).toContainEqual({ path: 'mood.start', message: 'Use 100 or less.' })
    expect(issues).toContainEqual({ path: 'mood.sensitivities.blamed', message: 'Use -30 or more.' })
    expect(issues).toContainEqual({ path: 'hangUpPolicy.warnings', message: 'Use 1 or more.' })
  })

  it('writes warnings only for the after_warnings policy', () => {
    const form = formFromSpec(hostileBroadbandCallbacks)
    expect(specFromForm(form).hangUpPolicy).toEqual({ kind: 'after_warnings', warnings: 2 })
    form.hangUpPolicy.kind = 'never'
    expect(specFromForm(form).hangUpPolicy).toEqual({ kind: 'never' })
  })
})

describe('starting a new persona', () => {
  it.each(startChoices.filter((choice) => choice !== 'custom'))('starts %s from its built-in persona under a fresh name and id, ready to save', (choice) => {
    const form = templateForm(choice)
    const builtin = builtinPersonas.find((persona) => persona.archetype === choice)!
    expect(form.archetype).toBe(choice)
    expect(form.name).not.toBe(builtin.name)
    expect(form.id).toBe(slugFromName(form.name))
    expect(builtinPersonas.map((persona) => persona.id)).not.toContain(form.id)
    expect(form.openingLine).toBe(builtin.openingLine)
    expect(validatePersonaForm(form).issues).toEqual([])
    // The built-in's script names its own company; a new persona starts from the archetype's generic lines.
    expect(form.script).toEqual(templateForm('custom').script)
    expect(JSON.stringify(form.script)).not.toContain(builtin.scenario.company.split(' ')[0])
  })

  it('opens a blank custom persona that asks for what only the trainer can write', () => {
    const paths = validatePersonaForm(templateForm('custom')).issues.map((issue) => issue.path)
    expect(paths).toEqual(expect.arrayContaining(['id', 'name', 'summary', 'scenario.company', 'scenario.acceptableResolutions.0', 'openingLine']))
    expect(paths.some((path) => path.startsWith('mood.'))).toBe(false)
  })

  it('makes an id from a name', () => {
    expect(slugFromName("Zoë O'Brien")).toBe('zoe-o-brien')
    expect(slugFromName('  Dale   Harrow  ')).toBe('dale-harrow')
    expect(slugFromName('x'.repeat(80))).toHaveLength(60)
    expect(slugFromName('!!!')).toBe('')
  })
})
