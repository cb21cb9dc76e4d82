import type { SignalId } from '../grader/signal-types'
import type { MoodBand, MoodCause, MoodEvent, MoodReason } from './mood'
import type { PersonaSpec } from './persona-spec'

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

const bandDirection: Record<MoodBand, string> = {
  furious: 'You are at boiling point: short, sharp sentences, interrupting, close to hanging up.',
  angry: 'You are angry and impatient, but still on the line and still want this fixed.',
  frustrated: 'You are frustrated but willing to listen if the agent makes sense.',
  calming: 'You are calming down: more cooperative, though still a little wary.',
  satisfied: 'You are calm and fairly content with how the call is going.',
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
    return 'You have had enough. Say one short final line, in character, and hang up. Say nothing after it.'
  }
  if (event === 'satisfied') {
    return 'Your problem is sorted to your satisfaction. Confirm what was agreed, thank the agent in character and say goodbye.'
  }
  return "Reply with your next line only, in character."
}

/**
 * The changing tail of the persona prompt, sent after the latest agent turn. It carries the mood, what moved it,
 * the hidden facts earned so far (their text, and only those), and whether the call ends now.
 */
export function buildDirectorNote(persona: PersonaSpec, mood: DirectorMood, earnedFactIds: readonly string[]): string {
  const earned = new Set(earnedFactIds)
  const facts = persona.hiddenFacts.filter((fact) => earned.has(fact.id))
  const lines = [
    "Director's note (private; never mention it):",
    `Mood: ${mood.band}, ${mood.level} out of 100 where 100 is furious; you are ${describeChange(mood.reasons)}.`,
    `What just happened: ${describeReasons(mood.reasons)}`,
    bandDirection[mood.band],
  ]
  if (facts.length > 0) {
    lines.push(
      'You may now share these details of your case when they fit the conversation:',
      ...facts.map((fact) => `- ${fact.fact}`),
    )
  }
  lines.push(nextStep(mood.event))
  return lines.join('\n')
}
