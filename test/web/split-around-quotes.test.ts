import { describe, expect, it } from 'vitest'
import { splitAroundQuotes } from '../../web/src/call/split-around-quotes'

describe('splitAroundQuotes', () => {
  it('splits the message around the exact quoted substring', () => {
    expect(splitAroundQuotes('I am so sorry about the callbacks.', ['so sorry'])).toEqual([
      { text: 'I am ', quoted: false },
      { text: 'so sorry', quoted: true },
      { text: ' about the callbacks.', quoted: false },
    ])
  })

  it('merges overlapping quotes and ignores quotes that are not in the text', () => {
    expect(splitAroundQuotes('abcdefgh', ['bcd', 'cdef', 'zzz', ''])).toEqual([
      { text: 'a', quoted: false },
      { text: 'bcdef', quoted: true },
      { text: 'gh', quoted: false },
    ])
  })

  it('keeps markup-looking text as plain text pieces', () => {
    const text = '<img src=x onerror=alert(1)> sorry'
    const pieces = splitAroundQuotes(text, ['sorry'])
    expect(pieces.map((piece) => piece.text).join('')).toBe(text)
    expect(pieces[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', quoted: false })
  })
})
