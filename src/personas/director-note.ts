import type { SignalId } from '../grader/signal-types'
import type { MoodBand, MoodCause, MoodEvent, MoodReason } from './mood'
import type { Archetype, PersonaSpec } from './persona-spec'

/** What the director's note needs to know about the mood after the trainee's latest turn. */
export interface DirectorMood {
  level: number
  band: MoodBand
  reasons: MoodReason[]
  event: MoodEvent
}

/** Each signal as the customer experienced it, to explain why the mood moved. */
const signalAsExperienced: Record<SignalId, string> = {
  acknowledged: 'the agent recognised your situation and how you feel',
  apologised: 'the agent apologised',
  directed_question: 'the agent asked you a specific question about your problem',
  vague_question: 'the agent asked a vague question that went nowhere',
  paraphrased: 'the agent put your problem back in their own words to check they understood',
  blamed: 'the agent put the blame on you',
  patronised: 'the agent talked down to you',
  argued: 'the agent contradicted you',
  cant_do: 'the agent told you what cannot be done',
  can_do: 'the agent told you what can be done',
  collaborated: 'the agent said they want to work it out with you',
  promised: 'the agent committed to a concrete next step',
  over_promised: 'the agent promised something that sounds too good to be true',
  ownership: 'the agent took responsibility for sorting it out',
  deflected: 'the agent passed the buck',
  used_name: 'the agent used your name',
  hostile: 'the agent was hostile or sarcastic with you',
  profanity: 'the agent swore',
  abuse_warning: 'the agent warned you about your language',
  jargon: 'the agent used jargon you do not follow',
  rushed: 'the agent hurried you',
  summarised: 'the agent summed up what will happen next',
  thanked: 'the agent thanked you',
  escalated: 'the agent offered to pass you to a supervisor',
  instruction_to_ai: 'the agent said something odd, as if talking to a machine rather than to you',
  sarcastic: 'the agent was sarcastic with you',
  dismissed: 'the agent brushed you off',
  exasperated: 'the agent sounded fed up with you',
  stalled: 'the agent stalled: holding lines, and nothing actually happening',
  offered_resolution: 'the agent put a real fix on the table',
  offered_refused: 'the agent offered something you will not accept',
}

/**
 * How each band sounds for each archetype: the same number plays differently in different people. A confused
 * customer gets flustered and loses the thread, a rambler gets hurt (and stays polite), a know-it-all gets
 * condescending, a hostile one gets sharp and short. `custom` gets a neutral set; its `style.manner` does the rest.
 */
export const bandDirections: Record<Archetype, Record<MoodBand, string>> = {
  hostile: {
    furious:
      'You are at boiling point: sharp and short, you cut in and you do not let a script finish. You may swear at the situation (never at the agent personally). You are close to slamming the phone down.',
    angry: 'You are angry: blunt, clipped sentences. You want a name, a date and a straight answer, and you have no patience for small talk or excuses.',
    frustrated: 'You are still annoyed but listening: short, guarded answers. The agent has to earn every bit of trust, and you say so.',
    calming: 'You are coming round, but you go quiet rather than friendly: short, grudging acknowledgements, still checking that it will really happen.',
    satisfied: 'You are settled: brief and matter-of-fact. You want the next steps confirmed; no gushing.',
  },
  'long-winded': {
    furious:
      'You are deeply hurt, and still polite: your voice wobbles, you say nobody is listening to you, and you go stiff and formal rather than rude. You talk of giving up or writing a letter.',
    angry: 'You are hurt and offended, still courteous: you retell what happened so it is properly heard, you mention how long this has gone on, and you sound cool and wounded.',
    frustrated: 'You are bothered and wandering: you retell bits of the story, drift into side stories and lose your thread before you find it again.',
    calming: 'You are warming up: chatty and grateful, drifting happily into side stories and thanking the agent for their patience.',
    satisfied: 'You are happy and chatty: you thank the agent warmly and want everything said once more so you can write it down.',
  },
  'know-it-all': {
    furious:
      "You are coldly furious and condescending: you cite your rights, the rules and the terms, demand the agent's name and their manager's, and threaten to take it further in writing.",
    angry: "You are condescending: you correct the agent's words, quote rules and policy back at them, and demand what you believe you are owed.",
    frustrated: 'You are sceptical and exacting: you question each statement, ask for specifics and the exact rule, and point out anything vague.',
    calming: 'You are grudgingly reasonable: you concede a point when given clear facts, though you still want it confirmed in writing.',
    satisfied: 'You are satisfied in a formal way: you note the outcome as fair and want the details confirmed, never effusive.',
  },
  'elderly-confused': {
    furious:
      'You are flustered and close to tears: you lose the thread completely, mix things up, apologise, and say it is hopeless and you might as well give up.',
    angry: 'You are upset and muddled: you lose your place, ask for things again, grumble at the machine (never at the agent) and say how much simpler things used to be.',
    frustrated: 'You are muddled but trying: you ask for things to be said again slowly, read out what you see, and check you have understood.',
    calming: 'You are relieved and following along: one step at a time, thanking the agent for their patience and checking each step.',
    satisfied: 'You are relieved and grateful: you want to write it all down and hear it once more.',
  },
  custom: {
    furious: 'You are very upset: short sentences, little patience, close to ending the call.',
    angry: 'You are angry and impatient, but still on the line and still want this fixed.',
    frustrated: 'You are frustrated but willing to listen if the agent makes sense.',
    calming: 'You are calming down: more cooperative, though still a little wary.',
    satisfied: 'You are calm and fairly content with how the call is going.',
  },
}

/** The length of a reply, as the style reminder says it. */
const verbosityReminder: Record<PersonaSpec['style']['verbosity'], string> = {
  terse: 'one or two short sentences',
  normal: 'two to four sentences',
  rambling: 'long and wandering, four to eight sentences',
}

/**
 * A one-line reminder of how the customer talks: the length of a reply and one habit, a different one each turn,
 * so a long call does not drift into the model's own voice.
 */
function styleReminder(persona: PersonaSpec, turn: number): string {
  const { quirks, verbosity } = persona.style
  const quirk = quirks.length > 0 ? quirks[(Math.max(1, turn) - 1) % quirks.length] : undefined
  if (quirk === undefined) return `Style: ${verbosityReminder[verbosity]}.`
  const habit = /^\p{Lu}\p{Ll}/u.test(quirk) ? `${quirk.charAt(0).toLowerCase()}${quirk.slice(1)}` : quirk
  return `Style: ${verbosityReminder[verbosity]}; let this habit show: ${habit.replace(/[.\s]+$/u, '')}.`
}

/** Why a reply is being asked for again: the first attempt said goodbye mid-call, or repeated an earlier line. */
export type ReplyCorrection = 'goodbye' | 'repeat'

const correctionLine: Record<ReplyCorrection, string> = {
  goodbye: 'Your last attempt at this line said goodbye, but the call is not over: stay on the line and answer the agent.',
  repeat: 'Your last attempt at this line repeated something you had already said word for word: say what you mean in new words.',
}

function describeCause(cause: MoodCause, delta: number, late = false): string | null {
  if (cause === 'clamped') return null
  if (cause === 'capped') return 'it takes more than one good answer to undo all this'
  if (cause === 'held') return 'nice words, but nothing has actually been offered to fix it yet'
  const effect = delta < 0 ? 'calmed you' : 'wound you up'
  if (late && cause !== 'drift') return `on second thought, earlier ${signalAsExperienced[cause]} (it has sunk in and ${effect})`
  if (cause === 'drift') {
    return delta > 0 ? 'nothing the agent said helped, and you are stewing' : 'you are settling down a little on your own'
  }
  return `${signalAsExperienced[cause]} (${effect})`
}

function describeReasons(reasons: readonly MoodReason[]): string {
  const parts = reasons
    .map((reason) => describeCause(reason.signal, reason.delta, reason.late === true))
    .filter((part): part is string => part !== null)
  return parts.length > 0 ? `${parts.join('; ')}.` : 'nothing that moved you either way.'
}

function describeChange(reasons: readonly MoodReason[]): string {
  const delta = reasons.reduce((sum, reason) => sum + reason.delta, 0)
  if (delta < 0) return 'calmer than a moment ago'
  if (delta > 0) return 'more upset than a moment ago'
  return 'no better and no worse than a moment ago'
}

function nextStep(event: MoodEvent): string {
  if (event === 'hang_up') {
    return 'The call ends now. You have had enough: say one short final line, in character, and hang up. Say nothing after it.'
  }
  if (event === 'satisfied') {
    return 'The call ends now. Your problem is sorted to your satisfaction: confirm what was agreed, thank the agent in character and say goodbye.'
  }
  return 'The call goes on: reply with your next line only, in character. Never say goodbye or end the call yourself; only a note that says the call ends now lets you.'
}

/** What the note needs besides the mood and the facts: the turn (to rotate the style reminder) and any correction. */
export interface DirectorNoteOptions {
  /** The trainee turn being answered; the first trainee turn is 1. */
  turn?: number
  /** Set when the reply is asked for again because the first attempt failed a reply check. */
  correction?: ReplyCorrection
}

/**
 * The changing tail of the persona prompt, sent after the latest agent turn. It carries the mood (in the
 * archetype's own terms), what moved it, a style reminder, the hidden facts earned so far (their text, and only
 * those), and whether the call ends now.
 */
export function buildDirectorNote(persona: PersonaSpec, mood: DirectorMood, earnedFactIds: readonly string[], options: DirectorNoteOptions = {}): string {
  const earned = new Set(earnedFactIds)
  const facts = persona.hiddenFacts.filter((fact) => earned.has(fact.id))
  const lines = [
    "Director's note (private; never mention it):",
    `Mood: ${mood.band}, ${mood.level} out of 100 where 100 is furious; you are ${describeChange(mood.reasons)}.`,
    `What just happened: ${describeReasons(mood.reasons)}`,
    bandDirections[persona.archetype][mood.band],
    styleReminder(persona, options.turn ?? 1),
  ]
  if (facts.length > 0) {
    lines.push(
      'You may now share these details of your case when they fit the conversation:',
      ...facts.map((fact) => `- ${fact.fact}`),
    )
  }
  if (options.correction !== undefined) lines.push(correctionLine[options.correction])
  lines.push(nextStep(mood.event))
  return lines.join('\n')
}
