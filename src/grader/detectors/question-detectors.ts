import type { QuestionKind } from '../classify-question'
import { phraseDetector, type SignalDetector } from '../signal-detector'
import type { SignalId } from '../signal-types'

/** The first question of the given kinds, verbatim. */
function questionDetector(id: SignalId, kinds: readonly QuestionKind[]): SignalDetector {
  return {
    id,
    detect(turn) {
      const question = turn.sentences.find((sentence) => sentence.question !== null && kinds.includes(sentence.question))
      return question?.text ?? null
    },
  }
}

const paraphrased = phraseDetector('paraphrased', [
  "if I('ve| have)? (understand|understood|got (this|that|it|you) right|heard you (right|correctly))",
  "(what|so) you('re| are) (saying|telling me) is",
  "(so )?you('re| are) (saying|telling me) (that )?",
  "just to (check|confirm|make sure|be clear|clarify)[,:]? (so )?(you('ve| have| were| are|'re| did| had| haven't| didn't| never| got)|your \\w+ (was|were|is|has|hasn't|didn't)|the \\w+ (was|were|is|has|hasn't|didn't|never))",
  'it sounds like (you|your|the)',
  "^(so|ok,? so|okay,? so),? (you('ve| have| were| are|'re| got| had| didn't| haven't| never| paid| ordered| called| received)|your \\w+ (was|were|is|has|hasn't|didn't|never))",
  "let me (make sure|check|see if) I('ve| have)? (understood|understand|got (this|that|it|everything) right)",
  "correct me if I('m| am) wrong",
  "(from|based on) what you('ve| have)? (said|told me|described|mentioned|explained)",
  "to (recap|sum up|summari[sz]e) what you('ve| have)? (said|told me|described)",
  "if I('m| am) hearing you (right|correctly)",
  "(have|did) I (got|get|understood|understand) (that|this|it|you) (right|correctly)",
  "(am I right|is it right) (in thinking|that|to say)",
])

export const questionDetectors: readonly SignalDetector[] = [
  questionDetector('directed_question', ['directed']),
  questionDetector('vague_question', ['vague', 'repeated']),
  paraphrased,
]
