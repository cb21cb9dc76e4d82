import { describe, expect, it } from 'vitest'
import { arcFigures, loadHeldOut, playLines } from '../../eval/arc-eval'
import { builtinPersonas } from '../../src/personas/builtin'
import { maximumCalmPerTurn } from '../../src/personas/mood'

/**
 * The call's arc with no model, through the same signals and mood a call runs, on held-out agents and questions
 * written apart from the personas' phrasings and example questions (eval/held-out/). The test half of the
 * questions is used here; the dev half was the one looked at while tuning. `npm run eval:arc` prints the table.
 */
const { agents, questions } = loadHeldOut('test')
const figures = builtinPersonas.map((persona) => ({
  persona,
  figure: arcFigures(persona, agents[persona.id]!, questions.filter((question) => question.persona === persona.id)),
}))

describe.each(figures.map(({ persona, figure }) => [persona.id, persona, figure] as const))('the arc of a call with %s', (_id, persona, figure) => {
  it('never ends resolved on twenty turns of filler, and the customer ends within 10 points of the start or higher', () => {
    expect(figure.fillerResolved).toBe(0)
    expect(figure.fillerWorstDrop).toBeLessThanOrEqual(10)
  })

  it('never ends resolved on empathy and questions with nothing offered', () => {
    expect(figure.empathyResolved).toBe(0)
  })

  it('is never calmed by a rude or sarcastic line', () => {
    expect(figure.rudeLoweredTurns).toBe(0)
  })

  it('is calmed by at most 25 points by any one reply', () => {
    expect(figure.largestSingleCalm).toBeLessThanOrEqual(maximumCalmPerTurn)
  })

  it('resolves with a good agent who offers an acceptable resolution in their own words and closes, within 8 turns, in most held-out calls', () => {
    expect(figure.goodResolvedWithin8).toBeGreaterThanOrEqual(figure.goodCalls - 2)
  })

  it('gets more upset, never calmer, when offered what the scenario rules out, for most refused offers', () => {
    expect(figure.refusedWorsened).toBeGreaterThanOrEqual(figure.refusedLines - 2)
  })

  it('ends resolved only through an acceptable resolution: the good calls that resolve all offered one', () => {
    for (const call of agents[persona.id]!.goodCalls) {
      const updates = playLines(persona, call.turns.slice(0, 8))
      if (updates.some((update) => update.event === 'satisfied')) expect(updates.at(-1)?.state.resolutionOffered).toBe(true)
    }
  })
})

describe('facts by meaning, over all built-in personas', () => {
  it('natural questions earn the right fact more often than not, and lines aimed elsewhere rarely earn one', () => {
    const total = (key: 'factRight' | 'factQuestions' | 'wrongFactFromElsewhere' | 'elsewhereLines') => figures.reduce((sum, { figure }) => sum + figure[key], 0)
    console.log(`held-out test half: right fact ${total('factRight')}/${total('factQuestions')}, wrong fact from elsewhere ${total('wrongFactFromElsewhere')}/${total('elsewhereLines')}`)
    expect(total('factRight') / total('factQuestions')).toBeGreaterThanOrEqual(0.6)
    expect(total('wrongFactFromElsewhere') / total('elsewhereLines')).toBeLessThanOrEqual(0.15)
  })
})
