import type { SignalContext, SignalId } from './signal-types'
import type { AnalysedTurn } from './analyse-turn'
import { combinedPatterns, firstMatch, type Phrase } from './phrase-pattern'

/** One small rule that looks for one behaviour in a turn. Several detectors may share an id. */
export interface SignalDetector {
  id: SignalId
  /** The exact substring of the turn that shows the behaviour, or null. */
  detect(turn: AnalysedTurn, context: SignalContext): string | null
}

/**
 * A detector that looks for any phrase of a list, sentence by sentence, first sentence first.
 * A sentence that matches one of `unless` is skipped: it looks like the behaviour but is not
 * ("I can't understand why you're upset" names a feeling only to dismiss it).
 */
export function phraseDetector(
  id: SignalId,
  phrases: readonly Phrase[],
  unless: readonly Phrase[] = [],
  options: { ignoreQuoted?: boolean } = {},
): SignalDetector {
  const patterns = combinedPatterns(phrases)
  const exceptions = combinedPatterns(unless)
  return {
    id,
    detect(turn) {
      for (const sentence of turn.sentences) {
        if (exceptions.some((pattern) => pattern.test(sentence.text))) continue
        const visible = options.ignoreQuoted ? unquoted(sentence.text) : sentence.text
        const evidence = firstMatch(visible, patterns)
        if (evidence !== null && sentence.text.includes(evidence)) return evidence
      }
      return null
    },
  }
}

/**
 * The sentence with what the agent quotes from the customer blanked out: "you said 'useless', and I hear why" is
 * theirs, not the agent's. An apostrophe inside a word ("don't") is not a quote mark.
 */
export function unquoted(text: string): string {
  return text.replace(/(["“”‘’'])(?:(?!\1).){1,80}\1/gu, (quoted) => (/^['’]/.test(quoted) && /\w['’]\w/u.test(quoted) ? quoted : ' '.repeat(quoted.length)))
}
