export interface TextPiece {
  text: string
  quoted: boolean
}

/**
 * Splits a message around the exact substrings the grader quoted, so they can be highlighted as
 * text (never as HTML). Overlapping or touching quotes merge into one highlight; a quote that is not
 * in the text, or is empty, is ignored.
 */
export function splitAroundQuotes(text: string, quotes: readonly string[]): TextPiece[] {
  const ranges: Array<[number, number]> = []
  for (const quote of quotes) {
    if (!quote) continue
    const start = text.indexOf(quote)
    if (start !== -1) ranges.push([start, start + quote.length])
  }
  if (ranges.length === 0) return text ? [{ text, quoted: false }] : []
  ranges.sort((first, second) => first[0] - second[0])
  const merged: Array<[number, number]> = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  const pieces: TextPiece[] = []
  let position = 0
  for (const [start, end] of merged) {
    if (start > position) pieces.push({ text: text.slice(position, start), quoted: false })
    pieces.push({ text: text.slice(start, end), quoted: true })
    position = end
  }
  if (position < text.length) pieces.push({ text: text.slice(position), quoted: false })
  return pieces
}
