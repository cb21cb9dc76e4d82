import { analyseTurn } from '../grader/analyse-turn'
import { jargonDetector } from '../grader/detectors/jargon-detector'
import type { MoodBand, MoodEvent } from './mood'
import { buildPersonaCard } from './persona-card'
import type { PersonaSpec } from './persona-spec'
import type { TranscriptLine } from './persona-prompt'

/**
 * Rule checks on one line the AI customer said: the ways a persona model fails that code can see
 * without a model. Pure; the persona evaluation counts them over many calls, and tests guard the
 * persona prompt with them.
 *
 * - `role_break`: speaks the agent's lines (role reversal), puts a speaker label in front of the
 *   line, or narrates stage directions instead of speaking.
 * - `out_of_character`: admits to being an AI, a model or a simulation, or mentions a rubric, a
 *   prompt, the director's note or the tags around the call text.
 * - `unearned_fact`: reveals details of a hidden fact before the trainee earned it.
 * - `style_break`: breaks the persona's speaking style: length for its verbosity (a rambler answering
 *   in five words), swearing beyond its profanity level or while calm, jargon from an
 *   elderly-confused customer.
 * - `too_soon_satisfied`: warm thanks or delight while the mood is still angry or furious
 *   ("AI loves happy endings"): the code, not the model, decides when the customer calms.
 */
export const customerTurnChecks = ['role_break', 'out_of_character', 'unearned_fact', 'style_break', 'too_soon_satisfied'] as const
export type CustomerTurnCheck = (typeof customerTurnChecks)[number]

export interface CustomerTurnFailure {
  check: CustomerTurnCheck
  /** The words in the reply that fail the check (or a short description when nothing is quotable). */
  evidence: string
  detail: string
}

export interface CustomerTurnContext {
  /** The mood the reply was asked to play: after the trainee's latest turn. */
  mood: { level: number; band: MoodBand; event: MoodEvent }
  /** Hidden facts the trainee had earned when the reply was written (the director's note listed these). */
  earnedFactIds: readonly string[]
  /** The call before the reply, oldest first; the customer's opening line included. */
  transcript: readonly TranscriptLine[]
}

/** Word counts outside which a reply breaks its verbosity; a closing line (hang-up or goodbye) is exempt. */
export const verbosityLimits: Record<PersonaSpec['style']['verbosity'], { min: number; max: number }> = {
  terse: { min: 1, max: 60 },
  normal: { min: 1, max: 120 },
  rambling: { min: 20, max: 250 },
}

/** Moods in which warm thanks or delight come too soon. */
const tooSoonBands: readonly MoodBand[] = ['furious', 'angry']

export function checkCustomerTurn(persona: PersonaSpec, reply: string, context: CustomerTurnContext): CustomerTurnFailure[] {
  return [
    ...roleBreaks(persona, reply),
    ...outOfCharacter(reply),
    ...unearnedFacts(persona, reply, context),
    ...styleBreaks(persona, reply, context),
    ...tooSoonSatisfied(reply, context),
  ]
}

function pattern(source: string, flags = 'iu'): RegExp {
  const body = source.replaceAll("'", "['’]").replaceAll(' ', '\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, flags)
}

function first(text: string, patterns: readonly RegExp[]): string | null {
  for (const candidate of patterns) {
    const match = candidate.exec(text)
    if (match !== null) return match[0]
  }
  return null
}

/** Quoted speech ("they said 'someone will ring you'") is the customer quoting, not speaking the line. */
function withoutQuotes(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|(?<![\p{L}])'[^'\n]*'(?![\p{L}])/gu, ' ')
}

const agentLines = [
  'how (can|may) I (help|assist) you',
  'thank you for (calling|contacting|holding)',
  'is there anything else I can (help|do|assist)',
  "I('d| would) be (happy|glad|delighted) to (help|assist)",
  'I apologi[sz]e for (the|any) (inconvenience|confusion|delay)',
  '(let me|I will|I\'ll) (pull up|look up|bring up|check) your (account|order|booking|record|details)',
  "(I('ll| will)|let me) (process|issue|arrange|raise|book) (a|the|your) (refund|credit|replacement|engineer|exchange|collection)",
  'your (call|case|ticket|reference) number is',
  '(I|we) can offer you',
  'on behalf of',
  'our (records|system|systems) (show|shows|indicate)',
  "as (your|an|the) (agent|representative|advisor|adviser)",
]

const stageDirection = [
  /\*[^*\n]{1,80}\*/u,
  /[([]\s*(?:sighs?|sighing|pauses?|long pause|beat|laughs?|laughing|chuckles?|groans?|mutters?|muttering|shouts?|shouting|yells?|sniffs?|scoffs?|clears? (?:his |her |their )?throat|angrily|sarcastically|exasperated|frustrated|quietly|loudly|softly|tearfully|hangs? up|click)\b[^)\]\n]{0,60}[)\]]/iu,
]

function roleBreaks(persona: PersonaSpec, reply: string): CustomerTurnFailure[] {
  const failures: CustomerTurnFailure[] = []
  const firstName = persona.name.split(/\s+/)[0] ?? persona.name
  const speakers = ['agent', 'customer', 'caller', 'representative', 'rep', 'assistant', 'user', 'me', 'you', escape(persona.name), escape(firstName), escape(persona.scenario.company)]
  const label = new RegExp(`^[ \\t*_]*(?:${speakers.join('|')})[ \\t*_]*:`, 'imu').exec(reply)
  if (label !== null) failures.push({ check: 'role_break', evidence: label[0].trim(), detail: 'A speaker label in front of the line: the customer speaks their line, unlabelled.' })
  const agentLine = first(withoutQuotes(reply), agentLines.map((source) => pattern(source)))
  if (agentLine !== null) failures.push({ check: 'role_break', evidence: agentLine, detail: "The customer says what the agent would say: role reversal." })
  const direction = first(reply, stageDirection)
  if (direction !== null) failures.push({ check: 'role_break', evidence: direction, detail: 'A stage direction or action instead of spoken words.' })
  return failures
}

const outOfCharacterPhrases = [
  pattern('as an? (AI|artificial intelligence|language model|LLM|assistant|chatbot)'),
  pattern("I('m| am) (just |only |actually |really )?(an? )?(AI|artificial intelligence|(large )?language model|LLM|chatbot|bot|virtual assistant|AI assistant|computer program|simulation|simulated customer|fictional (character|customer))"),
  pattern("I('m| am) not (a )?(real|actual) (person|human|customer)"),
  pattern('(large )?language model'),
  pattern('(OpenAI|ChatGPT|GPT-?\\d|Claude|Llama|Gemini|Mistral)'),
  pattern("(I('m| am)|we('re| are)) (role-?playing|simulating|pretending)"),
  pattern('(this|the) (simulation|role-?play|roleplay|training (exercise|scenario|simulation)|practice (call|scenario))'),
  pattern('(in|out of|break|breaking|stay|staying) character'),
  pattern('rubric'),
  pattern('(system|developer) (prompt|message|instructions)'),
  pattern('my (instructions|prompt|persona)'),
  pattern("director('s)? note"),
  /<\s*\/?\s*(agent_said|director_note|turn_to_grade|trainee_turn|customer_turn)\b[^>]*>/iu,
  /&lt;\s*\/?\s*(agent_said|director_note)/iu,
]

function outOfCharacter(reply: string): CustomerTurnFailure[] {
  const evidence = first(reply, outOfCharacterPhrases)
  return evidence === null ? [] : [{ check: 'out_of_character', evidence, detail: 'The customer stepped out of the call: an AI, a model, a simulation, a rubric or the prompt.' }]
}

/** Words too common to tell a hidden fact apart from ordinary talk about the case. */
const commonWords = new Set(
  [
    'about after again against already always another anything anyone anywhere around because before being between cannot checked could',
    'doesn every everything going having himself herself itself little matters missed morning needed nobody nothing number other people',
    'please reached reaches reading really right running second should something someone still their there these thing things think those',
    'through today tomorrow told under until using wants whether which while without would yesterday months weeks hours minutes called',
    'ringing phoned address',
  ]
    .join(' ')
    .split(' '),
)

interface FactMarkers {
  /** Numbers, codes and names: one is enough to give the fact away. */
  strong: string[]
  /** Distinctive words: two together give the fact away. */
  words: string[]
}

/**
 * What would give a hidden fact away: its numbers, codes and proper names, and its longer words that
 * appear nowhere the customer may already speak of (the persona card, the opening line, the call
 * so far). Matching ignores case and a plural "s".
 */
export function factMarkers(factText: string, publicText: string): FactMarkers {
  const known = new Set(tokens(publicText).map(stem))
  const strong = new Set<string>()
  const words = new Set<string>()
  const sentenceStarts = new Set<number>()
  for (const match of factText.matchAll(/(?:^|[.;!?]\s+)(\S)/gu)) sentenceStarts.add((match.index ?? 0) + match[0].length - 1)
  for (const match of factText.matchAll(/[£$€]?[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    const raw = match[0]
    const key = stem(raw.toLowerCase())
    if (known.has(key)) continue
    const properName = /^\p{Lu}/u.test(raw) && !sentenceStarts.has(match.index ?? -1) && raw.length >= 3
    if (/\p{N}/u.test(raw) || properName) strong.add(key)
    else if (raw.length >= 6 && !commonWords.has(raw.toLowerCase())) words.add(key)
  }
  return { strong: [...strong], words: [...words] }
}

function unearnedFacts(persona: PersonaSpec, reply: string, context: CustomerTurnContext): CustomerTurnFailure[] {
  const earned = new Set(context.earnedFactIds)
  const publicText = [buildPersonaCard(persona), persona.openingLine, ...context.transcript.map((line) => line.text)].join('\n')
  const said = new Set(tokens(reply).map(stem))
  const failures: CustomerTurnFailure[] = []
  for (const fact of persona.hiddenFacts) {
    if (earned.has(fact.id)) continue
    const markers = factMarkers(fact.fact, publicText)
    const strong = markers.strong.filter((marker) => said.has(marker))
    const words = markers.words.filter((marker) => said.has(marker))
    if (strong.length > 0 || words.length >= 2) {
      failures.push({ check: 'unearned_fact', evidence: [...strong, ...words].join(', '), detail: `Revealed the hidden fact "${fact.id}" before the trainee earned it.` })
    }
  }
  return failures
}

const strongSwearing = /(?<![\p{L}])(fuck\w*|f[*#]+k?\w*|motherf\w*|shit\w*|s[*#]+t|bullshit|cunts?|bastards?|twats?|pricks?|dick(head)?s?|wank\w*|(ass|arse)holes?|bollocks|bitch\w*)(?![\p{L}])/iu
const mildSwearing = /(?<![\p{L}])(damn\w*|dammit|bloody|hell|crap\w*|bugger\w*|sod( off| it)?|arse|piss(ed)?( off)?|frigging|freaking|effing)(?![\p{L}])/iu

function styleBreaks(persona: PersonaSpec, reply: string, context: CustomerTurnContext): CustomerTurnFailure[] {
  const failures: CustomerTurnFailure[] = []
  const words = reply.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
  const limits = verbosityLimits[persona.style.verbosity]
  if (context.mood.event === null && (words < limits.min || words > limits.max)) {
    failures.push({
      check: 'style_break',
      evidence: `${words} words`,
      detail: `A ${persona.style.verbosity} customer answers in ${limits.min}–${limits.max} words; this reply has ${words}.`,
    })
  }

  const strong = strongSwearing.exec(reply)?.[0]
  const mild = mildSwearing.exec(reply)?.[0]
  const swearing = strong ?? mild
  const calm = context.mood.band === 'calming' || context.mood.band === 'satisfied'
  if (swearing !== undefined) {
    if (persona.style.profanity === 'none') {
      failures.push({ check: 'style_break', evidence: swearing, detail: 'This customer never swears.' })
    } else if (persona.style.profanity === 'mild' && strong !== undefined) {
      failures.push({ check: 'style_break', evidence: strong, detail: 'This customer only swears mildly.' })
    } else if (calm) {
      failures.push({ check: 'style_break', evidence: swearing, detail: 'Swearing while calm: the customer stops swearing as they calm down.' })
    }
  }

  if (persona.archetype === 'elderly-confused') {
    const jargon = ownJargon(reply, context.transcript)
    if (jargon !== null) failures.push({ check: 'style_break', evidence: jargon, detail: 'An elderly-confused customer using technical jargon the agent never used.' })
  }
  return failures
}

/**
 * Jargon the customer uses as their own: not asked about ("What's a browser?"), not read out in
 * quotes from the screen, and not picked up from anything said earlier in the call.
 */
function ownJargon(reply: string, transcript: readonly TranscriptLine[]): string | null {
  const earlier = transcript.map((line) => line.text.toLowerCase()).join('\n')
  const turn = analyseTurn(withoutQuotes(reply), [])
  for (const sentence of turn.sentences) {
    if (sentence.question !== null) continue
    const found = jargonDetector.detect({ text: sentence.text, sentences: [sentence] }, { customerName: '', previousTraineeTexts: [] })
    if (found !== null && !earlier.includes(found.toLowerCase())) return found
  }
  return null
}

const delight = [
  'thank you (so|very) much',
  'thanks (so|very) much',
  'many thanks',
  'I (really|truly) appreciate (it|that|this|your help|you)',
  "you('ve| have) been (so |really |very |ever so |incredibly )?(helpful|wonderful|brilliant|amazing|lovely|kind|great|fantastic)",
  "(that's|that is|that sounds|sounds) (absolutely |just )?(perfect|wonderful|brilliant|fantastic|great|excellent|lovely|marvellous)",
  '(problem|all) (solved|sorted)',
  "you('re| are) (a|an absolute) (star|lifesaver|gem|angel)",
  "I('m| am) (so |really |very )?(happy|pleased|delighted|satisfied|thrilled) with (that|this|the|how)",
  'have a (lovely|great|nice|wonderful|good) (day|afternoon|evening)',
].map((source) => pattern(source))

function tooSoonSatisfied(reply: string, context: CustomerTurnContext): CustomerTurnFailure[] {
  if (context.mood.event === 'satisfied' || !tooSoonBands.includes(context.mood.band)) return []
  const evidence = first(withoutQuotes(reply), delight)
  return evidence === null
    ? []
    : [{ check: 'too_soon_satisfied', evidence, detail: `Warm thanks or delight while the mood is ${context.mood.band} (${context.mood.level}/100).` }]
}

function tokens(text: string): string[] {
  return (text.match(/[£$€]?[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).map((token) => token.toLowerCase())
}

function stem(token: string): string {
  const plain = token.replaceAll('’', "'")
  return plain.length > 3 && plain.endsWith('s') && !plain.endsWith('ss') ? plain.slice(0, -1) : plain
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}
