/** One dispatched server-sent event. */
export interface SseMessage {
  event: string
  data: string
  id: string | null
}

/**
 * Incremental text/event-stream parser (the WHATWG algorithm), for POST responses read through
 * `fetch`, where EventSource can't be used. Feed it decoded text in whatever pieces the network
 * delivers; it returns the events completed by each piece. Lines may end in CRLF, LF or CR, even
 * when a CRLF pair is split across two pieces; `data` lines of one event are joined with "\n".
 * An event still open when the stream ends is dropped, as the spec says.
 */
export class SseParser {
  private buffer = ''
  private skipLeadingLineFeed = false
  private startOfStream = true
  private eventName = ''
  private dataLines: string[] = []
  private lastEventId: string | null = null

  feed(text: string): SseMessage[] {
    let chunk = text
    if (this.startOfStream && chunk.length > 0) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1)
      this.startOfStream = false
    }
    // A CR ended the previous piece: an LF opening this one belongs to the same line break.
    if (this.skipLeadingLineFeed && chunk.startsWith('\n')) chunk = chunk.slice(1)
    this.skipLeadingLineFeed = false
    this.buffer += chunk

    const messages: SseMessage[] = []
    let start = 0
    for (let index = 0; index < this.buffer.length; index += 1) {
      const character = this.buffer[index]
      if (character !== '\n' && character !== '\r') continue
      const line = this.buffer.slice(start, index)
      if (character === '\r') {
        if (index + 1 === this.buffer.length) this.skipLeadingLineFeed = true
        else if (this.buffer[index + 1] === '\n') index += 1
      }
      start = index + 1
      const message = this.readLine(line)
      if (message) messages.push(message)
    }
    this.buffer = this.buffer.slice(start)
    return messages
  }

  private readLine(line: string): SseMessage | null {
    if (line === '') return this.dispatch()
    if (line.startsWith(':')) return null
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    switch (field) {
      case 'event':
        this.eventName = value
        break
      case 'data':
        this.dataLines.push(value)
        break
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value
        break
      default:
        // `retry` and unknown fields mean nothing to a fetch-based reader.
        break
    }
    return null
  }

  private dispatch(): SseMessage | null {
    const hasData = this.dataLines.length > 0
    const message: SseMessage = { event: this.eventName || 'message', data: this.dataLines.join('\n'), id: this.lastEventId }
    this.eventName = ''
    this.dataLines = []
    return hasData ? message : null
  }
}
