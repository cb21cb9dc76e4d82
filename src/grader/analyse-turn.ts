import { classifyQuestion, type QuestionKind } from './classify-question'
import { isQuestionSentence } from './is-question-sentence'
import { splitSentences } from './split-sentences'

export interface TurnSentence {
  /** Exact substring of the turn. */
  text: string
  /** The kind of question, or null when the sentence asks nothing. */
  question: QuestionKind | null
}

/** One trainee turn, split and parsed once so that every detector reads the same sentences. */
export interface AnalysedTurn {
  text: string
  sentences: TurnSentence[]
  /** What the customer has said so far, oldest first (for questions already answered). */
  previousCustomerTexts?: readonly string[]
}

export function analyseTurn(text: string, previousTraineeTexts: readonly string[], previousCustomerTexts: readonly string[] = []): AnalysedTurn {
  const earlierQuestions = previousTraineeTexts.flatMap((earlier) => roughSentences(earlier).filter(isQuestionSentence))
  const sentences = splitSentences(text).map((sentence) => ({
    text: sentence,
    question: isQuestionSentence(sentence) ? classifyQuestion(sentence, earlierQuestions, previousCustomerTexts) : null,
  }))
  return { text, sentences, previousCustomerTexts }
}

/** Earlier turns only need their questions found, so a cheap punctuation split is enough there. */
function roughSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\r?\n/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '')
}
