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

  it('holds every field of the spec, the new ones included, and gives each back as it was', () => {
    const form = formFromSpec(hostileBroadbandCallbacks)
    expect(form.resolutions).toEqual(hostileBroadbandCallbacks.resolutions)
    expect(form.refusedOutcomes).toEqual(hostileBroadbandCallbacks.refusedOutcomes)
    expect(form.agentOptions.map((option) => option.label)).toEqual(hostileBroadbandCallbacks.agentOptions.map((option) => option.label))
    expect(form.agentScreen).toEqual(hostileBroadbandCallbacks.agentScreen)
    expect(form.knownDetails).toEqual(hostileBroadbandCallbacks.knownDetails)
    expect(form.unknowns).toEqual(hostileBroadbandCallbacks.unknowns)
    expect(form.voiceLines).toEqual(hostileBroadbandCallbacks.voiceLines)
    expect(form.hiddenFacts[0]).toMatchObject({
      answers: hostileBroadbandCallbacks.hiddenFacts[0]!.answers,
      exampleQuestions: hostileBroadbandCallbacks.hiddenFacts[0]!.exampleQuestions,
      keywords: hostileBroadbandCallbacks.hiddenFacts[0]!.earnedBy.keywords,
    })
  })

  it('round-trips edits to every new field through the form', () => {
    const form = formFromSpec(hostileBroadbandCallbacks)
    form.resolutions.push({ id: 'goodwill-credit', description: 'A goodwill credit of one month', phrasings: ['I can take a month off your bill'] })
    form.refusedOutcomes[0]!.phrasings = ['Someone will ring you']
    form.agentOptions = [{ label: 'Goodwill credit', limits: 'One month, once a year' }, { label: 'Call back', limits: '   ' }]
    form.agentScreen = { account: [{ label: 'Plan', value: 'Fibre 500' }], history: ['2 Mar: fault logged'], notes: ['Prefers email'] }
    form.knownDetails = [{ label: 'Postcode', value: 'S11 8PQ' }]
    form.unknowns = ['the exchange name']
    form.voiceLines = ['Go on, then.', 'Is that it?']
    form.hiddenFacts[1] = { ...form.hiddenFacts[1]!, answers: 'what earlier agents said', exampleQuestions: ['What were you told before?'], keywords: [] }
    const { spec, issues } = validatePersonaForm(form)
    expect(issues).toEqual([])
    expect(spec?.resolutions.at(-1)).toEqual({ id: 'goodwill-credit', description: 'A goodwill credit of one month', phrasings: ['I can take a month off your bill'] })
    expect(spec?.refusedOutcomes[0]?.phrasings).toEqual(['Someone will ring you'])
    // A blank limit is left out, as the spec allows, rather than reported.
    expect(spec?.agentOptions).toEqual([{ label: 'Goodwill credit', limits: 'One month, once a year' }, { label: 'Call back' }])
    expect(spec?.agentScreen).toEqual(form.agentScreen)
    expect(spec?.knownDetails).toEqual([{ label: 'Postcode', value: 'S11 8PQ' }])
    expect(spec?.unknowns).toEqual(['the exchange name'])
    expect(spec?.voiceLines).toEqual(['Go on, then.', 'Is that it?'])
    expect(spec?.hiddenFacts[1]).toMatchObject({ answers: 'what earlier agents said', exampleQuestions: ['What were you told before?'], earnedBy: { keywords: [] } })
    // And the form made from that spec is the form that made it.
    expect(specFromForm(formFromSpec(spec!))).toEqual(JSON.parse(JSON.stringify(specFromForm({ ...form, agentOptions: [form.agentOptions[0]!, { label: 'Call back', limits: '' }] }))))
  })

  it('reports a problem in a new field at its own path', () => {
    const form = formFromSpec(hostileBroadbandCallbacks)
    form.resolutions = []
    form.agentOptions[0]!.label = ''
    form.agentScreen.account[1]!.value = ' '
    form.knownDetails[0]!.label = ''
    form.unknowns = ['']
    form.voiceLines = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.']
    form.hiddenFacts[0]!.answers = ''
    form.hiddenFacts[0]!.exampleQuestions = ['Did an engineer come?', '']
    const paths = validatePersonaForm(form).issues.map((issue) => issue.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'resolutions',
        'agentOptions.0.label',
        'agentScreen.account.1.value',
        'knownDetails.0.label',
        'unknowns.0',
        'voiceLines',
        'hiddenFacts.0.answers',
        'hiddenFacts.0.exampleQuestions.1',
      ]),
    )
    expect(validatePersonaForm(form).issues.find((issue) => issue.path === 'resolutions')?.message).toBe('Add at least one.')
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
    // The new fields come with it, under the new customer's name.
    expect(form.resolutions.map((outcome) => outcome.id)).toEqual(builtin.resolutions.map((outcome) => outcome.id))
    expect(form.refusedOutcomes).toHaveLength(builtin.refusedOutcomes.length)
    expect(form.agentOptions).toHaveLength(builtin.agentOptions.length)
    expect(form.agentScreen.account.length).toBeGreaterThan(0)
    expect(form.knownDetails.length).toBeGreaterThan(0)
    expect(form.voiceLines.length).toBeGreaterThan(0)
    expect(form.hiddenFacts.every((fact) => fact.answers !== '' && fact.exampleQuestions.length > 0)).toBe(true)
    const [first, ...rest] = builtin.name.split(' ')
    const text = JSON.stringify({ ...specFromForm(form), id: '', name: '' })
    expect(text).not.toContain(first)
    expect(text).not.toContain(rest.at(-1))
    expect(JSON.stringify(form.agentScreen)).toContain(form.name.split(' ').at(-1))
  })

  it('opens a blank custom persona that asks for what only the trainer can write', () => {
    const paths = validatePersonaForm(templateForm('custom')).issues.map((issue) => issue.path)
    expect(paths).toEqual(expect.arrayContaining(['id', 'name', 'summary', 'scenario.company', 'resolutions.0.description', 'openingLine']))
    expect(paths.some((path) => path.startsWith('mood.'))).toBe(false)
    // The optional lists start empty, so nothing there is reported until the trainer adds a row.
    expect(paths.filter((path) => /^(refusedOutcomes|agentOptions|agentScreen|knownDetails|unknowns|voiceLines|hiddenFacts)/.test(path))).toEqual([])
  })

  it('makes an id from a name', () => {
    expect(slugFromName("Zoë O'Brien")).toBe('zoe-o-brien')
    expect(slugFromName('  Dale   Harrow  ')).toBe('dale-harrow')
    expect(slugFromName('x'.repeat(80))).toHaveLength(60)
    expect(slugFromName('!!!')).toBe('')
  })
})
