import { phraseDetector, type SignalDetector } from '../signal-detector'

/** Things an agent can actually do for a customer. */
/** Checking, looking and finding are steps towards a fix, not a fix: "can I check…" offers nothing yet. */
const agentAction =
  '(offer|arrange|send|refund|book|set up|issue|escalate|give|change|reset|walk you|resend|credit|cancel|process|add|update|fix|sort|raise|put|apply|waive|schedule|call|ring|email|transfer|make|get|order|replace|repair|reorder|track|chase|expedite|upgrade|extend|move|reverse|organi[sz]e|request|log|take care|flag|post|text|speed|arrange|re-?send|re-?issue|swap|exchange|collect|pick)'
/** Written with its own leading space because "I'm" has none before the apostrophe. */
const cannot =
  "( can't| cannot| can not| won't be able to|'m not able to| am not able to| are not able to|'re not able to|'m unable to| am unable to| are unable to|'re unable to|'m not allowed to| am not allowed to|'m not authori[sz]ed to| am not authori[sz]ed to|'m not permitted to| am not permitted to)"

const cantDo = phraseDetector('cant_do', [
  "(there's|there is|there isn't|there is not)( really| just| simply| honestly| absolutely)? (nothing|anything|not much|no more|nothing more|nothing else)( more| else| further)? (I|we) can (do|offer)",
  '(nothing|not much) (more |else |further )?(I|we) can do',
  `(I|we)( just| simply| really| honestly)?${cannot} (help|do|change|offer|give|refund|cancel|waive|override|make|issue|process|provide|send|credit|reverse|approve|authori[sz]e|accept|arrange|extend|speed|fix|move|transfer|reinstate|restore|bend|break)`,
  "(that's|it's|that is|it is)( just| simply)?( the| our| company| the company's| our company)? polic(y|ies)",
  '(against|not in line with|outside( of)?) (our|the|company) polic(y|ies)',
  'out of my hands',
  'my hands are tied',
  'rules are rules',
  "(that's|it's|that is|it is|this is) (just |simply )?(not possible|impossible)",
  "there's no way (I|we) can",
  "(I|we) (don't|do not) (do|offer|give|allow|accept|make) (refunds|exceptions|credits|discounts|compensation|that|those|returns|exchanges)",
  "the system (won't|will not|doesn't|does not) (let|allow) (me|us)",
  "(that's|it's|that is|it is) not something (I|we) (can|do)",
  'nothing I can do',
  "(I|we) (can't|cannot) make (an )?exceptions?",
  "you('ll| will) (just )?(have|need) to wait",
  "(it's|that's|it is|that is) (out of|beyond) (my|our) (control|hands)",
  "(there's|there is) no (way|option|alternative)( (I|we) can| to)",
  "(I|we) (can't|cannot|won't|will not) (do|change) (anything|that|it)( for you)?",
  "(I|we) (don't|do not) have (the )?(authority|power|ability|permission) to",
  "(not|never) something (I|we) (can|could|do|are able to)",
])

const canDo = phraseDetector(
  'can_do',
  [
    "what (I|we)( can|'ll| will|'m going to| am going to) do( for you)?( right now| today| instead)? is",
    `(I|we) (can|could)( definitely| certainly| also| still| absolutely| easily| happily| now)? ${agentAction}`,
    `(I|we)('m| am|'re| are) (able|happy|glad|going) to ${agentAction}`,
    "(I'd|I would|we'd|we would) be (happy|glad|delighted|more than happy) to",
    '(would you (like|prefer)|do you want) (me to|us to|a|an|the|to)',
    `(shall|should|can|could|may) (I|we) ${agentAction}`,
    "(here are|there are|I have|I've got|we have|you have|there's) (two|three|four|a few|some|several|a couple of|a number of|a few different) (options|choices|ways|things (I|we) can do|alternatives|routes)",
    '(one|another|the other|a second|the first|the second|a third|a better) (option|choice|alternative|possibility|thing (I|we) can do) (is|would be)',
    '(the )?(good|great) news is',
    'alternatively',
    `let me ${agentAction}`,
    'how about (I|we)',
    'would it help if (I|we)',
  ],
  ['anything (else )?(I|we) can', 'how (can|may|could) (I|we)', 'what (the hell |the heck |on earth |exactly |else )?(do|did) you want'],
)

/** A promise that no agent can keep; kept in one list so that `promised` does not also claim it. */
export const overPromises = [
  '(I|we) (can )?(personally |absolutely )?guarantee',
  'guaranteed',
  "(I|we) (can )?promise (you )?(that )?(this|it|that)('ll| will)? (never|won't|will never|will not)",
  "(this|it|that)('ll| will)? never (happen|occur) again",
  "(this|it|that) (won't|will not) (ever )?happen again",
  "(make sure|ensure) (this|it|that) (never|doesn't|does not|won't) (happens|happen|ever happen)( again)?",
  '100(%| ?percent| per cent)',
  '(full refund|refund|compensation|credit|replacement|money back)s? (right now|right away|immediately|straight away|this (minute|second)|no questions asked)',
  'no matter what',
  'whatever you (want|need|like|ask)',
  'anything you (want|like|ask)',
  "(you('ll| will)|it('ll| will)|that('ll| will)|they('ll| will)) (definitely|certainly|absolutely|100%|for sure)",
  '(definitely|certainly|absolutely|for sure) (arrive|be there|be fixed|be sorted|reach you|be with you|be back|be done)( today| tomorrow| tonight| by| within)',
  'never (have|experience|see|get) (this|a|any|that) (problem|issue|again)',
  'I swear',
  "(I('ll| will)|we('ll| will)) (waive|refund|cancel|write off) (everything|all of it|the whole (thing|lot|bill|balance))",
  'first thing tomorrow,? guaranteed',
]

const overPromised = phraseDetector('over_promised', overPromises)

/** A commitment to a concrete step ("I'll email you the form"), often with a time. */
const promised = phraseDetector(
  'promised',
  [
    "(I('ll| will)|we('ll| will)|I('m| am) going to|we('re| are) going to)( personally| also| definitely| now| then| just| immediately| today)? (send|email|e-mail|call|ring|phone|text|post|refund|credit|process|book|arrange|raise|escalate|update|follow up|check|get back|confirm|cancel|reset|issue|look into|transfer|log|put|write|chase|dispatch|reorder|order|replace|schedule|add|apply|waive|reverse|contact|speak|get|make sure|keep you|organi[sz]e|expedite|request|flag|sort|fix|pass|note|ask|find|deliver|return|resend|re-send)[^.!?\\n]{0,100}",
    "you('ll| will|'re going to| are going to) (receive|get|have(?! to)|see|hear)( back)?[^.!?\\n]{0,80}?(by|within|in the next|before|on|today|tonight|tomorrow|this (morning|afternoon|evening|week)|next (week|month|\\w+day)|\\d)[^.!?\\n]{0,40}",
    "(it|this|that|the (refund|credit|replacement|card|parcel|engineer|money|payment|form|email|letter))( usually| normally| typically| generally| can| will| should)? takes? (up to |around |about )?(\\d+|one|two|three|four|five|six|seven|ten|a few|a couple of)( to (\\d+|\\w+))? (working |business )?(days|hours|weeks|minutes)",
    "(it|this|that|they|he|she|the \\w+) should (arrive|reach you|be with you|land|clear|show up|appear|be there|be back|be in touch)[^.!?\\n]{0,60}",
    '(expect|look out for) (it|the \\w+|an? \\w+|a call|an email)[^.!?\\n]{0,30}(by|within|in the next|today|tomorrow|on \\w+day)[^.!?\\n]{0,30}',
  ],
  overPromises,
)

const ownership = phraseDetector('ownership', [
  "I('ll| will)( personally)? (make sure|ensure|take care of|look after|handle|own|follow (this|it|that|up)|keep (you|an eye)|see (this|it|that) through|chase|take responsibility|take ownership|stay on|deal with (this|it) myself)",
  "I('ll| will) personally",
  "(that|this|it)( really)? (was|is|'s)( entirely| completely| totally| definitely)? (our|my) (mistake|fault|error|responsibility|doing|bad)",
  '(we|I) (made|got) (a |an |the |this |that |it )?(mistake|error|wrong)',
  '(we|I) (messed|mucked|slipped) up',
  "(we|I) (should|ought to)('ve| have) (sent|told|called|emailed|done|checked|caught|processed|informed|let|refunded|spotted|fixed|noticed|updated|contacted|delivered|explained|warned)",
  '(we|I) (let you down|dropped the ball|fell short)',
  "(that's|that is|it's|it is) on (us|me)",
  'I take (full |complete )?(responsibility|ownership)',
  'leave it with me',
  "I('m| am) (going to |gonna )?(take|taking) (care|charge|ownership|responsibility) of",
  '(you were|we|I|the \\w+ agent|(my|our) colleague) (told|given|gave|sent)( you)? (the )?(wrong|incorrect|inaccurate|misleading)',
  "(?<!(not|n't|never) )(our|my) (error|mistake)",
  "I('ll| will) (be the one|be your (single )?point of contact|own this)",
])

const deflected = phraseDetector('deflected', [
  "(that's|that is|it's|it is)( not (my|our)| another| a different| the \\w+) (department|team)('s)?( problem| issue| responsibility| job| fault| area| call)?",
  '(not|none of) (my|our) (fault|department|job|problem|responsibility|area|call|decision|doing|business)',
  "(it|that)( was|'s| is) (the )?(system|computer|courier|warehouse|supplier|manufacturer|bank|delivery company|other team|IT|billing team|previous agent|last agent|person you spoke to|post office|driver)('s)?( fault| to blame| problem| error| mistake| doing)",
  '(the|our) (system|computer|courier|warehouse|supplier|bank|driver|other department|software) (did (it|this|that)|must have|made (a|the|an)|messed|is to blame|caused|glitched|is responsible|was responsible|screwed)',
  'blame (the|our) (system|courier|warehouse|computer|bank|supplier|policy|company|management)',
  "(I|it) wasn't me",
  'I (just )?work here',
  "I (didn't|did not) (make|set|write|create|decide) (the )?(rules|policy|policies|prices|terms)",
  "I('m| am) just (the messenger|following (orders|the rules|policy|procedure)|doing my job)",
  "you('ll| will) (have|need) to (call|contact|speak to|ring|email|phone|talk to|write to|take it up with|go to) (another|the other|a different|them|the|your)",
  '(take|raise) (it|that|this) (up )?with (the|them|your|another|a different)',
  "(nothing|not anything) to do with (me|us)",
  'above my pay grade',
  "(that's|it's) (their|your bank's|the bank's|the courier's|the supplier's) (problem|responsibility|issue|fault)",
])

const escalated = phraseDetector(
  'escalated',
  [
    'escalat(e|ed|ing)',
    '(transfer|put|pass|hand|refer|connect) (you|this|your (case|call|complaint)|it)( over| through| across)? (to|over to|through to) (a|my|the|our|your)',
    '(speak|talk) (to|with) (my|a|the|our) (supervisor|manager|team leader|team lead|senior)',
    '(get|fetch|bring in|involve|ask) (my|a|the|our) (supervisor|manager|team leader|team lead|senior)',
    "(supervisor|manager|team leader|team lead)( can|'ll| will| could) (call|ring|contact|speak|look|review|take|phone|get back)",
  ],
  ["(can't|cannot|won't|will not|not going to|no point|there is no|there's no|isn't|not available|don't have|no) .{0,30}(supervisor|manager|escalat)"],
)

export const solutionDetectors: readonly SignalDetector[] = [
  cantDo,
  canDo,
  promised,
  overPromised,
  ownership,
  deflected,
  escalated,
]
