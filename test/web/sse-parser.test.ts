import { describe, expect, it } from 'vitest'
import { SseParser } from '../../web/src/api/sse-parser'

function feedAll(pieces: string[]) {
  const parser = new SseParser()
  return pieces.flatMap((piece) => parser.feed(piece))
}

describe('SseParser', () => {
  it('parses several events in one chunk', () => {
    const events = feedAll(['event: turn-accepted\ndata: {"seq":1}\nid: 1\n\nevent: reply-delta\ndata: {"text":"Hi"}\nid: 2\n\n'])
    expect(events).toEqual([
      { event: 'turn-accepted', data: '{"seq":1}', id: '1' },
      { event: 'reply-delta', data: '{"text":"Hi"}', id: '2' },
    ])
  })

  it('joins an event split across arbitrary chunk boundaries', () => {
    const wire = 'event: reply-delta\ndata: {"text":"Three times"}\n\nevent: reply-end\ndata: {"text":"done"}\n\n'
    for (let size = 1; size <= 7; size += 1) {
      const pieces: string[] = []
      for (let index = 0; index < wire.length; index += size) pieces.push(wire.slice(index, index + size))
      expect(feedAll(pieces).map((event) => [event.event, event.data])).toEqual([
        ['reply-delta', '{"text":"Three times"}'],
        ['reply-end', '{"text":"done"}'],
      ])
    }
  })

  it('accepts CRLF and lone CR line endings, including a CRLF split between chunks', () => {
    expect(feedAll(['event: a\r\ndata: 1\r\n\r\nevent: b\rdata: 2\r\r'])).toEqual([
      { event: 'a', data: '1', id: null },
      { event: 'b', data: '2', id: null },
    ])
    // "\r" ends one piece and "\n" starts the next: one line break, not a blank line that dispatches early.
    expect(feedAll(['event: a\r', '\ndata: 1\r', '\n\r', '\n'])).toEqual([{ event: 'a', data: '1', id: null }])
  })

  it('joins multi-line data with newlines and keeps the spaces after the first', () => {
    expect(feedAll(['data: first\ndata:second\ndata:   third\n\n'])).toEqual([{ event: 'message', data: 'first\nsecond\n  third', id: null }])
  })

  it('ignores comments, retry and unknown fields, and events without data', () => {
    expect(feedAll([': keep-alive\n\nretry: 1000\nfoo: bar\nevent: empty\n\ndata: x\n\n'])).toEqual([{ event: 'message', data: 'x', id: null }])
  })

  it('drops a byte-order mark at the start and an unfinished event at the end', () => {
    const parser = new SseParser()
    expect(parser.feed('\uFEFFdata: a\n\ndata: half')).toEqual([{ event: 'message', data: 'a', id: null }])
    expect(parser.feed('')).toEqual([])
  })

  it('keeps the last event id for later events', () => {
    expect(feedAll(['id: 7\ndata: a\n\ndata: b\n\n']).map((event) => event.id)).toEqual(['7', '7'])
  })
})
