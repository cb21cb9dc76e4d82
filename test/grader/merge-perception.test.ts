import { describe, expect, it } from 'vitest'
import { mergePerception, minimumQuoteLength, perceptionFallback, verifyQuote } from '../../src/grader/merge-perception'
import type { PerceptionOutput } from '../../src/grader/perception-schema'
import type { TurnSignals } from '../../src/grader/signal-types'

const context = (text: string) => ({ text, factIds: ['engineer-visit-date', 'router-lights'], resolutionIds: ['engineer-within-48h'], refusedIds: ['cancel-no-fee'] })

function perception(fields: Partial<PerceptionOutput> = {}): PerceptionOutput {
  return { behaviours: [], misread: [], askedAbout: [], offeredResolutionId: null, offeredQuote: null, refusedOutcomeId: null, refusedQuote: null, promised: null, ...fields }
}

function rules(fields: Partial<TurnSignals> = {}): TurnSignals {
  return { signals: [], offer: null, refused: null, questions: [], wordCount: 8, ...fields }
}

const ids = (signals: TurnSignals) => signals.signals.map((signal) => signal.id)

describe('mergePerception', () => {
  it('adds a behaviour the rules missed when its quote is in the trainee text', () => {
    const text = 'Oh, terrific, thanks so much for that.'
    const merged = mergePerception(rules(), perception({ behaviours: [{ signal: 'sarcastic', quote: 'Oh, terrific' }] }), context(text))
    expect(merged.signals.signals).toEqual([{ id: 'sarcastic', evidence: 'Oh, terrific', source: 'perception' }])
    expect(merged.record).toMatchObject({ status: 'ran', reason: null, added: [{ signal: 'sarcastic', quote: 'Oh, terrific' }], removed: [], refused: [] })
  })

  it('trims a quote and nothing else: case, punctuation and curly quotes must match exactly', () => {
    const text = "Well, that's just great."
    const merged = mergePerception(
      rules(),
      perception({
        behaviours: [
          { signal: 'sarcastic', quote: "  that's just great  " },
          { signal: 'dismissed', quote: 'WELL, THAT' },
          { signal: 'exasperated', quote: 'that’s just' },
        ],
      }),
      context(text),
    )
    expect(merged.record.added).toEqual([{ signal: 'sarcastic', quote: "that's just great" }])
    expect(merged.record.refused.map((entry) => entry.signal)).toEqual(['dismissed', 'exasperated'])
  })

  it('drops a behaviour whose quote is not in the text, or is too short to show anything', () => {
    const text = 'Can we speed this up, I have a queue.'
    const merged = mergePerception(
      rules(),
      perception({
        behaviours: [
          { signal: 'rushed', quote: 'hurry up please' },
          { signal: 'dismissed', quote: 'up' },
          { signal: 'patronised', quote: '' },
        ],
      }),
      context(text),
    )
    expect(merged.signals.signals).toEqual([])
    expect(merged.record.added).toEqual([])
    expect(merged.record.refused).toEqual([
      { kind: 'behaviour', signal: 'rushed', quote: 'hurry up please', reason: "the quote is not in the agent's words" },
      { kind: 'behaviour', signal: 'dismissed', quote: 'up', reason: `a quote of fewer than ${minimumQuoteLength} characters` },
      { kind: 'behaviour', signal: 'patronised', quote: '', reason: 'no quote' },
    ])
  })

  it('keeps the rules findings as they are (a learned read stays marked) and keeps signals in signal order', () => {
    const text = 'Sorry, Dale. Oh, terrific.'
    const merged = mergePerception(
      rules({ signals: [{ id: 'used_name', evidence: 'Dale', source: 'learned' }] }),
      perception({ behaviours: [{ signal: 'sarcastic', quote: 'Oh, terrific' }, { signal: 'used_name', quote: 'Sorry, Dale' }, { signal: 'apologised', quote: 'Sorry' }] }),
      context(text),
    )
    expect(merged.signals.signals).toEqual([
      { id: 'apologised', evidence: 'Sorry', source: 'perception' },
      { id: 'used_name', evidence: 'Dale', source: 'learned' },
      { id: 'sarcastic', evidence: 'Oh, terrific', source: 'perception' },
    ])
    expect(merged.record.added.map((entry) => entry.signal)).toEqual(['sarcastic', 'apologised'])
  })

  it('removes a rules finding misread as blame when its verified quote shows the negation where the rules looked', () => {
    const text = 'None of this is your fault, Dale. I will sort it.'
    const merged = mergePerception(
      rules({ signals: [{ id: 'blamed', evidence: 'your fault' }, { id: 'used_name', evidence: 'Dale' }] }),
      perception({ misread: [{ signal: 'blamed', quote: 'None of this is your fault', why: 'negated' }] }),
      context(text),
    )
    expect(ids(merged.signals)).toEqual(['used_name'])
    expect(merged.record.removed).toEqual([{ signal: 'blamed', quote: 'None of this is your fault', why: 'negated' }])
  })

  it('removes a quoted finding when the quote lies in the same sentence as the evidence without overlapping it', () => {
    const text = "You said the service was 'useless', and I hear that. Let me fix it."
    const merged = mergePerception(
      rules({ signals: [{ id: 'hostile', evidence: 'useless' }] }),
      perception({ misread: [{ signal: 'hostile', quote: 'You said the service was', why: 'quoted' }] }),
      context(text),
    )
    expect(ids(merged.signals)).toEqual([])
    expect(merged.record.removed).toHaveLength(1)
  })

  it('refuses a removal without a verified quote, for another reason than negation or quotation, far from the evidence, or of something the rules did not find', () => {
    const text = 'You should have read the email. Anyway. I am not blaming anyone here.'
    const found = rules({ signals: [{ id: 'blamed', evidence: 'You should have read the email' }] })
    const attempts: PerceptionOutput['misread'] = [
      { signal: 'blamed', quote: 'it was not blame at all', why: 'negated' },
      { signal: 'blamed', quote: 'You should have read the email', why: 'other' },
      { signal: 'blamed', quote: 'I am not blaming anyone', why: 'negated' },
      { signal: 'patronised', quote: 'Anyway', why: 'quoted' },
    ]
    const merged = mergePerception(found, perception({ misread: attempts }), context(text))
    expect(ids(merged.signals)).toEqual(['blamed'])
    expect(merged.record.removed).toEqual([])
    expect(merged.record.refused.map((entry) => entry.reason)).toEqual([
      "the quote is not in the agent's words",
      'only a negation or a quotation overturns the rules',
      'the quote is not where the rules found it (neither overlapping nor in the same sentence)',
      'the rules did not find this behaviour',
    ])
  })

  it('does not add back a behaviour it called a misreading in the same answer', () => {
    const text = 'That is not on you at all.'
    const merged = mergePerception(
      rules({ signals: [{ id: 'blamed', evidence: 'on you' }] }),
      perception({ misread: [{ signal: 'blamed', quote: 'not on you', why: 'negated' }], behaviours: [{ signal: 'blamed', quote: 'on you at all' }] }),
      context(text),
    )
    expect(ids(merged.signals)).toEqual([])
    expect(merged.record.refused).toEqual([{ kind: 'behaviour', signal: 'blamed', quote: 'on you at all', reason: 'the perception also called this a misreading' }])
  })

  it("sets the offer and offered_resolution only for one of the scenario's resolutions with a verified quote", () => {
    const text = 'I can book an engineer for Thursday morning, within 48 hours.'
    const offered = mergePerception(rules(), perception({ offeredResolutionId: 'engineer-within-48h', offeredQuote: 'book an engineer for Thursday morning' }), context(text))
    expect(offered.signals.offer).toEqual({ id: 'engineer-within-48h', evidence: 'book an engineer for Thursday morning' })
    expect(ids(offered.signals)).toEqual(['offered_resolution'])
    expect(offered.record.added).toEqual([{ signal: 'offered_resolution', quote: 'book an engineer for Thursday morning' }])

    const unknown = mergePerception(rules(), perception({ offeredResolutionId: 'full-refund', offeredQuote: 'book an engineer' }), context(text))
    const unquoted = mergePerception(rules(), perception({ offeredResolutionId: 'engineer-within-48h', offeredQuote: 'an engineer tomorrow' }), context(text))
    const bare = mergePerception(rules(), perception({ behaviours: [{ signal: 'offered_resolution', quote: 'book an engineer' }] }), context(text))
    for (const merged of [unknown, unquoted, bare]) {
      expect(merged.signals.offer).toBeNull()
      expect(ids(merged.signals)).toEqual([])
      expect(merged.record.refused).toHaveLength(1)
    }
  })

  it("keeps the rules' offer of a named resolution, and names the one the rules found only as a concrete fix", () => {
    const text = 'I can book an engineer for Thursday morning.'
    const named = rules({ signals: [{ id: 'offered_resolution', evidence: 'book an engineer' }], offer: { id: 'other-resolution', evidence: 'book an engineer' } })
    const kept = mergePerception(named, perception({ offeredResolutionId: 'engineer-within-48h', offeredQuote: 'book an engineer for Thursday' }), context(text))
    expect(kept.signals.offer).toEqual({ id: 'other-resolution', evidence: 'book an engineer' })

    const unnamed = rules({ signals: [{ id: 'offered_resolution', evidence: 'book an engineer' }], offer: { id: null, evidence: 'book an engineer' } })
    const named2 = mergePerception(unnamed, perception({ offeredResolutionId: 'engineer-within-48h', offeredQuote: 'book an engineer for Thursday' }), context(text))
    expect(named2.signals.offer).toEqual({ id: 'engineer-within-48h', evidence: 'book an engineer for Thursday' })
    expect(named2.record.added).toEqual([])
  })

  it('sets a refused outcome and offered_refused only with a real id and a verified quote', () => {
    const text = 'Fine, I will cancel it with no fee.'
    const merged = mergePerception(rules(), perception({ refusedOutcomeId: 'cancel-no-fee', refusedQuote: 'cancel it with no fee' }), context(text))
    expect(merged.signals.refused).toEqual({ id: 'cancel-no-fee', evidence: 'cancel it with no fee' })
    expect(ids(merged.signals)).toEqual(['offered_refused'])
    const wrong = mergePerception(rules(), perception({ refusedOutcomeId: 'engineer-within-48h', refusedQuote: 'cancel it with no fee' }), context(text))
    expect(wrong.signals.refused).toBeNull()
  })

  it('drops the offer when the perception shows the rules misread it', () => {
    const text = "I can't promise an engineer this week, I'm afraid."
    const merged = mergePerception(
      rules({ signals: [{ id: 'offered_resolution', evidence: 'an engineer this week' }], offer: { id: 'engineer-within-48h', evidence: 'an engineer this week' } }),
      perception({ misread: [{ signal: 'offered_resolution', quote: "I can't promise", why: 'negated' }] }),
      context(text),
    )
    expect(merged.signals.offer).toBeNull()
    expect(ids(merged.signals)).toEqual([])
  })

  it("keeps only the persona's fact ids asked about, only when the turn asks something, at most one more than its questions", () => {
    const question = 'When was the engineer booked?'
    const asked = mergePerception(
      rules({ questions: [question] }),
      perception({ askedAbout: ['engineer-visit-date', 'Margaret was told on the phone', 'router-lights', 'engineer-visit-date'] }),
      context(question),
    )
    expect(asked.factIds).toEqual(['engineer-visit-date', 'router-lights'])
    expect(asked.record.refused).toEqual([{ kind: 'asked_about', reason: "1 id(s) that are not this persona's facts" }])
    expect(JSON.stringify(asked.record)).not.toContain('Margaret')

    const statement = mergePerception(rules(), perception({ askedAbout: ['engineer-visit-date'] }), context('I will look into the engineer visit.'))
    expect(statement.factIds).toEqual([])

    const stuffed = mergePerception(rules({ questions: [question] }), perception({ askedAbout: ['router-lights', 'engineer-visit-date', 'router-lights'] }), context(question))
    expect(stuffed.factIds).toEqual(['router-lights', 'engineer-visit-date'])
  })

  it('keeps a promise only as the trainee own words', () => {
    const text = 'I will call you back by 5pm today.'
    expect(mergePerception(rules(), perception({ promised: 'call you back by 5pm today' }), context(text)).record.promised).toBe('call you back by 5pm today')
    expect(mergePerception(rules(), perception({ promised: 'a callback this afternoon' }), context(text)).record.promised).toBeNull()
  })

  it('leaves the rules as they are when the perception found nothing', () => {
    const found = rules({ signals: [{ id: 'apologised', evidence: 'Sorry' }], questions: ['Which day?'] })
    const merged = mergePerception(found, perception(), context('Sorry. Which day?'))
    expect(merged.signals).toEqual(found)
    expect(merged.record).toEqual({ status: 'ran', reason: null, added: [], removed: [], refused: [], askedAbout: [], promised: null })
  })
})

describe('perceptionFallback', () => {
  it('records why the rules stand alone, and changes nothing', () => {
    expect(perceptionFallback('timed_out', 'No answer in 2500 ms.')).toEqual({ status: 'timed_out', reason: 'No answer in 2500 ms.', added: [], removed: [], refused: [], askedAbout: [], promised: null })
  })
})

describe('verifyQuote', () => {
  it('accepts exact substrings only', () => {
    expect(verifyQuote('Hello there', 'lo th')).toEqual({ ok: true, quote: 'lo th' })
    expect(verifyQuote('Hello there', 'hello')).toMatchObject({ ok: false })
    expect(verifyQuote('Hello there', null)).toMatchObject({ ok: false, reason: 'no quote' })
  })
})
