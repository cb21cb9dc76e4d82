import { phraseDetector, type SignalDetector } from '../signal-detector'

const hostileWords = phraseDetector('hostile', [
  'shut up',
  'you (stupid |bloody |absolute |complete )?(idiot|moron|clown|fool|muppet)',
  "what('s| is| the \\S+ is) wrong with you",
  "you('re| are) (an? |such an? |being an? |a complete |a total )?(idiot|moron|stupid|pathetic|joke|clown|fool|nutter|lunatic|crazy|insane|rude|impossible|unbelievable|nightmare|pain|waste of (time|space))",
  'whatever[.!]*$',
  "I (don't|do not|couldn't|could not) care( less)?",
  "(?<!(shouldn't|should not|don't|do not|won't|will not|not|never|nobody should) (have to|need to) )(deal|live) with it",
  'get over it',
  'tough( luck)?[.!]*$',
  'too bad[.!]*$',
  'take it or leave it',
  '(go|take your (business|custom|money)) (somewhere )?elsewhere',
  '(go ahead|feel free),? (and )?(complain|leave|cancel|sue|go)',
  'good luck with that',
  '^oh,? (great|wonderful|brilliant|fantastic|perfect|lovely|joy)[,.!]',
  '(yeah|sure),? right[.!]*$',
  'thanks for (nothing|wasting)',
  'are you (deaf|stupid|serious|kidding( me)?|thick|dense|slow|for real)',
  "(can't|cannot) you (read|hear|listen)",
  'do you (even )?(listen|read|understand (plain )?english)',
  "what part of .{1,40} (don't|do not) you (understand|get)",
  '(stop|quit) (whining|moaning|complaining|crying|being (a baby|dramatic))',
  'you people',
  "I (don't|do not) have time for (this|you|people like you)",
  "I('ve| have) (got )?better things to do",
  "(not my problem|that's your problem|your problem,? not mine)",
  "I('m| am) (so )?(sick|tired) of (you|this|people like you|customers like you)",
  '(how|why) (are|can) you (be )?(so )?(stupid|dense|thick|slow|difficult|rude)',
  "(I|we) (don't|do not) (need|want) (customers|people) like you",
  'you (deserve|asked for) (it|this)',
  "you('ll| will) (regret|be sorry)",
  '(ugh|pfft|duh)',
])

/** "I'll hang up on you" is a threat, unless it is the conditional warning the hang-up policy allows. */
const hostileThreats = phraseDetector(
  'hostile',
  ["I('m| am) (going to|gonna) hang up on you", "I('ll| will) hang up on you", "I('ll| will) (cut|cut you) off"],
  ['\\bif\\b', 'unless'],
)

/** Words that make a run of capitals read as speech rather than a code ("I SAID NO REFUND" against "REF HFQ KXT"). */
const everydayCapitals = /^(I|A|NO|NOT|YOU|YOUR|THE|IS|IT|TO|DO|DON'T|DON’T|WILL|WON'T|WON’T|CAN|CAN'T|CAN’T|SAID|TOLD|NEVER|STOP|LISTEN|WHAT|WHY|HOW|ARE|AM|AND|OR|THIS|THAT|ME|MY|WE|GET|HAVE|HAS|ALREADY|AGAIN|READ|OK|OKAY|PLEASE|JUST|ALL|ANY|NOW|ONCE|MORE|SO|OF|IN|ON|FOR|BE)$/

/** Three or more words in capitals that read as speech (not a reference or a code) is shouting ("I SAID NO REFUND"). */
const shouting: SignalDetector = {
  id: 'hostile',
  detect(turn) {
    for (const match of turn.text.matchAll(/(?<![\p{L}\p{N}-])[A-Z][A-Z'’]*(?:[ \t]+[A-Z][A-Z'’]*){2,}(?![\p{L}\p{N}-])/gu)) {
      const words = match[0].split(/[ \t]+/)
      const letters = match[0].replace(/[^A-Z]/g, '').length
      const speech = words.filter((word) => everydayCapitals.test(word)).length
      if (letters >= 8 && speech >= 2) return match[0]
    }
    return null
  },
}

const profanity = phraseDetector('profanity', [
  'fuck\\w*',
  'f[*#]+k?(ing|ed|er)?',
  'motherf\\w*',
  'shit\\w*',
  'bullshit',
  'sh[*#]t',
  's[*#]{2,}t',
  'bitch\\w*',
  'bastards?',
  'cunts?',
  'dick(head)?s?',
  'pricks?',
  'twats?',
  'wank\\w*',
  '(ass|arse)holes?',
  'arse',
  'ass',
  'jackass',
  'damn\\w*',
  'dammit',
  'goddamn\\w*',
  'god damn',
  'crap\\w*',
  'bloody',
  'bugger\\w*',
  'bollocks',
  'piss\\w*',
  'hell',
  'sod off',
  'douche\\w*',
  'wtf',
  'stfu',
  'effing',
  'frigging',
  'freaking',
])

const abuseWarning = phraseDetector('abuse_warning', [
  "(that|this|such|abusive|offensive|bad|foul) (kind of |sort of |type of )?language (is not|isn't|won't be|will not be|is never) (acceptable|tolerated|okay|ok|appropriate|allowed|necessary)",
  "if you (keep|continue|carry on|don't stop|do not stop)( to)? (swear|swearing|curse|cursing|shout|shouting|use|using|talk|talking|speak|speaking|call|calling|insult|insulting|be abusive|being abusive)",
  "I('ll| will) (have to|need to|be forced to) (end|terminate|disconnect|close) (this|the|our) (call|conversation)",
  "I (can't|cannot|won't|will not) (continue|carry on|help you)( the call| this call| this conversation)? (if|while|when|whilst) (you|the (swearing|language|abuse|shouting))",
  "(I|we) (don't|do not|won't|will not|can't|cannot) (accept|tolerate) (that|this|abusive|offensive|bad|foul|such|the)( kind of)? (language|abuse|swearing|behaviou?r|insults)",
  "(please|kindly) (don't|do not) (swear|curse|use that language|call me)",
  "I need you to (stop|not) (swear|swearing|curse|cursing|use|using|call|calling|insult|insulting|shout|shouting)",
  "(I('ll| will)|I('m| am) going to|I) (need|have) to ask you (to|not to) (stop|refrain|not|avoid|please|keep)",
  '(please )?(stop|refrain from|avoid) (swearing|cursing|using (that|this|such|abusive|offensive|bad|foul) (language|word|words)|calling me names|the language|insulting me|the insults|being abusive|name-calling)',
  'this is (your|a) (first|second|final|last) warning',
  "(no need|there's no need|there is no need) (to|for) (swear|swearing|curse|cursing|that language|the language|language like that)",
])

const rushed = phraseDetector(
  'rushed',
  [
    "(?<!(I|I'll|I will|we'll|we will|let me|I'm going to|I am going to) )just (click|press|tap|hit|type|go to|open|enter|select|fill in|scroll|refresh|submit|log in|sign in)",
    'simply (click|press|tap|go|open|enter|select|type)',
    'quickly',
    'hurry( up)?',
    '(be|make it) quick',
    "as (I|I've|I have) (already )?(said|mentioned|explained|told you)",
    'like I (already )?(said|told you|mentioned)',
    "(I|we) (don't|do not|haven't|have not) (got |have )?(all day|much time|time for)",
    "let's (just )?(move on|speed (this|things) up|get on with it|wrap (this|it|things) up|cut to the chase|skip)",
    'cut (a long story short|to the chase)',
    'get to the point',
    '(keep it|make it) (short|brief|quick)',
    '(yes|yeah|ok|okay)(,? (yes|yeah|ok|okay)){1,}',
    'I get it',
    '^anyway',
    'real quick',
    'as fast as (you can|possible)',
    '(other|more) (customers|callers|people) (waiting|in the queue|on hold)',
    '(I|we) need to (move|keep) (this|things) (on|moving|along|short)',
    'skip (ahead|that|the story|the details)',
    'come on',
  ],
  ["(I|we)('ll| will| can| could|'m going to| am going to)? (just )?quickly (check|look|see|pull|find|confirm|grab|read|go)"],
)

export const conductDetectors: readonly SignalDetector[] = [
  hostileWords,
  hostileThreats,
  shouting,
  profanity,
  abuseWarning,
  rushed,
]
