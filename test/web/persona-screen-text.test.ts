import { describe, expect, it } from 'vitest'
import { describeChangeValue } from '../../web/src/trainer/personas/describe-change-value'
import { dynamicsSummary } from '../../web/src/trainer/personas/dynamics-summary'
import { importIssueLocation, importIssuePersona } from '../../web/src/trainer/personas/import-issue-location'
import { personaBadges } from '../../web/src/trainer/personas/persona-badges'

describe('persona screen text', () => {
  it('badges a persona by where it came from and who can see it', () => {
    expect(personaBadges({ builtin: true, published: true, archived: false }).map((badge) => badge.label)).toEqual(['Built-in', 'Published'])
    expect(personaBadges({ builtin: false, published: false, archived: false }).map((badge) => badge.label)).toEqual(['Draft'])
    expect(personaBadges({ builtin: false, published: true, archived: true }).map((badge) => badge.label)).toEqual(['Published', 'Archived'])
  })

  it('places an import problem in the file when the server could', () => {
    expect(importIssueLocation({ line: 12, column: 5 })).toBe('line 12, column 5')
    expect(importIssueLocation({ line: 3, column: null })).toBe('line 3')
    expect(importIssueLocation({ line: null, column: null })).toBe('')
    expect(importIssuePersona('#2')).toBe('Persona 2 in the file')
    expect(importIssuePersona('')).toBe('The file')
    expect(importIssuePersona('dale-harrow')).toBe('dale-harrow')
  })

  it('shows each side of a change as text, a list or data', () => {
    expect(describeChangeValue(undefined)).toEqual({ kind: 'absent' })
    expect(describeChangeValue('Lumenet')).toEqual({ kind: 'text', text: 'Lumenet' })
    expect(describeChangeValue(false)).toEqual({ kind: 'text', text: 'no' })
    expect(describeChangeValue(['a', 'b'])).toEqual({ kind: 'list', items: ['a', 'b'] })
    expect(describeChangeValue([])).toEqual({ kind: 'text', text: '(empty list)' })
    expect(describeChangeValue({ kind: 'never' })).toEqual({ kind: 'data', text: '{\n  "kind": "never"\n}' })
  })

  it('sums up a dynamics check in sentences', () => {
    const summary = dynamicsSummary({
      verdict: { passed: false, badAgentNeverCalms: true, goodAgentCalmsWithinPatience: true, noOfferNeverResolves: false, messages: [] },
      good: { calmedInRuns: 18, runs: 20, medianCalmTurn: 4, curve: [85, 70, 50, 35, 25] },
      bad: { calmedInRuns: 0, hungUpInRuns: 20, runs: 20, curve: [85, 95, 100, 100] },
      others: [
        { kind: 'stalling', runs: 20, resolvedInRuns: 0, calmedInRuns: 0, curve: [85, 88, 91] },
        { kind: 'filler', runs: 20, resolvedInRuns: 0, calmedInRuns: 0, curve: [85, 84] },
        { kind: 'empathetic', runs: 20, resolvedInRuns: 2, calmedInRuns: 20, curve: [85, 60, 45, 41] },
      ],
      calmThreshold: 30,
      patience: 3,
    })
    expect(summary[0]).toBe('A scripted good agent calmed the customer in 18 of 20 runs, typically by turn 4.')
    expect(summary[1]).toBe('A scripted bad agent never calmed them, and they hung up in 20 of 20 runs.')
    expect(summary[2]).toMatch(/good agent, frustration went from 85 to 25 over 4 turns; with the bad agent, frustration went from 85 to 100 over 3 turns/)
    expect(summary[3]).toMatch(/^Stalling agent \(only holding lines.*\) never ended the call resolved \(0 of 20 runs\); in the charted run, frustration went from 85 to 91 over 2 turns\.$/)
    expect(summary[4]).toMatch(/^Filler agent .* over 1 turn\.$/)
    expect(summary[5]).toMatch(/^Empathetic, no offer .* ended the call resolved in 2 of 20 runs; in the charted run, frustration went from 85 to 41 over 3 turns\.$/)
    expect(summary).toHaveLength(6)
  })
})
