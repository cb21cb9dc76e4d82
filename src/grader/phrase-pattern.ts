/**
 * Phrase lists are written as readable regular-expression sources: a space stands for any run of
 * whitespace and a straight apostrophe also matches a curly one, so trainers and reviewers can read
 * "I'm sorry" instead of "I['’]m\s+sorry". Every phrase is anchored on word edges and ignores case.
 */
export function phrasePattern(source: string): RegExp {
  const body = source.replaceAll("'", "['’]").replaceAll(' ', '\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'iu')
}

/**
 * A list of phrases as few expressions as possible: every readable source joined into one alternation (one pass
 * over a sentence instead of one per phrase, which is what keeps the rules at a few milliseconds a turn), and
 * each ready-made expression as it is. The leftmost match in a sentence wins, whatever its place in the list.
 */
export function combinedPatterns(phrases: readonly Phrase[]): RegExp[] {
  const sources = phrases.filter((phrase): phrase is string => typeof phrase === 'string')
  const ready = phrases.filter((phrase): phrase is RegExp => typeof phrase !== 'string')
  if (sources.length === 0) return ready
  const body = sources.map((source) => `(?:${source.replaceAll("'", "['’]").replaceAll(' ', '\\s+')})`).join('|')
  return [new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'iu'), ...ready]
}

/** A phrase written as readable source (see `phrasePattern`) or a ready-made expression used as is. */
export type Phrase = string | RegExp

export function toPattern(phrase: Phrase): RegExp {
  return typeof phrase === 'string' ? phrasePattern(phrase) : phrase
}

/** The first match of any pattern, in list order, as an exact substring of `text`; null when none matches. */
export function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text)
    if (match !== null && match[0].trim() !== '') return match[0].trim()
  }
  return null
}
