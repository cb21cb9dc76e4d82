import { describe, expect, it } from 'vitest'
import { hostileBroadbandCallbacks } from '../../src/personas/builtin'
import { personaFieldHelp } from '../../src/personas/persona-spec'
import { ApiError } from '../../web/src/api/api-error'
import { fieldDomId, fieldHelp, fieldLabel, helpKey, normalizePath } from '../../web/src/trainer/personas/persona-field-path'
import { personaFieldLabels } from '../../web/src/trainer/personas/persona-field-labels'
import { formFromSpec } from '../../web/src/trainer/personas/persona-form'
import { groupIssues, saveFailure, validatePersonaForm, visibleIssues } from '../../web/src/trainer/personas/persona-validation'

describe('persona field paths', () => {
  it('reads zod paths, dotted paths and the diff’s bracket paths the same way', () => {
    expect(normalizePath(['hiddenFacts', 1, 'id'])).toBe('hiddenFacts.1.id')
    expect(normalizePath('hiddenFacts[1].earnedBy.keywords[0]')).toBe('hiddenFacts.1.earnedBy.keywords.0')
    expect(normalizePath('scenario.company')).toBe('scenario.company')
  })

  it('finds the help text for every field, list entries and keyed entries included', () => {
    expect(helpKey('hiddenFacts.2.earnedBy.keywords.0')).toBe('hiddenFacts.earnedBy.keywords')
    expect(helpKey('mood.sensitivities.blamed')).toBe('mood.sensitivities')
    expect(helpKey('script.reveals.missed-engineer')).toBe('script.reveals')
    expect(helpKey('nonsense')).toBeNull()
    expect(helpKey('resolutions.0.phrasings.3')).toBe('resolutions.phrasings')
    expect(helpKey('agentScreen.account.1.label')).toBe('agentScreen.account.label')
    expect(helpKey('knownDetails.2.value')).toBe('knownDetails.value')
    expect(helpKey('hiddenFacts.1.exampleQuestions.0')).toBe('hiddenFacts.exampleQuestions')
    expect(fieldHelp('scenario.company')).toBe(personaFieldHelp['scenario.company'])
  })

  it('has a label for every documented field', () => {
    expect(Object.keys(personaFieldHelp).filter((key) => !(key in personaFieldLabels))).toEqual([])
  })

  it('names fields in words, with list entries counted from one', () => {
    expect(fieldLabel('scenario.company')).toBe('Scenario › Company')
    expect(fieldLabel('hiddenFacts[1].earnedBy.keywords[0]')).toBe('Hidden fact 2 › Hints › Hint word 1')
    expect(fieldLabel('hiddenFacts.0.exampleQuestions.2')).toBe('Hidden fact 1 › Example question 3')
    expect(fieldLabel('hiddenFacts.0.answers')).toBe('Hidden fact 1 › What it answers')
    expect(fieldLabel('resolutions.1.phrasings.0')).toBe('Resolution 2 › Phrasing 1')
    expect(fieldLabel('refusedOutcomes[0].description')).toBe('Refused outcome 1 › What the customer refuses')
    expect(fieldLabel('agentOptions.2.limits')).toBe('Agent option 3 › Limits (optional)')
    expect(fieldLabel('agentScreen.account.1.value')).toBe('The agent’s screen › Account row 2 › Value')
    expect(fieldLabel('agentScreen.history.0')).toBe('The agent’s screen › History entry 1')
    expect(fieldLabel('knownDetails.0.label')).toBe('Known detail 1 › Label')
    expect(fieldLabel('voiceLines.4')).toBe('Voice line 5')
    expect(fieldLabel('unknowns')).toBe('What the customer doesn’t know')
    expect(fieldLabel('mood.sensitivities.cant_do')).toBe('Mood dynamics › Sensitivities › Can’t-do language')
    expect(fieldLabel('script.bands.angry.3')).toBe('Scripted customer lines › Lines per mood band › Angry (60–79) 4')
  })

  it('gives each field an id safe for an address fragment', () => {
    expect(fieldDomId('hiddenFacts.0.id')).toBe('persona-field-hiddenFacts_0_id')
    expect(fieldDomId('script.reveals.missed-engineer')).toMatch(/^[A-Za-z0-9_-]+$/)
  })
})

describe('persona validation in the form', () => {
  it('reports the spec’s own cross-field rules at the field they name', () => {
    const form = formFromSpec(hostileBroadbandCallbacks)
    form.mood.calmThreshold = '95'
    const { issues, spec } = validatePersonaForm(form)
    expect(spec).toBeNull()
    expect(issues.find((issue) => issue.path === 'mood.calmThreshold')?.message).toMatch(/must be below the hang-up threshold \(92\)/)
  })

  it('reports an outcome id used twice at the second outcome', () => {
    const form = formFromSpec(hostileBroadbandCallbacks)
    form.refusedOutcomes[1]!.id = form.refusedOutcomes[0]!.id
    expect(validatePersonaForm(form).issues).toEqual([{ path: 'refusedOutcomes.1.id', message: 'Outcome id "vague-callback" is used more than once' }])
  })

  it('reports a duplicated hidden fact id at the second fact', () => {
    const form = formFromSpec(hostileBroadbandCallbacks)
    form.hiddenFacts[1]!.id = form.hiddenFacts[0]!.id
    expect(validatePersonaForm(form).issues).toContainEqual({ path: 'hiddenFacts.1.id', message: 'Hidden fact id "missed-engineer" is used more than once' })
  })

  it('groups messages by field without repeating one', () => {
    const grouped = groupIssues([
      { path: 'id', message: 'Required.' },
      { path: 'id', message: 'Required.' },
      { path: 'id', message: 'Use lowercase letters' },
      { path: 'name', message: 'Required.' },
    ])
    expect(grouped.get('id')).toEqual(['Required.', 'Use lowercase letters'])
    expect(grouped.get('name')).toEqual(['Required.'])
  })

  it('shows issues only at fields the trainer has left, until they try to save', () => {
    const issues = [
      { path: 'name', message: 'Required.' },
      { path: 'resolutions', message: 'Add at least one.' },
      { path: 'mood.start', message: 'too low' },
      { path: '', message: 'whole spec' },
    ]
    expect(visibleIssues(issues, new Set(), false)).toEqual([])
    expect(visibleIssues(issues, new Set(['name']), false)).toEqual([issues[0]])
    expect(visibleIssues(issues, new Set(['resolutions.0.description']), false)).toEqual([issues[1]])
    expect(visibleIssues(issues, new Set(['mood.calmThreshold']), false)).toEqual([issues[2]])
    expect(visibleIssues(issues, new Set(), true)).toEqual(issues)
  })
})

describe('a failed save', () => {
  it('puts the server’s validation issues at their fields, under the request’s "spec" key or not', () => {
    const error = new ApiError(400, 'validation_failed', 'spec.mood.start: too low', {
      issues: [
        { path: ['spec', 'mood', 'start'], message: 'too low', code: 'custom' },
        { path: ['hiddenFacts', '0', 'id'], message: 'bad id', code: 'custom' },
        { path: ['spec', 'agentScreen', 'account', 1, 'value'], message: 'Required.', code: 'too_small' },
        { path: ['spec', 'resolutions', 0, 'phrasings', 2], message: 'Required.', code: 'too_small' },
        { path: 'hiddenFacts.1.exampleQuestions.0', message: 'Required.', code: 'too_small' },
      ],
    })
    expect(saveFailure(error)).toEqual({
      issues: [
        { path: 'mood.start', message: 'too low' },
        { path: 'hiddenFacts.0.id', message: 'bad id' },
        { path: 'agentScreen.account.1.value', message: 'Required.' },
        { path: 'resolutions.0.phrasings.2', message: 'Required.' },
        { path: 'hiddenFacts.1.exampleQuestions.0', message: 'Required.' },
      ],
      problem: null,
    })
  })

  it('puts a taken id at the id field', () => {
    const error = new ApiError(409, 'conflict:persona_exists', 'A persona with the id "dale" already exists.')
    expect(saveFailure(error)).toEqual({ issues: [{ path: 'id', message: 'A persona with the id "dale" already exists.' }], problem: null })
  })

  it('reports anything else as one problem for the form', () => {
    expect(saveFailure(new ApiError(403, 'forbidden:builtin_persona', 'Built-in personas cannot be edited.'))).toEqual({
      issues: [],
      problem: 'Built-in personas cannot be edited.',
    })
    expect(saveFailure(new ApiError(400, 'validation_failed', 'Bad.', { issues: 'nope' })).problem).toBe('Bad.')
  })
})
