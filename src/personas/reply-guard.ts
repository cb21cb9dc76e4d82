/**
 * Checks on a customer reply that code can make before it is kept: only the server ends a call, so a reply that
 * says goodbye while the call goes on is caught, and so is one that repeats an earlier customer line word for
 * word. Pure; the server asks the model once more, or keeps the reply trimmed. The scripted customer uses the
 * same rules on its own lines.
 */

export type ReplyProblem = 'goodbye' | 'repeat'

export type ReplyGuardResult = { ok: true } | { ok: false; problem: ReplyProblem; trimmed: string }

export interface ReplyGuardContext {
  /** Everything the customer said earlier in the call, oldest first, the opening line included. */
  earlierCustomerLines: readonly string[]
  /** True when the server ends the call with this reply (a hang-up or a satisfied close): a goodbye is then due. */
  callEnds: boolean
}

/** A sentence this long, said before, is a repeat (shorter ones, "Go on." or "Right.", recur in any talk). */
export const repeatedSentenceWords = 6

/**
 * The reply's sentences, each an exact piece of the text with its punctuation. Simple rules, not a parser:
 * customer lines are short and plain, and a wrong cut only makes a check look at half a sentence.
 */
export function replySentences(text: string): string[] {
  return (text.match(/[^.!?…\n]+(?:[.!?…]+["'”’)\]]*|$)|[.!?…]+/gu) ?? []).map((sentence) => sentence.trim()).filter((sentence) => sentence !== '')
}

/** Quoted speech ("they said 'goodbye' and hung up") is the customer quoting, not speaking the words. */
function withoutQuotes(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|(?<![\p{L}])'[^'\n]*'(?![\p{L}])/gu, ' ')
}

const farewell = /(?<![\p{L}\p{N}'’-])(good-?\s?bye|bye-?\s?bye|bye(?:\s+(?:now|for now|then))?|cheerio|ta-ra|farewell)(?![\p{L}\p{N}-])|^so long\b(?!\s+(?:as|since|ago|that|to))/iu
/** "You can say goodbye to my custom", "kiss it goodbye": talk about leaving, not leaving the call. */
const farewellAsTopic = /(?:say|saying|said|says|bid|bidding|kiss|kissing|wave|waving)\s+(?:\S+\s+){0,2}?good-?\s?bye|good-?\s?bye\s+to\b/iu
const closingGreeting = /^(?:(?:right|well|okay|ok|fine|thanks|thank you|then)[,.]?\s+)*(?:good\s+(?:day|afternoon|evening|night)|have a (?:nice|good|lovely|great|wonderful) (?:day|afternoon|evening|weekend)|(?:speak|talk) (?:to you )?(?:soon|later))(?:\s+to you)?(?:,?\s+\p{L}+)?[.!]*$/iu
const hangingUp =
  /\bI(?:'m|’m| am| will|'ll|’ll)\s+(?:going to\s+|gonna\s+)?(?:hang(?:ing)? up|put(?:ting)? the phone down|ring(?:ing)? off|end(?:ing)? (?:this|the) call)\b/iu
/** A threat or a condition is not the call ending: "I'll hang up if you read me a script". */
const notNow = /\b(?:if|unless|or else|otherwise|before|until|about to|close to|nearly|almost|in a minute|this close)\b/iu

/** Whether one sentence ends the call: a farewell, a closing "good day", or hanging up now. */
export function saysGoodbye(sentence: string): boolean {
  const spoken = withoutQuotes(sentence).trim()
  if (spoken === '') return false
  if (farewell.test(spoken) && !farewellAsTopic.test(spoken)) return true
  if (closingGreeting.test(spoken)) return true
  return hangingUp.test(spoken) && !notNow.test(spoken)
}

/** Lower case, plain apostrophes, letters and digits only: "Nine days!" and "nine days." are the same words. */
export function normaliseWords(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function wordCount(text: string): number {
  const normalised = normaliseWords(text)
  return normalised === '' ? 0 : normalised.split(' ').length
}

/** What the customer has said, as repeat checks need it: whole lines, and every sentence long enough to count. */
export interface SaidBefore {
  lines: Set<string>
  sentences: Set<string>
}

export function saidBefore(earlierCustomerLines: readonly string[]): SaidBefore {
  const said: SaidBefore = { lines: new Set(), sentences: new Set() }
  for (const line of earlierCustomerLines) rememberSaid(said, line)
  return said
}

/** Adds one more line the customer said. */
export function rememberSaid(said: SaidBefore, line: string): void {
  said.lines.add(normaliseWords(line))
  for (const sentence of replySentences(line)) {
    if (wordCount(sentence) >= repeatedSentenceWords) said.sentences.add(normaliseWords(sentence))
  }
}

/** Whether a sentence of six words or more was said before, word for word. */
export function isRepeatedSentence(sentence: string, said: SaidBefore): boolean {
  return wordCount(sentence) >= repeatedSentenceWords && said.sentences.has(normaliseWords(sentence))
}

/**
 * Checks a finished customer reply. While the call goes on (`callEnds` false), a sentence that says goodbye or
 * hangs up is a `goodbye` problem. A reply identical to an earlier customer line, or with a sentence of six words
 * or more said before, is a `repeat` problem. `trimmed` is the reply without those sentences (possibly empty);
 * when both problems are there the goodbye is reported, and both are trimmed.
 */
export function guardReply(text: string, context: ReplyGuardContext): ReplyGuardResult {
  const said = saidBefore(context.earlierCustomerLines)
  const sentences = replySentences(text)
  const goodbyes = context.callEnds ? [] : sentences.filter(saysGoodbye)
  const repeats = sentences.filter((sentence) => isRepeatedSentence(sentence, said))
  // A short line ("Go on, then.", "Yes.") may come round again, as it does in any real call.
  const wholeRepeat = wordCount(text) >= repeatedSentenceWords && said.lines.has(normaliseWords(text))
  if (goodbyes.length === 0 && repeats.length === 0 && !wholeRepeat) return { ok: true }
  const cut = new Set([...goodbyes, ...repeats])
  const kept = wholeRepeat ? [] : sentences.filter((sentence) => !cut.has(sentence))
  return { ok: false, problem: goodbyes.length > 0 ? 'goodbye' : 'repeat', trimmed: kept.join(' ') }
}
