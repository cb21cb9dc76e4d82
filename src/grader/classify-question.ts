import nlp from 'compromise'
import { stemmer } from 'stemmer'
import { phrasePattern } from './phrase-pattern'

/**
 * What kind of question a trainee asked:
 * - `directed`: targets a specific missing fact (a number, date, name, what happened, which one, a yes-no about a concrete thing)
 * - `vague`: targets nothing ("Anything else?", "What's the problem?", "How can I help?")
 * - `repeated`: asks again what an earlier turn already asked; not directed, because the customer
 *   already answered (or was never listened to), so it is reported as a vague question
 * - `check`: checks understanding or agreement ("Does that make sense?", "…, okay?")
 * - `courtesy`: small talk or asking the customer to hold ("How are you today?", "Could you bear with me?")
 * - `offer`: offers an option ("Would you like a refund or a replacement?"), judged as can-do, not as clarifying
 * - `accusatory`: a question that blames ("Why didn't you read the email?"), judged as blame
 */
export type QuestionKind = 'directed' | 'vague' | 'repeated' | 'check' | 'courtesy' | 'offer' | 'accusatory'

const checks = [
  phrasePattern(
    '^(and |so |ok,? |okay,? )?(does (that|this|everything) (all )?(make sense|sound (ok|okay|good|alright|all right|fair|right))|(is|was) (that|this|everything) (all )?(ok|okay|alright|all right|clear|fine)|are you (still )?with me|(do you )?follow( me)?|got (it|that)|make sense|sound good|are you happy with (that|this)|have I got (that|this|it) right|did I get (that|this|it) right)',
  ),
  phrasePattern('^(ok|okay|right|alright|all right|yeah|yes|fair enough)\\?'),
]

const courtesies = [
  phrasePattern('^(and |so )?how are (you|things)( doing)?( today| this morning| this afternoon)?'),
  phrasePattern('^(sorry|pardon|hello|hi)[?!.]*$'),
  phrasePattern('^(hello,? )?(are you (still )?there|can you (still )?hear me)'),
  phrasePattern('(can|could|would|will) you (please )?(hold|bear with me|wait|give me a (moment|second|minute)|hang on)'),
  phrasePattern('^(may|can) I (put you on hold|place you on hold)'),
]

const accusations = [
  phrasePattern(
    "^(and |so |but |well,? )?(why|how come) (didn't|did not|haven't|have not|wouldn't|would not|couldn't|could not|don't|do not|won't|can't|weren't) you",
  ),
  phrasePattern("(did|do|have) you (even|actually|ever) (read|check|look|listen|bother|try)"),
  phrasePattern("(can't|cannot|couldn't|don't|didn't) you (read|see|hear|understand|listen)"),
]

/** Choices and proposals put to the customer: "Which would you prefer?", "Does Thursday work?", "Yes or no?" */
const choices = [
  phrasePattern('(which|what) (one )?(would|do|will) you (prefer|rather|like best|want)'),
  phrasePattern('which (one |option |day |time |slot )?(works|suits|is better|would work|would suit|do you want)'),
  phrasePattern('(does|would|will|can) (that|this|it|thursday|tomorrow|monday|tuesday|wednesday|friday|saturday|sunday|the \\w+) (work|suit|feel|sound|be (ok|okay|alright|fair|better))'),
  phrasePattern('would (that|this|it) (feel|be|seem) (fair|ok|okay|alright|reasonable|better)'),
  phrasePattern('yes or no'),
  phrasePattern("(happy|ok|okay|alright) (with|for) (that|this|me to)"),
  /,\s*(?:or not|no)\?$/iu,
]

/** Generic troubleshooting or a blanket request for "details": asks the customer to do the work. */
const blanketRequests = [
  phrasePattern('(have|did) you (tried|try) (turning|restarting|rebooting|switching|unplugging|clearing|logging|resetting|updating|reinstalling|it)'),
  phrasePattern('(send|dm|message|pass|give|provide|forward|pop)( us| me)?( over| across| through)? (your|the|all the|some|a few|more|full)( account| booking| personal| contact| full| order)? (details|info|information|particulars)'),
  phrasePattern('(can|could|may|would) (I|we) (check|confirm|see|ask) (with|whether|if) (the|our|my|a) \\w+ (team|department|colleague|supervisor|manager)'),
]

const offers = [
  phrasePattern(
    '^(and |so |now,? |ok,? |okay,? )?(would you (like|prefer|rather)|do you want (me|us) to|shall (I|we)|should (I|we)|(can|may) I (offer|send|arrange|book|get you|set|transfer|call you|email you|suggest)|how about (I|we|a|an|the|if)|what if (I|we)|is it (ok|okay|alright|all right) if (I|we)|would it help if (I|we))',
  ),
]

const vagueQuestions = [
  phrasePattern('^(and |so |ok,? |okay,? |right,? )?(is there )?anything (else|more)'),
  phrasePattern(
    "what('s| is| seems to be| was| exactly is)( the| your)? (problem|issue|matter|trouble|deal|complaint|concern|query)( today| then| exactly| now)?\\??$",
  ),
  phrasePattern("what('s| is) (wrong|up|going on|the matter|happening)"),
  phrasePattern('how (can|may|could|might) (I|we) (help|assist)'),
  phrasePattern('what (can|could) (I|we) (do|help)'),
  phrasePattern('anything (else )?(I|we) can (do|help)'),
  phrasePattern('what (the hell |the heck |on earth |exactly |else )?(do|did|would) you (want|need|expect)( me| us)?( to do)?( about (it|that|this))?( then| now| exactly)?\\??$'),
  phrasePattern('^(any|other) (other )?(questions|concerns)'),
  phrasePattern('^(can|could|would) you (please )?(explain|elaborate|say more|tell me more|go on|start again|repeat)( that| again| please)?\\??$'),
  phrasePattern('^what (else|now)'),
  phrasePattern('^is (that|this) (all|everything|it)\\??$'),
  phrasePattern('^what is it'),
]

/** Nouns that name no specific fact: a question about them targets nothing. */
const emptyNouns = new Set([
  'problem', 'problems', 'issue', 'issues', 'matter', 'trouble', 'thing', 'things', 'anything', 'something',
  'everything', 'nothing', 'help', 'question', 'questions', 'sense', 'way', 'day', 'today', 'tonight', 'there',
  'lot', 'bit', 'kind', 'sort', 'concern', 'concerns', 'situation', 'else', 'point', 'one', 'stuff', 'hand',
  'moment', 'second', 'minute', 'chance', 'idea', 'complaint', 'complaints', 'deal', 'story', 'details', 'detail',
  'information', 'info', 'more', 'call', 'sir', 'madam', "ma'am", 'hello', 'hi', 'yes', 'ok', 'okay', 'thanks',
  'experience', 'feedback', 'query', 'queries', 'reason', 'case', 'assistance', 'anyone', 'anybody', 'someone',
])

/** Openings that ask for a particular fact whatever the nouns. */
const specificAsks = [
  phrasePattern(
    '(when|where|which|who|whom|whose|how (long|much|many|often|old|far|recently|big))',
  ),
  phrasePattern('what (time|date|day|year|month|number|address|amount|colou?r|model|size|type|version|error|message|page|screen|button|card|name|reference|code|postcode)'),
  phrasePattern('what (exactly )?happened'),
]

const tagQuestion = /[\s,.…]*\b(ok|okay|right|yeah|alright|yes|correct)\?$/iu
const statementOpening = phrasePattern("^(I'll|I will|we'll|we will|let's|let me|I'm going to|we're going to)")

const stopWords = new Set(
  "what what's whats is your the a an can could you me tell give please again just i do did does to of for on in and so ok okay would will confirm know let may have has get it that this my we us our be was were are am if there any kindly sorry".split(
    ' ',
  ),
)

export function classifyQuestion(question: string, earlierQuestions: readonly string[], customerSaid: readonly string[] = []): QuestionKind {
  const sentence = question.trim()
  if (checks.some((pattern) => pattern.test(sentence))) return 'check'
  if (courtesies.some((pattern) => pattern.test(sentence))) return 'courtesy'
  if (accusations.some((pattern) => pattern.test(sentence))) return 'accusatory'
  if (offers.some((pattern) => pattern.test(sentence)) || choices.some((pattern) => pattern.test(sentence))) return 'offer'
  if (vagueQuestions.some((pattern) => pattern.test(sentence)) || blanketRequests.some((pattern) => pattern.test(sentence))) return 'vague'
  if (earlierQuestions.some((earlier) => asksTheSame(sentence, earlier))) return 'repeated'
  if (alreadyAnswered(sentence, customerSaid)) return 'repeated'

  const tag = tagQuestion.exec(sentence)
  if (tag !== null) {
    const stem = sentence.slice(0, tag.index)
    if (stem.trim() === '' || statementOpening.test(stem) || !hasSpecificNoun(stem)) return 'check'
    return 'directed'
  }
  if (specificAsks.some((pattern) => pattern.test(sentence))) return 'directed'
  if (hasSpecificNoun(sentence)) return 'directed'
  return 'vague'
}

function hasSpecificNoun(sentence: string): boolean {
  const terms = nlp(sentence.slice(0, 1000)).match('(#Noun|#Value)').not('(#Pronoun|#Person|#Honorific)').terms().json() as {
    terms: { normal: string }[]
  }[]
  return terms.some((term) => {
    const normal = term.terms[0]?.normal ?? ''
    return normal !== '' && !emptyNouns.has(normal)
  })
}

/** Words a customer's answer carries: digits in a number, a code, a date or an amount. */
const valueToken = /\d|\b[A-Z]{2,}[-\d]/u

/**
 * Whether the customer already gave what the question asks for: its content words are all in one thing the
 * customer said, and for a request for a value (a number, a date, a reference) that line holds one.
 */
function alreadyAnswered(question: string, customerSaid: readonly string[]): boolean {
  const asked = [...contentWords(question)].filter((word) => !questionWords.has(word)).map((word) => stemOf(word))
  if (asked.length === 0) return false
  const wantsValue = /\b(number|reference|ref|postcode|zip|date|day|time|amount|much|many|email|address|account|code|order|booking|policy|claim|name)\b/iu.test(question)
  for (const said of customerSaid) {
    const saidStems = new Set([...contentWords(said)].map((word) => stemOf(word)))
    const covered = asked.filter((word) => saidStems.has(word)).length
    if (asked.length >= 2 ? covered >= Math.ceil(asked.length * 0.5) && covered >= 2 : covered === 1 && wantsValue) {
      if (!wantsValue || valueToken.test(said)) return true
    }
  }
  return false
}

const questionWords = new Set(
  `when where which who whom whose how why exactly actually still first again need mind quick quickly yet take give tell
  confirm provide send share read check know get have grab pass see ask pop note make sure number please`.split(/\s+/),
)

function stemOf(word: string): string {
  return stemmer(word.replace(/'s$/, ''))
}

/** Two questions ask the same thing when their content words (nearly) coincide. */
function asksTheSame(question: string, earlier: string): boolean {
  const current = contentWords(question)
  const previous = contentWords(earlier)
  if (current.size === 0 || previous.size === 0) return false
  let shared = 0
  for (const word of current) if (previous.has(word)) shared += 1
  const union = current.size + previous.size - shared
  return shared / union >= 0.6
}

function contentWords(sentence: string): Set<string> {
  const words = sentence.toLowerCase().replaceAll('’', "'").match(/[\p{L}\p{N}']+/gu) ?? []
  return new Set(words.filter((word) => !stopWords.has(word)))
}
