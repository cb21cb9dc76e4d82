import { describe, expect, it } from 'vitest'
import { callStateFromView } from '../../web/src/call/call-reducer'
import { callModeLabel, gradedByLabel, startableMode } from '../../web/src/labels/call-mode-label'
import { sessionStateFixture } from './session-state-fixture'

describe('call mode and grader labels', () => {
  it('names who plays the customer', () => {
    expect(callModeLabel('model')).toBe('AI customer')
    expect(callModeLabel('scripted')).toBe('Scripted customer')
  })

  it('starts scripted calls when no model could play the customer', () => {
    expect(startableMode('model', { persona: true, grader: false })).toBe('model')
    expect(startableMode('scripted', { persona: true, grader: true })).toBe('scripted')
    expect(startableMode('model', { persona: false, grader: true })).toBe('scripted')
  })

  it('says which grader a scorecard rests on, and nothing for scorecards stored before it was recorded', () => {
    expect(gradedByLabel('llm')).toBe('Graded by the AI grader')
    expect(gradedByLabel('rules')).toBe('Rules-only grade (no AI grader)')
    expect(gradedByLabel('mixed')).toMatch(/^Partly rules-only/)
    expect(gradedByLabel(undefined)).toBeNull()
  })

  it('keeps the call’s mode and rubric from the session view', () => {
    const view = sessionStateFixture()
    view.session.mode = 'scripted'
    view.rubric = { ...view.rubric, passMark: 60, criteria: view.rubric.criteria.map((criterion) => ({ ...criterion, title: `${criterion.title}!` })) }
    const state = callStateFromView(view)
    expect(state.mode).toBe('scripted')
    expect(state.rubric.passMark).toBe(60)
    expect(state.rubric.criteria[0]?.title).toMatch(/!$/)
  })
})
