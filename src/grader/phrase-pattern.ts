/**
 * Phrase lists are written as readable regular-expression sources: a space stands for any run of
 * whitespace and a straight apostrophe also matches a curly one, so trainers and reviewers can read
 * "I'm sorry" instead of "I['’]m\s+sorry". Every phrase is anchored on word edges and ignores case.
 */
export function phrasePattern(source: string): RegExp {
  const body = source.replaceAll("'", "['’]").replaceAll(' ', '\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'iu')
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
