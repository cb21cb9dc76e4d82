import nlp from 'compromise'

/** Compromise slows down sharply on very long runs of text; longer pieces are split by punctuation only. */
const longestParsedPiece = 2000

/**
 * Splits a turn into sentences, each an exact substring of `text` (compromise knows that
 * "Mrs. Doyle" and "5 p.m." do not end a sentence). Line breaks also end a sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = []
  for (const line of text.split(/\r?\n/)) {
    const pieces = line.length > longestParsedPiece ? line.split(/(?<=[.!?…])\s+/u) : [line]
    for (const piece of pieces) {
      if (piece.trim() === '') continue
      if (piece.length > longestParsedPiece) sentences.push(piece.trim())
      else sentences.push(...parsedSentences(piece))
    }
  }
  return sentences
}

interface SentenceJson {
  text: string
  offset?: { start: number; length: number }
}

function parsedSentences(piece: string): string[] {
  // Tokenising alone finds the sentence ends; the full tagger (twenty times slower) adds nothing here.
  const parsed = nlp.tokenize(piece).json({ offset: true }) as SentenceJson[]
  if (parsed.length === 0) return [piece.trim()]
  const sentences: string[] = []
  let cursor = 0
  for (const sentence of parsed) {
    const exact = locate(piece, sentence, cursor)
    if (exact === null) continue
    cursor = exact.end
    const trimmed = exact.text.trim()
    if (trimmed !== '') sentences.push(trimmed)
  }
  return sentences
}

/** Uses compromise's character offsets, falling back to a search when they do not line up. */
function locate(piece: string, sentence: SentenceJson, cursor: number): { text: string; end: number } | null {
  if (sentence.offset !== undefined) {
    const { start, length } = sentence.offset
    const slice = piece.slice(start, start + length)
    if (slice.trim() === sentence.text.trim()) return { text: slice, end: start + length }
  }
  const wanted = sentence.text.trim()
  const found = piece.indexOf(wanted, cursor)
  return found === -1 ? null : { text: wanted, end: found + wanted.length }
}
