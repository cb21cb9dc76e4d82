import { describe, expect, it } from 'vitest'
import { isQuestionSentence } from '../../src/grader/is-question-sentence'
import { provisionalGrade } from '../../src/grader/provisional-grade'
import { defaultRubric } from '../../src/grader/rubric'
import { detectSignals } from '../../src/grader/signals'

/** Rule fixes that running the rules grader on the gold set showed were needed. */
function signalIds(text: string): string[] {
  return detectSignals(text, { customerName: 'Rosalind Ashworth', previousTraineeTexts: [] }).signals.map((signal) => signal.id)
}

function clarifyScore(text: string) {
  const signals = detectSignals(text, { customerName: 'Rosalind Ashworth', previousTraineeTexts: [] })
  return provisionalGrade(signals, defaultRubric, { turnIndex: 4, customerCalm: true }).criteria.find((criterion) => criterion.criterionId === 'clarify')?.score
}

describe('rules fixes found with the gold set', () => {
  it('does not take the reassurance "Don\'t you worry, …" for a question', () => {
    expect(isQuestionSentence("Don't you worry, Mrs Ashworth, I'll have the right chair with you by the weekend.")).toBe(false)
    expect(signalIds("Don't you worry, Mrs Ashworth, I'll have the right chair with you by the weekend.")).not.toContain('directed_question')
    expect(isQuestionSentence("Don't you worry about the cost?")).toBe(true)
    expect(isQuestionSentence("Don't you want the sage green one")).toBe(true)
  })

  it('reads "To confirm: …" with a colon as a summary of the next steps', () => {
    expect(signalIds("To confirm: we'll collect the mustard chair and deliver the sage green one on the 22nd.")).toContain('summarised')
  })

  it('leaves clarify n/a for the "anything else?" that closes a summary, but not mid-call', () => {
    expect(clarifyScore("To recap: the chair comes on the 22nd. Is there anything else I can help with? Thank you for calling.")).toBeNull()
    expect(clarifyScore('Is there anything else I can help with?')).toBe(1)
    // A choice put to the customer ("which day suits?") moves the call on; it is not a question while facts are missing.
    expect(clarifyScore('To recap: the chair comes on the 22nd. Which day suits you for the collection?')).toBeNull()
    expect(clarifyScore('To recap: the chair comes on the 22nd. What is the order number on the delivery note?')).toBe(2)
  })
})
