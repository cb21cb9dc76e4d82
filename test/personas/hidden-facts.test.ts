import { describe, expect, it } from 'vitest'
import { longWindedArmchairDelivery } from '../../src/personas/builtin/long-winded-armchair-delivery'
import { hostileBroadbandCallbacks } from '../../src/personas/builtin/hostile-broadband-callbacks'
import { earnFacts, mentionsKeyword } from '../../src/personas/hidden-facts'
import { signalsFrom } from './signals-from'

const persona = longWindedArmchairDelivery

describe('earning hidden facts', () => {
  it('earns a fact with a question that uses one of its keywords', () => {
    const question = 'Could you read me the order number from your paperwork?'
    expect(earnFacts(persona, `Thanks, Mrs Ashworth. ${question}`, signalsFrom(['directed_question'], [question]), [])).toEqual([
      'order-number',
    ])
  })

  it('does not earn a question-only fact from a statement that uses its keyword', () => {
    const text = 'I will need the order number to look into this.'
    expect(earnFacts(persona, text, signalsFrom([]), [])).toEqual([])
  })

  it('does not earn a fact from a question that misses its keywords', () => {
    const question = 'How are you today?'
    expect(earnFacts(persona, question, signalsFrom(['vague_question'], [question]), [])).toEqual([])
  })

  it('only looks at question sentences, not at statements next to them', () => {
    const question = 'Is that right?'
    const text = 'The order number is on the delivery note. Is that right?'
    expect(earnFacts(persona, text, signalsFrom([], [question]), [])).toEqual([])
  })

  it('earns a mention-only fact from a statement', () => {
    const mentionOnly = {
      ...hostileBroadbandCallbacks,
      hiddenFacts: hostileBroadbandCallbacks.hiddenFacts.map((fact) => (fact.id === 'works-from-home' ? { ...fact, earnedBy: { ...fact.earnedBy, requiresDirectedQuestion: false } } : fact)),
    }
    const text = 'I can hear this has hit your work hard.'
    expect(earnFacts(mentionOnly, text, signalsFrom(['acknowledged']), [])).toEqual(['works-from-home'])
  })

  it('does not give away the hostile caller\'s work situation to "let\'s work through this together"', () => {
    const text = "Let's work through this together."
    expect(earnFacts(hostileBroadbandCallbacks, text, signalsFrom(['collaborated']), [])).toEqual([])
  })

  it('leaves out facts already earned', () => {
    const question = 'What was the order number, and which day was it delivered?'
    const signals = signalsFrom(['directed_question'], [question])
    expect(earnFacts(persona, question, signals, [])).toEqual(['order-number', 'delivery-date'])
    expect(earnFacts(persona, question, signals, ['order-number'])).toEqual(['delivery-date'])
  })

  it('matches keywords case-insensitively on whole words only', () => {
    expect(mentionsKeyword('What was the ORDER NUMBER?', 'order number')).toBe(true)
    expect(mentionsKeyword('Was the chair reordered?', 'order')).toBe(false)
    expect(mentionsKeyword('Who signed for it?', 'sign')).toBe(false)
    expect(mentionsKeyword('What is the order\nnumber?', 'order number')).toBe(true)
    expect(mentionsKeyword('Is the add-on active?', 'add-on')).toBe(true)
    expect(mentionsKeyword('What’s the date?', "what's")).toBe(true)
  })

  it('treats keywords as text, not as patterns', () => {
    expect(mentionsKeyword('What about a.b?', 'a.b')).toBe(true)
    expect(mentionsKeyword('What about axb?', 'a.b')).toBe(false)
  })
})
