import { describe, expect, it } from 'vitest'
import { guardReply, replySentences, saysGoodbye } from '../../src/personas/reply-guard'

const midCall = { earlierCustomerLines: [] as string[], callEnds: false }

describe('reply guard: only the server ends a call', () => {
  it('passes an ordinary reply', () => {
    expect(guardReply("Right. So what are you going to do about it? I've waited nine days.", midCall)).toEqual({ ok: true })
  })

  it('catches a goodbye while the call goes on, and trims just that sentence', () => {
    expect(guardReply('Fine. I will wait for the engineer then. Goodbye.', midCall)).toEqual({
      ok: false,
      problem: 'goodbye',
      trimmed: 'Fine. I will wait for the engineer then.',
    })
    expect(guardReply("Thank you, dear. Bye for now! Oh, and the chair is still yellow.", midCall)).toMatchObject({
      problem: 'goodbye',
      trimmed: 'Thank you, dear. Oh, and the chair is still yellow.',
    })
  })

  it('lets the customer say goodbye when the server ends the call with this reply', () => {
    expect(guardReply("That's it. I'm done. Goodbye.", { earlierCustomerLines: [], callEnds: true })).toEqual({ ok: true })
  })

  it.each([
    'Goodbye.',
    'Right, bye.',
    'Cheerio.',
    'Good day.',
    'Good day to you, sir.',
    'Have a nice day.',
    "I'm putting the phone down now.",
    "I'm going to hang up.",
    "I'm ending this call.",
    'Thanks, speak soon.',
  ])('reads "%s" as ending the call', (sentence) => {
    expect(saysGoodbye(sentence)).toBe(true)
  })

  it.each([
    "I'll hang up if you read me a script.",
    "I'm this close to putting the phone down.",
    'You can say goodbye to my custom.',
    "They said 'goodbye' and that was the last I heard.",
    'Good afternoon, I hope you can help.',
    'Stand by the phone, they told me.',
    "I'll be waiting by the door all day.",
  ])('does not read "%s" as ending the call', (sentence) => {
    expect(saysGoodbye(sentence)).toBe(false)
  })
})

describe('reply guard: no line said twice', () => {
  const earlier = [
    "Right. Before you read me a script: this is the fourth time I've called in nine days.",
    "No, listen to me. I want a name, a date and a time, not another promise.",
  ]

  it('catches a reply that repeats an earlier line word for word, ignoring case and punctuation', () => {
    expect(guardReply('no, listen to me! I want a name, a date and a time - not another promise', { earlierCustomerLines: earlier, callEnds: false })).toEqual({
      ok: false,
      problem: 'repeat',
      trimmed: '',
    })
  })

  it('cuts a repeated sentence of six words or more and keeps the rest', () => {
    expect(guardReply('Fine. I want a name, a date and a time, not another promise. And today.', { earlierCustomerLines: earlier, callEnds: false })).toEqual({
      ok: false,
      problem: 'repeat',
      trimmed: 'Fine. And today.',
    })
  })

  it('lets short sentences recur, as they do in any talk', () => {
    expect(guardReply('No, listen to me. The line is still dead.', { earlierCustomerLines: earlier, callEnds: false })).toEqual({ ok: true })
  })

  it('reports the goodbye first when a reply both repeats and says goodbye, and trims both', () => {
    expect(guardReply("I want a name, a date and a time, not another promise. Okay. Bye.", { earlierCustomerLines: earlier, callEnds: false })).toEqual({
      ok: false,
      problem: 'goodbye',
      trimmed: 'Okay.',
    })
  })

  it('splits sentences without losing their words', () => {
    expect(replySentences('Nine days! Nine days?! And nothing… Really.')).toEqual(['Nine days!', 'Nine days?!', 'And nothing…', 'Really.'])
  })
})
