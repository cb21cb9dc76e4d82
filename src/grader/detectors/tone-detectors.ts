import type { AnalysedTurn } from '../analyse-turn'
import { toPattern, type Phrase } from '../phrase-pattern'
import { phraseDetector, unquoted, type SignalDetector } from '../signal-detector'

/**
 * The agent's tone: sarcasm, brushing the customer off, audible exasperation, and stalling. Each is written as
 * the thing itself, with the near miss it must not catch beside it ("thanks so much for waiting" is sincere;
 * "oh, thanks so much for that" after a complaint is not).
 */

function quotedAwareDetector(id: SignalDetector['id'], phrases: readonly Phrase[], unless: readonly Phrase[] = []): SignalDetector {
  return phraseDetector(id, phrases, unless, { ignoreQuoted: true })
}

const sarcastic = quotedAwareDetector(
  'sarcastic',
  [
    "^(oh,? |well,? |wow,? |ah,? )(terrific|great|wonderful|brilliant|fantastic|perfect|lovely|marvell?ous|super|splendid|charming|delightful|excellent|fabulous|amazing)[.!…]+\\s*$",
    '^(terrific|fantastic|marvell?ous|splendid|charming|delightful)[.!…]+\\s*$',
    '^wow[.!,…]+\\s*(just wow|charming|ok(ay)?|lovely|nice|great|really)',
    '^(oh|well|wow|gee),? (thanks|thank you)( so much| very much| a lot)? for (that|the lecture|the attitude|the essay|sharing|nothing|your (input|opinion|essay|lecture))(,? I guess)?[.!…]*$',
    "(thanks|cheers) for (the lecture|the attitude|the essay|your (input|opinion|essay|life story))",
    "(aren't|isn't) (you|that|this) (a |just )?(delight|ray of sunshine|charmer|treat|lovely|special|precious)",
    "(what|how) (a |an )?(delight|charming|lovely|pleasant surprise)(?!.{0,20}\\b(day|weekend|name|to speak)\\b)",
    'good for you',
    'bless (you|your (heart|little))',
    "(clearly|obviously) you know (best|better|everything)",
    "(sure|yeah|yes|oh),? (whatever you say|of course you (did|do|are|have|were|know))",
    "^(yeah|yes|sure),? right[.!…]*$",
    "I('m| am) sure you (did|do|have|are|were|know)[.!…]*$",
    '(oh,? )?(sorry|excuse me|pardon me),? for (existing|breathing|trying|doing my job|being here|helping)',
    'nice try',
    '(lovely|nice|great|fascinating|riveting|touching|moving|gripping) story',
    "(shall we|let's|can we) (just )?skip (straight )?to the (complaining|moaning|shouting|drama|part where)",
    'have you (actually|even) (tried|bothered)',
    'thanks for (that|the) (lovely|fascinating|riveting|thrilling) (story|lecture|speech)',
    "^(oh,? )?(really|is it|did you|do you)\\?+\\s*$",
    "(don't|do not) hold your breath",
    "(must be|must have been) (nice|lovely) (for you|to be you)",
    'how (original|novel|unexpected)',
    "(silly|stupid) me",
    "(oh,? )?what a (surprise|shock|shocker)",
    'who would have (thought|guessed)',
    'shock(ing)?,? horror',
    '/s\\b',
    /[🙄🙃😒]/u,
    "you('re| are) (so|very|really) (clever|smart|funny|helpful)(?! to)",
    "(thanks|thank you) (so much )?for (your|the) (patience|understanding),? (I guess|apparently|clearly|not)",
    "well,? aren't you clever",
  ],
  ['(thank you|thanks) (so much |very much )?for (your patience|waiting|holding|bearing with)(?!,? (I guess|apparently))'],
)

/** Brushing the customer or their concern off. */
const dismissed = quotedAwareDetector('dismissed', [
  '(post|write|leave|put) (your|a|the) (review|complaint|comment)s?.{0,40}(won\'t|will not|doesn\'t|does not|isn\'t going to) (change|matter|make)',
  "(it|that|this|complaining)( really)? (won't|will not|isn't going to|doesn't|does not) (change|make) (a thing|anything|any difference|a difference)",
  '^whatever(?! (happens|you (need|want|decide|prefer|like|choose)|it takes|works|suits|is (best|easiest))\\b)(?=[\\s,.!…]|$)',
  '\\bwhatever[.!…]*$',
  'it is what it is',
  "(people|others|other customers|customers|folk) (wait|have waited|deal with|put up with|go without|manage)( for)? (a lot |much |far |way )?(longer|worse|more)",
  '(everybody|everyone|they all) (says|say) that',
  "(I've|I have|we've|we have) heard (it|that|this) (all )?before",
  "it's what it is",
  "(that's|that is|it's|it is) (just )?(how|the way) (it is|it works|things are|it goes)",
  "(it|that) (doesn't|does not|really doesn't) matter",
  "(it's|it is|that's|that is)( really)? (not|hardly) (a|that|such a) big (deal|problem|issue)",
  "(it's|it is|that's) not the end of the world",
  '(so|and) what\\?',
  '^so what([.!…]|,? (if|who cares|does it matter))',
  'take it or leave it',
  "(?<!(shouldn't|should not|don't|do not|won't|will not|not|never|nobody should) (have to|need to) )(deal|live) with it",
  'get over it',
  "you('ll| will) (live|survive|get over it)",
  '(tough|too bad)[.!…]*$',
  '(go|take your (business|custom|money)) (somewhere )?elsewhere',
  '(go ahead|feel free),? (and )?(complain|leave|cancel|sue|post|report|go elsewhere|take (it|your business))',
  'good luck with that',
  "(I|we) (don't|do not|couldn't|could not) care( less)?",
  "not (my|our) problem",
  "(that's|that is) your problem",
  'first[- ]world problem',
  "(other|some) (people|customers) have it (much )?worse",
  "(you'll|you will) (just )?have to (wait|accept it|live with it)( like everyone else| like everybody else| I'm afraid)?",
  '(like|same as) everyone else',
  "(nothing|not much) (I|we) can do about (it|that),? (so|sorry)",
  "(there's|there is) no point (in )?(complaining|arguing|getting upset|shouting)",
  "move on[.!…]*$",
  "(I|we) (hear|get) (this|that) (all the time|every day|a lot)",
  "(just )?(calm|settle) down,? it's (only|just)",
  "(it's|it is) only (a|an|one|a few|a couple of) (pound|pounds|quid|dollars?|euros?|minutes?|days?|hours?|weeks?|pence|cents?)",
  "if you (don't|do not) like it",
  "^(meh|eh|pfft)\\b",
])

/** Words a fed-up agent shouts. A run of capitals that is a code, a reference or an acronym is not shouting. */
const shoutedWords = new Set(
  `not never no already all you your read listen once again twice stop any every have has will cannot can't don't won't
  must only really exactly said told clearly actually literally please now still same wrong right nothing everything
  again is am are was were did do does the this that what why how which here there it before three third second times
  understand explained explain asked ask sent said booked paid called`.split(/\s+/),
)

const exasperatedPhrases = [
  '(ugh+|urgh+|argh+|ffs|omfg|omg|jeez|geez|sheesh|oh my god|good grief|give me strength|for (god|heaven|pete|crying out loud)(\'s)? sake|for crying out loud|christ almighty|lord give me strength)',
  '\\*?(sigh+s?|deep breath|eye ?roll|facepalm|groans?)\\*?',
  '(for|this is) the (second|third|fourth|fifth|sixth|tenth|hundredth|umpteenth|last|millionth|nth) time(?=\\s*[,:;!?.…]|\\s*$)',
  'how many (more )?times',
  "(I('ve| have)|we('ve| have)) (already )?(said|told you|explained|asked|mentioned) (this|that|it|you)? ?(twice|three times|several times|many times|more than once|already|before|a few times)",
  "as I('ve| have)? (already |just )?(said|told you|explained|mentioned)( (twice|already|before|three times|several times))?",
  'like I (already |just )?(said|told you|explained)',
  "(are you|you're) not (listening|hearing me)",
  'seriously[?!]{1,}',
  '^honestly[.!]+',
  "(I )?(literally )?just (said|told you|explained)( that)?",
  'again[.!?]*\\s*(seriously|really)?[?!]{2,}',
  '[?!]{3,}',
]

const exasperatedText = quotedAwareDetector('exasperated', exasperatedPhrases)

/** One SHOUTED everyday word in an otherwise lower-case sentence ("I have NOT received it"). */
const shoutedWord: SignalDetector = {
  id: 'exasperated',
  detect(turn: AnalysedTurn) {
    for (const sentence of turn.sentences) {
      const visible = unquoted(sentence.text)
      const lowerLetters = (visible.match(/\p{Ll}/gu) ?? []).length
      if (lowerLetters < 8) continue
      for (const match of visible.matchAll(/(?<![\p{L}\p{N}_-])(\p{Lu}{2,}(?:['’]\p{Lu}+)?)(?![\p{L}\p{N}_-])/gu)) {
        const word = match[1]!
        if (shoutedWords.has(word.toLowerCase().replace('’', "'")) && word.length >= 2 && !(word === 'IT' || word === 'NO' && /\bNO\.?\s*\d/.test(visible))) {
          if (sentence.text.includes(word)) return word
        }
      }
    }
    return null
  },
}

/**
 * Holding lines with nothing behind them. A turn stalls when it is made only of such lines and courtesies: no
 * question, no fact, no step, no offer. "Let me check the engineer's notes. Can you confirm your postcode?" moves
 * the call on; "Let me look into that for you. Thanks for your patience." does not.
 */
const holdingLines = [
  "(let me|I('ll| will)|I('m| am) (going to|just going to|gonna)|allow me to|give me a (moment|second|minute) to) (just )?(look into|check|see|have a (look|check)|look|find out|pull up|dig into|investigate|review|go through|take a look|look at|check on|check into|see what I can do|see what's (happening|going on)|get (that|this) sorted|sort (that|this) (out )?for you)( (that|this|it|into (that|this|it)|on (that|this|it)|things|your (account|case|order|details)))?( for you)?( (now|right now|right away|quickly|real quick|one moment|for a moment))?",
  "(please )?(bear with me|hold on|hang on|one (moment|sec|second|minute)|just a (moment|sec|second|minute)|please hold|give me a (moment|sec|second|minute))",
  "(thank you|thanks|I appreciate|we appreciate)( so much| very much)? (for )?(your|you) (patience|bearing with me|holding|waiting|understanding)",
  "(thank you|thanks)( so much| very much)? for (bearing with me|holding|waiting|your patience|being patient|your understanding)",
  "I('m| am) (still )?(looking|checking|working) (into |on )?(this|that|it|your (case|account|query|issue))( now| for you)?",
  "(I|we) (completely |totally |fully |really )?(understand|hear you|appreciate that|get (it|that))",
  "(I|we)('ll| will) (see|look into|check) (what (I|we) can do|(this|that|it))",
  '(I|we)(\'m| am|\'re| are) (on it|working on it|doing (my|our) best)',
  'this (might|may|could|will) take a (moment|minute|little while|few minutes)',
  "(I('ll| will)|we('ll| will)) (get back to you|be in touch|update you)( (soon|shortly|as soon as (I|we) can|when I can|asap))?",
  'noted',
  '(okay|ok|right|alright|sure|certainly|of course|absolutely|no problem|understood|got it)',
].map(toPattern)

const courtesyOnly = [
  /^[\p{P}\s]*$/u,
  toPattern("(hi|hello|hey|good (morning|afternoon|evening))"),
  toPattern("(I('m| am)|we('re| are))( so| really| very)? sorry( (about|for) (that|this|the (wait|delay|inconvenience)))?"),
  toPattern('apologies for the (wait|delay|inconvenience)'),
  toPattern('I appreciate (that|it|you)'),
]

/** The parts of a sentence that a holding line leaves: names, fillers, punctuation. */
function leftover(text: string, patterns: readonly RegExp[]): string {
  let rest = text
  for (const pattern of patterns) rest = rest.replace(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`), ' ')
  return rest
    .replace(/\b(for )?(a|one|just a) (moment|sec|second|minute|tick|mo)\b/giu, ' ')
    .replace(/\b(just|now|please|so|and|then|for you|sir|madam|ma'am|mate|here|there|well|um|uh|erm|while|whilst)\b/giu, ' ')
}

const stalled: SignalDetector = {
  id: 'stalled',
  detect(turn, context) {
    if (turn.sentences.length === 0 || turn.sentences.length > 4) return null
    if (turn.sentences.some((sentence) => sentence.question !== null && sentence.question !== 'courtesy' && sentence.question !== 'check')) return null
    let evidence: string | null = null
    for (const sentence of turn.sentences) {
      const names = context.customerName.split(/\s+/).filter((part) => part.length > 1)
      let rest = leftover(sentence.text, holdingLines)
      for (const part of names) rest = rest.split(part).join(' ')
      const holding = holdingLines.some((pattern) => pattern.test(sentence.text))
      const courtesy = courtesyOnly.some((pattern) => pattern.test(rest.trim())) || rest.replace(/[\p{P}\s]/gu, '').length <= 3
      if (!courtesy && (rest.replace(/[\p{P}\s]/gu, '').length > 3 || !holding)) {
        // Anything else in the turn (a fact, a step, an explanation) means the call moved on.
        if (!courtesyOnly.some((pattern) => pattern.test(sentence.text.trim()))) return null
      }
      if (holding && evidence === null) evidence = sentence.text.trim()
    }
    return evidence
  },
}

/** "Can we speed this up, I've got a queue": hurrying the customer. */
const rushedExtra = phraseDetector('rushed', [
  "(can|could) we (speed|hurry) (this|things|it) (up|along)",
  "(I('ve| have)|we('ve| have)) (got )?(a (queue|backlog)|other (customers|callers|calls|people)|people waiting|calls waiting)",
  "(I|we) (haven't|have not|don't|do not) (got )?(all day|time for (this|all (that|this)))",
  'just (give|tell) me (the|your)',
  "(in a nutshell|bottom line|long story short|short version)",
  "(can|could) you (get|come) to the point",
  'make it (snappy|quick|fast)',
  'chop[ -]chop',
  "(let's|can we) not (go into|get into) (all )?(that|this|the (details|story|history))",
  'skip (the|all the) (story|details|history|backstory)',
  "I (only|just) need (the|your) (number|reference|postcode|account|order|name|details)",
  "(quick|quickly)[,:]? (what's|what is|tell me|give me)",
  'yes,? yes,? (I know|I get it|okay|ok|fine)',
  "(wrap (this|it|things) up|get (this|it) done) (quickly|fast|now)",
])

export const toneDetectors: readonly SignalDetector[] = [sarcastic, dismissed, exasperatedText, shoutedWord, stalled, rushedExtra]
