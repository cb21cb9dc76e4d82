import { describe, expect, it } from 'vitest'
import { hostileBroadbandCallbacks } from '../../src/personas/builtin/hostile-broadband-callbacks'
import { judgeTraineeEnd, type CallOutcome, type TraineeEndReason } from '../../src/personas/hang-up-policy'
import { initialMoodState, type MoodState } from '../../src/personas/mood'
import type { HangUpPolicy, PersonaSpec } from '../../src/personas/persona-spec'

// Thresholds used throughout: calm at or below 30, breaking point at or above 92.
function personaWith(hangUpPolicy: HangUpPolicy): PersonaSpec {
  return { ...hostileBroadbandCallbacks, hangUpPolicy }
}

function moodAt(level: number, options: { warnings?: number; resolutionOffered?: boolean } = {}): MoodState {
  return {
    ...initialMoodState(hostileBroadbandCallbacks),
    level,
    turn: 5,
    warningsGiven: options.warnings ?? 0,
    resolutionOffered: options.resolutionOffered ?? false,
  }
}

type Case = [description: string, reason: TraineeEndReason, mood: MoodState, outcome: CallOutcome, compliant: boolean]

const casesForEveryPolicy: Case[] = [
  ['closing a calm customer who was offered a resolution', 'resolved', moodAt(20, { resolutionOffered: true }), 'resolved', true],
  ['claiming resolved while the customer is still upset', 'resolved', moodAt(60, { resolutionOffered: true }), 'abandoned', false],
  ['claiming resolved when no resolution was offered', 'resolved', moodAt(20), 'abandoned', false],
  ['escalating an upset customer', 'escalated', moodAt(70), 'escalated', true],
  ['escalating at exactly the calm threshold', 'escalated', moodAt(30), 'escalated', true],
  ['escalating a customer who was already calm', 'escalated', moodAt(10, { resolutionOffered: true }), 'escalated', false],
  ['ending for another reason on a resolved customer', 'other', moodAt(15, { resolutionOffered: true }), 'resolved', true],
  ['ending for another reason on an unresolved customer', 'other', moodAt(50), 'abandoned', false],
]

const policyCases: Array<[HangUpPolicy, Case[]]> = [
  [
    { kind: 'never' },
    [
      ...casesForEveryPolicy,
      ['hanging up on an abusive customer, even after warnings', 'abusive_customer', moodAt(100, { warnings: 3 }), 'agent_hung_up_unjustified', false],
      ['giving up with no resolution', 'no_resolution', moodAt(95, { resolutionOffered: true }), 'agent_hung_up_unjustified', false],
    ],
  ],
  [
    { kind: 'after_warnings', warnings: 2 },
    [
      ...casesForEveryPolicy,
      ['hanging up with no warning', 'abusive_customer', moodAt(100), 'agent_hung_up_unjustified', false],
      ['hanging up after one of two warnings', 'abusive_customer', moodAt(100, { warnings: 1 }), 'agent_hung_up_unjustified', false],
      ['hanging up after two warnings', 'abusive_customer', moodAt(100, { warnings: 2 }), 'agent_hung_up_justified', true],
      ['hanging up after three warnings', 'abusive_customer', moodAt(70, { warnings: 3 }), 'agent_hung_up_justified', true],
      ['giving up with no resolution', 'no_resolution', moodAt(95, { resolutionOffered: true }), 'agent_hung_up_unjustified', false],
    ],
  ],
  [
    { kind: 'last_resort' },
    [
      ...casesForEveryPolicy,
      ['hanging up without a warning', 'abusive_customer', moodAt(100), 'agent_hung_up_unjustified', false],
      ['hanging up after a warning while the customer is at breaking point', 'abusive_customer', moodAt(92, { warnings: 1 }), 'agent_hung_up_justified', true],
      ['hanging up after a warning once the customer has come down', 'abusive_customer', moodAt(60, { warnings: 2 }), 'agent_hung_up_unjustified', false],
      ['giving up after a refused offer with the customer at breaking point', 'no_resolution', moodAt(95, { resolutionOffered: true }), 'agent_hung_up_justified', true],
      ['giving up without offering anything', 'no_resolution', moodAt(95), 'agent_hung_up_unjustified', false],
      ['giving up on a customer who is still reachable', 'no_resolution', moodAt(50, { resolutionOffered: true }), 'agent_hung_up_unjustified', false],
    ],
  ],
]

describe.each(policyCases)('trainee ends the call under policy %o', (policy, cases) => {
  it.each(cases)('%s', (_description, reason, mood, outcome, compliant) => {
    const judgement = judgeTraineeEnd(personaWith(policy), mood, reason)
    expect({ outcome: judgement.outcome, compliant: judgement.compliant }).toEqual({ outcome, compliant })
    expect(judgement.explanation.length).toBeGreaterThan(20)
  })
})

describe('hang-up explanations', () => {
  it('say how many warnings the policy needed', () => {
    const judgement = judgeTraineeEnd(personaWith({ kind: 'after_warnings', warnings: 3 }), moodAt(100, { warnings: 1 }), 'abusive_customer')
    expect(judgement.explanation).toMatch(/requires 3 warning/)
  })
})
