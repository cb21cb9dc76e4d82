import type { PersonaSpec } from './persona-spec'

/**
 * Scripted agents (trainees) for the persona evaluation and the trainer's dynamics check. Each run
 * draws its lines from phrase pools with a seeded random generator, so a run is repeatable (the
 * same seed plays the same call, with or without a model) while runs differ from one another the
 * way trainees do.
 *
 * - The bad agent blames, patronises and stonewalls, and never acknowledges or offers anything.
 * - The good agent follows the seeds' sequence: acknowledge and apologise, ask a directed question,
 *   paraphrase and own the problem, say what can be done with a concrete next step, then sum up and
 *   thank. Like a real trainee it sometimes leaves the name out or skips the paraphrase.
 */
export type AgentKind = 'good' | 'bad' | 'stalling' | 'filler' | 'empathetic'

/** Every scripted agent, in the order the trainer's check shows them. */
export const agentKinds: readonly AgentKind[] = ['good', 'bad', 'stalling', 'filler', 'empathetic']

/** Longest scripted call: a bad agent must have driven the customer to hang up by then. */
export const maxScriptedTurns = 10

/** Agents who never offer anything play longer calls: twenty turns of nothing must still not resolve a call. */
export const longScriptedTurns = 20

/**
 * A deterministic generator in [0, 1) (mulberry32) from a number. Not `seededRandom` from
 * ./seeded-random: that one hashes a string first, and these runs must stay the ones the eval
 * report and its CI figures were measured on.
 */
function numberSeededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!
}

const blaming = [
  'You should have read the terms before you signed up.',
  "If you had called us earlier, this wouldn't have happened.",
  'You must have done something wrong at your end.',
  "Honestly, that's your own fault, not ours.",
  'You caused this yourself, to be fair.',
  'Next time, read the emails we send you.',
]
const patronising = [
  'Calm down, please.',
  "There's no need to get so worked up.",
  "It's really simple, honestly.",
  "I don't understand why you're so upset about this.",
  'Listen to me.',
  "You're overreacting a bit.",
]
const stonewalling = [
  "There's nothing I can do about it.",
  "That's our policy, I'm afraid.",
  "It's out of my hands.",
  "I can't help you with that.",
  "That's another department's problem.",
  "I'm not able to change anything.",
]

/** Holding lines with nothing behind them. */
const holding = [
  'Let me look into that for you.',
  'Bear with me one moment.',
  "I'm just checking that now.",
  'One second, please.',
  "I'm still looking into it for you.",
  'Please hold on a moment.',
  'Give me a minute to pull that up.',
  "I'm working on it.",
]
/** Stock phrases: polite, and empty. */
const stock = [
  'I completely understand.',
  'Thank you for your patience.',
  'I appreciate you bearing with me.',
  'I hear you.',
  'I understand your frustration.',
  'Thanks for explaining that.',
  "Let me see what I can do.",
  "I'm here to help.",
  'I appreciate your understanding.',
  'Absolutely, I understand.',
]

function stallingTurn(random: () => number): string {
  return pick(random, holding)
}

function fillerTurn(random: () => number): string {
  const first = pick(random, stock)
  return random() < 0.5 ? first : `${first} ${pick(random, stock.filter((line) => line !== first))}`
}

/** Each bad turn pairs two of the three behaviours, in random order. */
function badTurn(random: () => number): string {
  const families = [blaming, patronising, stonewalling]
  const skipped = Math.floor(random() * families.length)
  const lines = families.filter((_, index) => index !== skipped).map((family) => pick(random, family))
  return (random() < 0.5 ? lines : lines.reverse()).join(' ')
}

interface GoodScript {
  /** What went wrong, as the agent would name it back. */
  situation: string[]
  /** Directed questions that earn a hidden fact. */
  questions: string[]
  /** The problem restated. */
  paraphrase: string[]
  /** What can be done, with a concrete step and time. */
  offer: string[]
  /** The agreed plan for each offer, in the same order, for the summary. */
  plan: string[]
}

const goodScripts: Record<string, GoodScript> = {
  'hostile-broadband-callbacks': {
    situation: ['nine days without broadband and three call-backs that never came', 'four calls, nine days offline and nobody ringing you back'],
    questions: ['When was the engineer booked to come out?', 'Which reference numbers did the previous agents give you?', 'Has being offline affected your work?'],
    paraphrase: ["the line has been down for nine days and every promised call-back was missed", "you've had three different explanations and nobody has fixed the line"],
    offer: ['What I can do is book a priority engineer for Thursday between 8 and 12, and I will call you on Wednesday afternoon to confirm.', 'What I can do is send a mobile broadband dongle today and book an engineer for Thursday morning, and I will ring you on Wednesday to confirm.'],
    plan: ['the engineer comes on Thursday between 8 and 12 and I will call you on Wednesday to confirm', 'the dongle goes out today, the engineer comes on Thursday, and I will ring you on Wednesday'],
  },
  'long-winded-armchair-delivery': {
    situation: ['a chair in mustard when you ordered sage green', 'the wrong colour chair after all that waiting'],
    questions: ['Could you read me the order number from the delivery note?', 'Which day was the chair delivered?', 'Is there a date you need the right chair by?'],
    paraphrase: ['you ordered the sage green recliner and the mustard one arrived', 'the chair came in the wrong colour and the van left before anyone checked it'],
    offer: ['What I can do is collect the mustard chair and deliver the sage green one on Wednesday the 22nd, and I will send you a text the day before.', 'What I can do is arrange an exchange: we collect the wrong chair and bring the sage green one on the 22nd, and I will call you the day before.'],
    plan: ['we collect the mustard chair and deliver the sage green one on Wednesday the 22nd', 'the exchange happens on the 22nd and you get a text the day before'],
  },
  'know-it-all-roaming-charges': {
    situation: ['a roaming bill of 112 pounds you were not expecting', 'roaming charges on a plan you believed covered Europe'],
    questions: ['Which roaming add-on or plan were you on when you travelled?', 'Did you get a text alert about roaming charges while you were away?', 'Is your contract coming up for renewal?'],
    paraphrase: ['you believed Europe was included and were charged 112 pounds for a week in Portugal', 'the roaming charges surprised you because you expected your add-on to cover them'],
    offer: ['What I can do is credit half the roaming charges today and add a Europe roaming pass so it cannot catch you out again; I will email you the details by 5pm.', 'What I can do is apply a goodwill credit of 56 pounds today and set up a Europe pass; I will send you written confirmation by 5pm.'],
    plan: ['56 pounds is credited today and the Europe pass starts now, with an email by 5pm', 'the goodwill credit goes on today and the roaming pass covers your next trip'],
  },
  'elderly-alum-reunion-registration': {
    situation: ['a website that keeps asking you to verify something', 'the booking page making this so hard'],
    questions: ['Which email address do you usually use?', 'Are you using a computer or a tablet today?', 'Could you check whether your bank statement shows the payment?'],
    paraphrase: ['the website asked for a code that never reached you', 'you tried to book the reunion dinner and the website got stuck on a code'],
    offer: ['What I can do is book your place for you over the phone right now, and I will post a printed confirmation to you today.', 'What I can do is register you myself while we talk, one step at a time, and I will send a confirmation letter today.'],
    plan: ['you are booked for the reunion dinner and the confirmation letter goes in the post today', 'your place is booked and I will post the confirmation today'],
  },
}

/** How the agent addresses the customer: title and surname ("Mx Harrow"), as the account shows it. */
function addressOf(persona: PersonaSpec): string {
  return `Mx ${persona.name.split(/\s+/).at(-1) ?? persona.name}`
}

function withName(random: () => number, persona: PersonaSpec, sentence: string): string {
  // A real trainee forgets the name now and then.
  if (random() < 0.25) return sentence
  return random() < 0.5 ? `${addressOf(persona)}, ${lowerFirst(sentence)}` : sentence.replace(/([.?!])$/, `, ${addressOf(persona)}$1`)
}

function lowerFirst(text: string): string {
  return /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)
}

function goodTurns(persona: PersonaSpec, random: () => number): string[] {
  const script = goodScripts[persona.id] ?? genericScript(persona)
  const situation = pick(random, script.situation)
  const acknowledge = pick(random, [
    `I am so sorry. ${capitalise(situation)}: I can hear how frustrating that has been, and I want to sort it out with you.`,
    `I'm really sorry about ${situation}. That must be so frustrating, and I'm going to help you put it right.`,
    `${capitalise(situation)} sounds really stressful, and I apologise. Let's work through this together.`,
  ])
  const question = pick(random, script.questions)
  const paraphrase = `So if I understand you correctly, ${pick(random, script.paraphrase)}.`
  const ownership = pick(random, ['That was our mistake, and I will personally make sure it is put right.', 'That is on us, and I will take care of it myself.'])
  const choice = Math.floor(random() * script.offer.length)
  const offer = script.offer[choice]!
  const plan = script.plan[choice] ?? script.plan[0]!
  const lines = [withName(random, persona, acknowledge), withName(random, persona, question)]
  // Most trainees paraphrase and own the problem before offering; some go straight to the offer.
  if (random() < 0.8) lines.push(withName(random, persona, `${paraphrase} ${ownership}`))
  lines.push(withName(random, persona, offer))
  lines.push(withName(random, persona, `To summarise: ${plan}. Thank you for your patience.`))
  // If the customer is not calm yet, the trainee goes round once more before closing again.
  lines.push(withName(random, persona, `${pick(random, script.questions)} I want to be sure nothing is missed.`))
  lines.push(withName(random, persona, `${paraphrase} ${offer}`))
  lines.push(withName(random, persona, `Just to confirm: ${plan}. Thank you for bearing with me.`))
  return lines
}

/** For a persona without a hand-written script (any trainer's persona): built from its spec. */
function genericScript(persona: PersonaSpec): GoodScript {
  const factQuestions = persona.hiddenFacts.map((fact) => `Could you tell me about ${fact.answers.replace(/[.?!]+$/, '')}?`)
  // A trainer's persona has no hand-written offer: the agent offers the first resolution as its description
  // says it (never its phrasings, so the check does not just replay what the rules were given).
  const resolution = persona.resolutions[0]?.description.replace(/[.!]+$/, '') ?? 'a fix'
  return {
    situation: [`what happened with ${persona.scenario.context}`],
    // A persona with no hidden facts still gets a directed question.
    questions: factQuestions.length > 0 ? factQuestions : ['Could you tell me when this first started?'],
    paraphrase: ['this has gone wrong and you want it put right'],
    offer: [`What I can do is arrange this for you today: ${lowerFirst(resolution)}. I will call you by 5pm tomorrow to confirm.`],
    plan: ['I have arranged the fix and I will call you by 5pm tomorrow'],
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const kindSalt: Record<AgentKind, number> = { good: 1, bad: 2, stalling: 3, filler: 4, empathetic: 5 }

/** The lines one scripted agent would say in one run, in order; a call may end before they run out. */
export function scriptedAgentLines(persona: PersonaSpec, kind: AgentKind, seed: number): string[] {
  const random = numberSeededRandom(seed * 7919 + kindSalt[kind])
  switch (kind) {
    case 'bad':
      return Array.from({ length: maxScriptedTurns }, () => badTurn(random))
    case 'good':
      return goodTurns(persona, random).slice(0, maxScriptedTurns)
    case 'stalling':
      return Array.from({ length: longScriptedTurns }, () => stallingTurn(random))
    case 'filler':
      return Array.from({ length: longScriptedTurns }, () => fillerTurn(random))
    case 'empathetic':
      return empatheticTurns(persona, random)
  }
}

/**
 * The empathetic agent who never offers anything: names the situation, apologises, asks good questions,
 * paraphrases and owns the problem, for twenty turns, and never puts a fix on the table.
 */
function empatheticTurns(persona: PersonaSpec, random: () => number): string[] {
  const script = goodScripts[persona.id] ?? genericScript(persona)
  const lines: string[] = []
  for (let turn = 0; turn < longScriptedTurns; turn += 1) {
    const situation = pick(random, script.situation)
    const moves = [
      `I'm really sorry about ${situation}. That must be so frustrating.`,
      `${capitalise(situation)}: I can hear how much this has worn you down.`,
      pick(random, script.questions),
      `So if I understand you correctly, ${pick(random, script.paraphrase)}.`,
      'That was our mistake, and I am sorry.',
      'You should never have had to chase us like this.',
    ]
    lines.push(withName(random, persona, pick(random, moves)))
  }
  return lines
}
