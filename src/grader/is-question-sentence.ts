import nlp from 'compromise'
import { phrasePattern } from './phrase-pattern'

/**
 * "How frustrating that must be.", "What a mess." and the reassurance "Don't you worry, …" read like
 * questions to a parser but are not.
 */
const exclamations = [
  phrasePattern('^(how|so) \\w+( \\w+)? (that|this|it|for you)'),
  phrasePattern("^(now,? |oh,? )?(don't|do not) you (worry|fret)"),
  phrasePattern('^what an? '),
  phrasePattern('^(which|that) is (why|how|what)'),
]

/** Requests for a fact that are questions in all but punctuation ("Could you tell me the order number."). */
const indirectQuestions = [
  phrasePattern('(can|could|would|will) you (please |kindly |just )?(tell|give|confirm|read|spell|send|show|let me know|walk me through|describe|check|find|look|remind)'),
  phrasePattern('would you mind (telling|giving|confirming|reading|spelling|checking|looking)'),
  phrasePattern("^(so |and |ok,? |okay,? )?(I wonder|I was wondering|I'm wondering) (if|whether|what|when|how|which|who|where)"),
  phrasePattern('^(please |could you please |now,? )?(tell|confirm|give) me (your|the|what|when|which|how|where|who|about)'),
  phrasePattern('^(please )?let me know (your|the|what|when|which|how|where|who)'),
  phrasePattern('^(can|could|may) I (ask|have|take|get|check|grab|confirm)'),
  phrasePattern("(I'll|I will|I'd|I would) need (your|the|to (take|get|have|ask|check|confirm))"),
]

/** A yes-no question with its verb first ("Is there anything else", "Did you get the email"). */
const invertedQuestion = phrasePattern(
  "^(and |so |ok,? |okay,? |right,? |now,? )?(is|are|was|were|do|does|did|can|could|would|will|have|has|may|shall|should)(n't)? (you|it|there|that|this|the|your|we|I|he|she|they|anyone|anybody)",
)

/** Compromise slows down sharply on very long text; a run-on that long is not read as a question. */
const longestParsedSentence = 1000

/** Whether one sentence of a trainee's turn asks something, with or without a question mark. */
export function isQuestionSentence(sentence: string): boolean {
  const trimmed = sentence.trim()
  if (trimmed === '') return false
  if (trimmed.endsWith('?')) return true
  if (exclamations.some((pattern) => pattern.test(trimmed))) return false
  if (indirectQuestions.some((pattern) => pattern.test(trimmed))) return true
  if (invertedQuestion.test(trimmed)) return true
  if (/[.!]$/.test(trimmed) || trimmed.length > longestParsedSentence) return false
  return nlp(trimmed).sentences().isQuestion().found
}
