import { phraseDetector, type SignalDetector } from '../signal-detector'

/** Feelings and situations a customer may be in; naming one is what turns "I understand" into acknowledgement. */
const feeling =
  '(frustrat\\w*|upset\\w*|angry|anger|annoy\\w*|stress\\w*|worr\\w*|confus\\w*|disappoint\\w*|infuriat\\w*|maddening|exhausting|exasperat\\w*|irritat\\w*|distress\\w*|overwhelm\\w*|awful|horrible|terrible|unfair|scary|frightening|a nightmare|a hassle|a pain|fed up|let down|inconvenient|unsettling|hurtful|embarrassing|shock\\w*|worrying|difficult|hard|tough)'
/** The same without "difficult/hard/tough", which after "it's" usually describe a task, not a feeling. */
const strongFeeling =
  '(frustrat\\w*|upset\\w*|angry|annoy\\w*|stress\\w*|worr\\w*|disappoint\\w*|infuriat\\w*|maddening|exhausting|exasperat\\w*|irritat\\w*|distress\\w*|overwhelm\\w*|awful|horrible|terrible|unfair|scary|frightening|a nightmare|a hassle|a pain|unsettling|hurtful|embarrassing|shock\\w*)'
const degree = '( so| really| very| incredibly| genuinely| absolutely| completely| truly| such| extremely| deeply| hugely)?'

const acknowledged = phraseDetector(
  'acknowledged',
  [
    `(that|this|it) (must|would|could) (be|have been|feel|have felt)${degree} ${feeling}`,
    `(that|this|it) (sounds|sounds like it was|sounds like it's been|seems)${degree} ${feeling}`,
    `(that|this|it)('s| is| was| has been|'s been)${degree} ${strongFeeling}`,
    `(how|so) ${strongFeeling} (for you|(that|this|it) (must|would)( be| have been)?)`,
    "I can (really |totally |completely |only |just |certainly )?(hear|see|tell|imagine|understand|appreciate) (how|why|that you('re| are| were| feel|'ve| have)|you('re| are| were|'ve been| have been)|what a)",
    // "I understand how you feel" and "I understand your frustration" alone are the stock phrases the seeds warn
    // against; they count only with the customer's situation after them ("…, after four calls in nine days").
    "(I|we) (completely |totally |fully |really |absolutely |do )?(understand|get|appreciate) (how|why) (you|this|that|it)[^.!?\\n]{0,40} (because|after|when|given|with|since|that you|having|being)",
    "(I|we) (completely |totally |fully |really |absolutely )?(understand|appreciate|hear|recognise|recognize) (your|the) (\\w+ )?(frustration|anger|disappointment|worry|worries|distress|upset|annoyance|stress|confusion) (about|over|at|with|after|because|that|given|since) (the|your|being|having|what|this|all|how|it)",
    `(no wonder|of course|understandably|rightly so|I know|I hear that|I can tell|I see) you('re| are| were| feel| felt| must be| must feel| sound)( so| really| very| quite)? ${feeling}`,
    "(sorry|apologies) (that |to hear (that )?)?you('ve| have| had| were| are|'re| got| went| didn't| did not| haven't| have not| waited| received| lost| missed| spent| ended up)",
    "you('ve| have)( now)? been (waiting|charged|calling|transferred|passed|cut off|left|kept|chasing|without|on hold|trying|going back and forth|through)",
    "you('ve| have)? had to (call|wait|ring|chase|explain|repeat|go|take|spend|deal|sit)",
    'after (waiting|being|calling|chasing|spending|sitting|trying)',
    "(that|this|it) (should(n't| not) have happened|should never have happened|(is|was)(n't| not) (good enough|acceptable|fair|on)|'s not (good enough|acceptable|fair|on)|(is|was|'s) unacceptable)",
    "you shouldn't have (had to|to) ",
    '(what|such) an? (nightmare|hassle|pain|mess|ordeal|awful|horrible|terrible|frustrating|stressful|difficult|long)',
    `(I'd|I would) (be|feel)( \\w+)? ${feeling} too`,
    "(I'd|I would) feel the same",
    'in your (shoes|position)',
  ],
  [
    "(can't|cannot|don't|do not) (understand|see|get|know) why you",
    'no need to (be|get|feel)',
    'sorry (that )?you feel (that|this) way',
    'over-?react',
    "you think you('re| are| have)",
    'calm down',
  ],
)

const apologised = phraseDetector(
  'apologised',
  [
    "(I|we)('m| am|'re| are)( so| really| very| truly| terribly| deeply| extremely| genuinely| awfully)? sorry",
    "(I|we)( sincerely| truly| really| do| must| want to| would like to|'d like to|'d)? apologi[sz]e",
    '(my|our) (sincere |sincerest |deepest |humble |honest )?apologies',
    'accept (my|our) apolog',
    '^(oh,? )?(so |really |very |terribly )?sorry (about|for|that|to hear|you)',
    'sorry (about|for) (that|this|the|your|all|any|everything|what)',
  ],
  [
    'sorry (that )?you feel (that|this) way',
    'sorry,? (but )?(could|can|would) you (repeat|say that)',
    "sorry,? (I )?(didn't|did not) (catch|hear|get) (that|what|your)",
    'sorry,? what (was|did|is)',
  ],
)

const collaborated = phraseDetector('collaborated', [
  "let's (?!not)(\\w+ )?(work|figure|sort|find|fix|see|look|try|solve|go through|go step|take (this|it)|do this|tackle|start|get (this|it|you))",
  'let us (work|figure|sort|find|fix|see|look|try|solve)',
  "(we|together we|you and I|you and me) (can|will|'ll|could) (work|sort|figure|fix|find|solve|go through|tackle)",
  'together',
  'I (really |truly |genuinely |do )?want to help( you)?',
  "I('m| am) (here|keen|determined) to help",
  "I('d| would) (really )?(like|love) to help",
  "(I|we)('re| are|'m| am) on your side",
  'I want us to',
  'let me help',
  'I want to (get|make) (this|it|things) (right|sorted|fixed)',
  'I want to (find|work out) (a|the|some) (way|solution|fix)',
  'I want to do something about (that|this|it)',
  '(between|with) the two of us',
  'same side',
])

export const empathyDetectors: readonly SignalDetector[] = [acknowledged, apologised, collaborated]
