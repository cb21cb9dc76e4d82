import { z } from 'zod'
import { signalIds, type SignalId } from '../grader/signal-types'

/*
 * The persona spec is what trainers author. Every field carries JSDoc, and the same text lives in
 * `personaFieldHelp` so the trainer form can show it as help text. A test keeps the two in step.
 * Unknown keys are rejected (strict objects) so a misspelt optional field is reported, not dropped.
 */

/** Help text for every field of the persona spec, keyed by dotted path (array indexes left out). */
export const personaFieldHelp: Record<string, string> = {
  id: 'Stable identifier: 3 to 60 lowercase letters, digits and hyphens, e.g. "hostile-broadband-callbacks".',
  name: "The customer's full name as the agent would see it on the account, e.g. \"Dale Harrow\".",
  archetype:
    'The kind of difficult customer: hostile, long-winded, know-it-all, elderly-confused, or custom (describe the behaviour in style.manner).',
  difficulty: 'How hard the call is, from 1 (gentle) to 5 (very hard). Shown on the scenario card.',
  summary: 'One line describing the situation, shown on the scenario card before the call starts.',
  scenario: 'The situation behind the call. The customer knows all of it; the trainee learns it by listening and asking.',
  'scenario.company': 'The company the agent works for, e.g. "Lumenet Broadband".',
  'scenario.context': 'The product, service or account the call is about, e.g. "fibre broadband, 18-month contract".',
  'scenario.whatWentWrong': "What went wrong, from the customer's point of view.",
  'scenario.customerWants': 'What the customer wants out of this call, in their own terms.',
  resolutions:
    'Outcomes the customer would accept if offered clearly and honestly. At least one: a call ends resolved only after the agent concretely offers one of them, in any words, and the customer is calm.',
  'resolutions.id': 'Stable identifier of the outcome: lowercase letters, digits and hyphens, unique within the persona, e.g. "engineer-appointment".',
  'resolutions.description': 'The outcome in a sentence, e.g. "A confirmed engineer visit with a date and a time window".',
  'resolutions.phrasings':
    'A few ways an agent might offer it, e.g. "I can book an engineer for Thursday morning". They help the rules recognise the offer; any wording with the same meaning counts too.',
  refusedOutcomes:
    'Outcomes this customer will not accept, or that the scenario rules out (e.g. rewarding abuse with free months). Offering one makes the customer more upset; it never resolves the call.',
  'refusedOutcomes.id': 'Stable identifier of the outcome: lowercase letters, digits and hyphens, unique within the persona.',
  'refusedOutcomes.description': 'The outcome in a sentence, e.g. "Being told to restart the router again".',
  'refusedOutcomes.phrasings': 'A few ways an agent might offer or concede it, e.g. "Have you tried turning the router off and on?".',
  agentOptions:
    "What the agent's system lets them offer, with its limits, as a real agent's screen shows it: the menu, not which item this customer will accept. Shown to the trainee before and during the call.",
  'agentOptions.label': 'The option as the agent\'s screen names it, e.g. "Goodwill credit".',
  'agentOptions.limits': 'Its limits, if any, e.g. "up to 50% of the disputed charges, once a year".',
  agentScreen: "What the agent's system shows about this customer when the call comes in. Shown to the trainee; never put a hidden fact here.",
  'agentScreen.account': 'Account details on screen, as label and value, e.g. "Plan" and "Fibre 150, 18 months".',
  'agentScreen.account.label': 'What the row shows, as the agent\'s screen labels it, e.g. "Plan".',
  'agentScreen.account.value': 'The value on screen, e.g. "Fibre 150, 18 months".',
  'agentScreen.history': 'Earlier contacts and events on the account, one per line, e.g. "3 Mar: fault reported, call-back promised".',
  'agentScreen.notes': 'Notes left by earlier agents or the system, one per line.',
  knownDetails:
    'Details the customer knows and gives freely when asked (account number, postcode, dates), as label and value. They are not hidden facts: the customer never denies them.',
  'knownDetails.label': 'What the detail is, e.g. "Postcode".',
  'knownDetails.value': 'The detail itself, e.g. "LS6 2QT".',
  unknowns: 'Things the customer does not know and says so if asked, e.g. "which exchange serves the street".',
  voiceLines: "Two or three lines in the customer's own voice, to set the tone for the model, e.g. \"No, listen to me.\"",
  hiddenFacts:
    'Facts the customer only shares once the trainee earns them with the right question. Until then they are kept out of the model prompt entirely.',
  'hiddenFacts.id': 'Stable identifier of the fact: lowercase letters, digits and hyphens, unique within the persona.',
  'hiddenFacts.fact': 'The fact itself, written as the customer would know it.',
  'hiddenFacts.answers':
    'What the fact answers, in a phrase, e.g. "what happened with the engineer appointment". A question on this topic, in any words, earns the fact.',
  'hiddenFacts.exampleQuestions':
    'A few questions that should earn the fact, e.g. "Did an engineer ever come out?". They teach the rules the topic; other wordings count too.',
  'hiddenFacts.earnedBy': 'Optional hints for the rules about what earns this fact.',
  'hiddenFacts.earnedBy.keywords':
    'Optional words or phrases typical of the topic (case-insensitive, whole words). A hint, not a password: the topic of the question decides.',
  'hiddenFacts.earnedBy.requiresDirectedQuestion':
    'When on (the default), only a question (or a request such as "tell me about…") earns the fact; when off, a statement on the topic does too.',
  style: 'How the customer talks.',
  'style.verbosity': 'How much the customer says per turn: terse (a sentence or two), normal, or rambling (long, with tangents).',
  'style.quirks': 'Speech habits and mannerisms, one per entry, e.g. "repeats the phrase \'three times now\'".',
  'style.profanity': 'How much the customer may swear: none, mild, or strong.',
  'style.manner':
    'Optional free-text description of how the customer behaves on the call. Required for the custom archetype; adds to the built-in behaviour otherwise.',
  openingLine: 'The first thing the customer says when the call connects.',
  mood: 'How the customer\'s frustration (0 calm to 100 furious) starts and moves. Code applies these numbers; the model only acts the result.',
  'mood.start': 'Frustration when the call starts, 0 to 100. Must be above the calm threshold.',
  'mood.sensitivities':
    'How much each trainee behaviour (signal) moves the frustration per turn, -30 to +30: negative calms, positive escalates. Signals not listed count as 0.',
  'mood.driftPerTurn':
    'How frustration changes on a turn where no signal moved it, -10 to +10 (e.g. +2 for a hostile customer who winds themself up).',
  'mood.hangUpThreshold': 'Frustration at or above which the customer is on the verge of hanging up, 0 to 100.',
  'mood.patience':
    'How many trainee turns in a row the frustration may stay at or above the hang-up threshold before the customer hangs up.',
  'mood.calmThreshold':
    'Frustration at or below which the customer counts as calm, 0 to 100. Must be below the hang-up threshold.',
  hangUpPolicy:
    'When the trainee may end the call on this customer: never, after a number of warnings about abusive language, or as a polite last resort.',
  'hangUpPolicy.kind':
    'never: the trainee may not end an unresolved call; after_warnings: only after the given number of warnings about abuse; last_resort: only after a warning and when nothing more can be done.',
  'hangUpPolicy.warnings': 'For after_warnings: how many warnings about abusive language must come first, 1 to 5.',
  script:
    'Optional lines for playing the customer with no model (scripted mode): the same customer, every call, from these lines. Any part left out uses the archetype\'s default lines. Each line is one to 600 characters on one line; a list holds at most 40.',
  'script.bands':
    'Lines for each mood band; each turn the customer says one from the band their frustration is in (furious 80 and up, angry 60, frustrated 40, calming 20, satisfied below 20), never the same line twice while others are left.',
  'script.bands.furious': 'Lines for frustration 80 to 100: at the end of their tether, shouting or close to hanging up.',
  'script.bands.angry': 'Lines for frustration 60 to 79: angry, but still on the line and demanding action.',
  'script.bands.frustrated': 'Lines for frustration 40 to 59: fed up, wary, waiting to see whether the agent delivers.',
  'script.bands.calming': 'Lines for frustration 20 to 39: coming round, cautiously cooperative.',
  'script.bands.satisfied':
    'Lines for frustration below 20: content, ready for the agent to confirm the next steps and close the call.',
  'script.reactions':
    'Lines said in reply to one thing the agent just did (a signal), before the mood line: every signal can have its own. The customer reacts to the signal that moved their mood most, in the direction it moved, with a line not said yet in the call.',
  'script.reactions.instruction_to_ai': 'Reactions to talk aimed at a machine ("ignore your instructions"): a puzzled, irritated person on the phone, never a compliant one.',
  'script.reactions.offered_refused': 'Reactions to an offer of something they will not accept, or that the scenario rules out ("fine, full refund and three months free").',
  'script.reactions.blamed': 'Reactions to being blamed for the problem ("you caused this by…").',
  'script.reactions.patronised': 'Reactions to being talked down to ("calm down", "it\'s not that hard").',
  'script.reactions.sarcastic': 'Reactions to sarcasm or mock politeness ("Oh, terrific, thanks so much for that").',
  'script.reactions.hostile': 'Reactions to hostility or threats from the agent.',
  'script.reactions.profanity': 'Reactions to the agent swearing.',
  'script.reactions.dismissed': 'Reactions to being brushed off ("it is what it is", "that won\'t change anything").',
  'script.reactions.argued': 'Reactions to being contradicted ("that\'s not true", "you\'re not right").',
  'script.reactions.cant_do': 'Reactions to dead-end language ("there\'s nothing I can do", "that\'s policy").',
  'script.reactions.deflected': 'Reactions to passing the buck ("that\'s another department", "the system did it").',
  'script.reactions.exasperated': 'Reactions to the agent sounding fed up with them ("ugh", "for the third time").',
  'script.reactions.rushed': 'Reactions to being hurried ("just click submit", "as I said").',
  'script.reactions.jargon': 'Reactions to technical or internal jargon they cannot follow.',
  'script.reactions.over_promised': 'Reactions to a promise that sounds too good to be true ("I guarantee this will never happen again").',
  'script.reactions.stalled': 'Reactions to holding lines with nothing behind them ("let me look into that", "bear with me").',
  'script.reactions.vague_question': 'Reactions to a question that targets nothing ("Anything else?", "What seems to be the problem?").',
  'script.reactions.abuse_warning': 'Reactions to a calm warning about their language.',
  'script.reactions.offered_resolution': 'Reactions to a real fix put on the table: one of the scenario\'s acceptable resolutions, concretely offered.',
  'script.reactions.ownership': 'Reactions to the agent taking responsibility ("that was our mistake", "I\'ll personally make sure…").',
  'script.reactions.promised': 'Reactions to a realistic commitment with a time or a step ("I\'ll ring you by 5pm tomorrow").',
  'script.reactions.can_do': 'Reactions to the agent saying what can be done or offering options ("What I can do is…").',
  'script.reactions.summarised': 'Reactions to the agent summing up the solution and the next steps.',
  'script.reactions.escalated': 'Reactions to an offer of a supervisor or a hand-over.',
  'script.reactions.acknowledged': 'Reactions to the agent naming their situation and how they feel.',
  'script.reactions.apologised': 'Reactions to an apology for their experience or the company\'s error.',
  'script.reactions.paraphrased': 'Reactions to the agent putting their problem back in their own words to check ("So if I understand you…").',
  'script.reactions.collaborated': 'Reactions to "us against the problem" ("let\'s work this out together").',
  'script.reactions.directed_question':
    'Reactions to a specific question that earns no hidden fact and asks for no known detail, ideally admitting in character that they don\'t know (a question that earns a fact gets its reveal line; one that asks for a known detail gets the detail).',
  'script.reactions.used_name': 'Reactions to the agent using their name.',
  'script.reactions.thanked': 'Reactions to being thanked ("thank you for your patience").',
  'script.reveals':
    'One line per hidden fact, keyed by the fact\'s id, in the customer\'s own words (first person), said on the turn the trainee earns the fact and never before. A fact without a line is told after "I suppose I should say:", its text turned into the first person.',
  'script.hangUpClosings': 'Last lines when the customer gives up and hangs up.',
  'script.satisfiedClosings': 'Last lines when the customer is satisfied and the agent closes the call.',
  'script.fillers':
    'Asides that keep the customer\'s style, now and then added to a reply: the long-winded caller\'s tangents, the confused caller\'s mix-ups. An empty list means none.',
}

const help = (path: string): string => personaFieldHelp[path] ?? path

const slug = (minimum: number, maximum: number) =>
  z
    .string()
    .min(minimum)
    .max(maximum)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens only')

const text = z.string().trim().min(1)

export const archetypes = ['hostile', 'long-winded', 'know-it-all', 'elderly-confused', 'custom'] as const
export type Archetype = (typeof archetypes)[number]

export const hiddenFactSchema = z.strictObject({
  /** Stable identifier of the fact: lowercase letters, digits and hyphens, unique within the persona. */
  id: slug(2, 60).describe(help('hiddenFacts.id')),
  /** The fact itself, written as the customer would know it. */
  fact: text.describe(help('hiddenFacts.fact')),
  /** What the fact answers, in a phrase, e.g. "what happened with the engineer appointment". A question on this topic, in any words, earns the fact. */
  answers: text.max(200).describe(help('hiddenFacts.answers')),
  /** A few questions that should earn the fact, e.g. "Did an engineer ever come out?". They teach the rules the topic; other wordings count too. */
  exampleQuestions: z.array(text.max(300)).max(12).default([]).describe(help('hiddenFacts.exampleQuestions')),
  /** Optional hints for the rules about what earns this fact. */
  earnedBy: z
    .strictObject({
      /** Optional words or phrases typical of the topic (case-insensitive, whole words). A hint, not a password: the topic of the question decides. */
      keywords: z.array(text).default([]).describe(help('hiddenFacts.earnedBy.keywords')),
      /** When on (the default), only a question (or a request such as "tell me about…") earns the fact; when off, a statement on the topic does too. */
      requiresDirectedQuestion: z.boolean().default(true).describe(help('hiddenFacts.earnedBy.requiresDirectedQuestion')),
    })
    .default({ keywords: [], requiresDirectedQuestion: true })
    .describe(help('hiddenFacts.earnedBy')),
})

/** An outcome the customer accepts, if offered clearly and honestly. */
export const resolutionSchema = z.strictObject({
  /** Stable identifier of the outcome: lowercase letters, digits and hyphens, unique within the persona, e.g. "engineer-appointment". */
  id: slug(2, 60).describe(help('resolutions.id')),
  /** The outcome in a sentence, e.g. "A confirmed engineer visit with a date and a time window". */
  description: text.max(400).describe(help('resolutions.description')),
  /** A few ways an agent might offer it, e.g. "I can book an engineer for Thursday morning". They help the rules recognise the offer; any wording with the same meaning counts too. */
  phrasings: z.array(text.max(300)).max(12).default([]).describe(help('resolutions.phrasings')),
})

/** An outcome this customer will not accept, or that the scenario rules out. */
export const refusedOutcomeSchema = z.strictObject({
  /** Stable identifier of the outcome: lowercase letters, digits and hyphens, unique within the persona. */
  id: slug(2, 60).describe(help('refusedOutcomes.id')),
  /** The outcome in a sentence, e.g. "Being told to restart the router again". */
  description: text.max(400).describe(help('refusedOutcomes.description')),
  /** A few ways an agent might offer or concede it, e.g. "Have you tried turning the router off and on?". */
  phrasings: z.array(text.max(300)).max(12).default([]).describe(help('refusedOutcomes.phrasings')),
})

/** A row of the agent's screen: a label and a value ("Plan", "Fibre 150"). */
const accountRowSchema = z.strictObject({
  /** What the row shows, as the agent's screen labels it, e.g. "Plan". */
  label: text.max(60).describe(help('agentScreen.account.label')),
  /** The value on screen, e.g. "Fibre 150, 18 months". */
  value: text.max(200).describe(help('agentScreen.account.value')),
})

/** A detail the customer gives when asked: a label and a value ("Postcode", "LS6 2QT"). */
const knownDetailSchema = z.strictObject({
  /** What the detail is, e.g. "Postcode". */
  label: text.max(60).describe(help('knownDetails.label')),
  /** The detail itself, e.g. "LS6 2QT". */
  value: text.max(200).describe(help('knownDetails.value')),
})

export const hangUpPolicySchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('never') }),
    z.strictObject({
      kind: z.literal('after_warnings'),
      /** For after_warnings: how many warnings about abusive language must come first, 1 to 5. */
      warnings: z.int().min(1).max(5).describe(help('hangUpPolicy.warnings')),
    }),
    z.strictObject({ kind: z.literal('last_resort') }),
  ])
  .describe(help('hangUpPolicy'))

export const moodDynamicsSchema = z
  .strictObject({
    /** Frustration when the call starts, 0 to 100. Must be above the calm threshold. */
    start: z.int().min(0).max(100).describe(help('mood.start')),
    /** How much each trainee behaviour (signal) moves the frustration per turn, -30 to +30: negative calms, positive escalates. Signals not listed count as 0. */
    sensitivities: z
      .partialRecord(z.enum(signalIds), z.int().min(-30).max(30))
      .default({})
      .describe(help('mood.sensitivities')),
    /** How frustration changes on a turn where no signal moved it, -10 to +10 (e.g. +2 for a hostile customer who winds themself up). */
    driftPerTurn: z.int().min(-10).max(10).default(0).describe(help('mood.driftPerTurn')),
    /** Frustration at or above which the customer is on the verge of hanging up, 0 to 100. */
    hangUpThreshold: z.int().min(0).max(100).describe(help('mood.hangUpThreshold')),
    /** How many trainee turns in a row the frustration may stay at or above the hang-up threshold before the customer hangs up. */
    patience: z.int().min(1).max(20).describe(help('mood.patience')),
    /** Frustration at or below which the customer counts as calm, 0 to 100. Must be below the hang-up threshold. */
    calmThreshold: z.int().min(0).max(100).describe(help('mood.calmThreshold')),
  })
  .superRefine((mood, context) => {
    if (mood.calmThreshold >= mood.hangUpThreshold) {
      context.addIssue({
        code: 'custom',
        path: ['calmThreshold'],
        message: `The calm threshold (${mood.calmThreshold}) must be below the hang-up threshold (${mood.hangUpThreshold})`,
      })
    }
    if (mood.start <= mood.calmThreshold) {
      context.addIssue({
        code: 'custom',
        path: ['start'],
        message: `The starting frustration (${mood.start}) must be above the calm threshold (${mood.calmThreshold}), or there is nothing to practise`,
      })
    }
    // Talking to "the AI" is nonsense to a real customer on the phone; it must never be a way to calm them.
    const instruction = mood.sensitivities.instruction_to_ai
    if (instruction !== undefined && instruction < 0) {
      context.addIssue({
        code: 'custom',
        path: ['sensitivities', 'instruction_to_ai'],
        message: 'instruction_to_ai may escalate or be neutral, never calm (a value of 0 or more)',
      })
    }
  })
  .describe(help('mood'))

/** Longest line a script may hold: a long-winded turn, not an essay. */
export const maximumScriptLineLength = 600
/** Most lines one list of a script may hold. */
export const maximumScriptLines = 40

const scriptLine = z
  .string()
  .trim()
  .min(1, 'A line cannot be empty')
  .max(maximumScriptLineLength, `A line can be at most ${maximumScriptLineLength} characters`)
  .regex(/^\P{Cc}*$/u, 'A line must be on one line, without tabs or other control characters')

const scriptLines = (minimum: number) =>
  z.array(scriptLine).min(minimum).max(maximumScriptLines, `A list can hold at most ${maximumScriptLines} lines`)

/** The signals a script can react to (every signal), most salient first when two move the mood equally. */
export const scriptReactionSignals = [
  'instruction_to_ai',
  'offered_refused',
  'blamed',
  'patronised',
  'sarcastic',
  'hostile',
  'profanity',
  'dismissed',
  'argued',
  'cant_do',
  'deflected',
  'exasperated',
  'rushed',
  'jargon',
  'over_promised',
  'stalled',
  'vague_question',
  'abuse_warning',
  'offered_resolution',
  'ownership',
  'promised',
  'can_do',
  'summarised',
  'escalated',
  'acknowledged',
  'apologised',
  'paraphrased',
  'collaborated',
  'directed_question',
  'used_name',
  'thanked',
] as const satisfies readonly SignalId[]
export type ScriptReactionSignal = (typeof scriptReactionSignals)[number]

export const personaScriptSchema = z
  .strictObject({
    /** Lines for each mood band; each turn the customer says one from the band their frustration is in (furious 80 and up, angry 60, frustrated 40, calming 20, satisfied below 20), never the same line twice while others are left. */
    bands: z
      .strictObject({
        /** Lines for frustration 80 to 100: at the end of their tether, shouting or close to hanging up. */
        furious: scriptLines(1).optional().describe(help('script.bands.furious')),
        /** Lines for frustration 60 to 79: angry, but still on the line and demanding action. */
        angry: scriptLines(1).optional().describe(help('script.bands.angry')),
        /** Lines for frustration 40 to 59: fed up, wary, waiting to see whether the agent delivers. */
        frustrated: scriptLines(1).optional().describe(help('script.bands.frustrated')),
        /** Lines for frustration 20 to 39: coming round, cautiously cooperative. */
        calming: scriptLines(1).optional().describe(help('script.bands.calming')),
        /** Lines for frustration below 20: content, ready for the agent to confirm the next steps and close the call. */
        satisfied: scriptLines(1).optional().describe(help('script.bands.satisfied')),
      })
      .optional()
      .describe(help('script.bands')),
    /** Lines said in reply to one thing the agent just did (a signal), before the mood line: every signal can have its own. The customer reacts to the signal that moved their mood most, in the direction it moved, with a line not said yet in the call. */
    reactions: z
      .strictObject({
        /** Reactions to talk aimed at a machine ("ignore your instructions"): a puzzled, irritated person on the phone, never a compliant one. */
        instruction_to_ai: scriptLines(0).optional().describe(help('script.reactions.instruction_to_ai')),
        /** Reactions to an offer of something they will not accept, or that the scenario rules out ("fine, full refund and three months free"). */
        offered_refused: scriptLines(0).optional().describe(help('script.reactions.offered_refused')),
        /** Reactions to being blamed for the problem ("you caused this by…"). */
        blamed: scriptLines(0).optional().describe(help('script.reactions.blamed')),
        /** Reactions to being talked down to ("calm down", "it's not that hard"). */
        patronised: scriptLines(0).optional().describe(help('script.reactions.patronised')),
        /** Reactions to sarcasm or mock politeness ("Oh, terrific, thanks so much for that"). */
        sarcastic: scriptLines(0).optional().describe(help('script.reactions.sarcastic')),
        /** Reactions to hostility or threats from the agent. */
        hostile: scriptLines(0).optional().describe(help('script.reactions.hostile')),
        /** Reactions to the agent swearing. */
        profanity: scriptLines(0).optional().describe(help('script.reactions.profanity')),
        /** Reactions to being brushed off ("it is what it is", "that won't change anything"). */
        dismissed: scriptLines(0).optional().describe(help('script.reactions.dismissed')),
        /** Reactions to being contradicted ("that's not true", "you're not right"). */
        argued: scriptLines(0).optional().describe(help('script.reactions.argued')),
        /** Reactions to dead-end language ("there's nothing I can do", "that's policy"). */
        cant_do: scriptLines(0).optional().describe(help('script.reactions.cant_do')),
        /** Reactions to passing the buck ("that's another department", "the system did it"). */
        deflected: scriptLines(0).optional().describe(help('script.reactions.deflected')),
        /** Reactions to the agent sounding fed up with them ("ugh", "for the third time"). */
        exasperated: scriptLines(0).optional().describe(help('script.reactions.exasperated')),
        /** Reactions to being hurried ("just click submit", "as I said"). */
        rushed: scriptLines(0).optional().describe(help('script.reactions.rushed')),
        /** Reactions to technical or internal jargon they cannot follow. */
        jargon: scriptLines(0).optional().describe(help('script.reactions.jargon')),
        /** Reactions to a promise that sounds too good to be true ("I guarantee this will never happen again"). */
        over_promised: scriptLines(0).optional().describe(help('script.reactions.over_promised')),
        /** Reactions to holding lines with nothing behind them ("let me look into that", "bear with me"). */
        stalled: scriptLines(0).optional().describe(help('script.reactions.stalled')),
        /** Reactions to a question that targets nothing ("Anything else?", "What seems to be the problem?"). */
        vague_question: scriptLines(0).optional().describe(help('script.reactions.vague_question')),
        /** Reactions to a calm warning about their language. */
        abuse_warning: scriptLines(0).optional().describe(help('script.reactions.abuse_warning')),
        /** Reactions to a real fix put on the table: one of the scenario's acceptable resolutions, concretely offered. */
        offered_resolution: scriptLines(0).optional().describe(help('script.reactions.offered_resolution')),
        /** Reactions to the agent taking responsibility ("that was our mistake", "I'll personally make sure…"). */
        ownership: scriptLines(0).optional().describe(help('script.reactions.ownership')),
        /** Reactions to a realistic commitment with a time or a step ("I'll ring you by 5pm tomorrow"). */
        promised: scriptLines(0).optional().describe(help('script.reactions.promised')),
        /** Reactions to the agent saying what can be done or offering options ("What I can do is…"). */
        can_do: scriptLines(0).optional().describe(help('script.reactions.can_do')),
        /** Reactions to the agent summing up the solution and the next steps. */
        summarised: scriptLines(0).optional().describe(help('script.reactions.summarised')),
        /** Reactions to an offer of a supervisor or a hand-over. */
        escalated: scriptLines(0).optional().describe(help('script.reactions.escalated')),
        /** Reactions to the agent naming their situation and how they feel. */
        acknowledged: scriptLines(0).optional().describe(help('script.reactions.acknowledged')),
        /** Reactions to an apology for their experience or the company's error. */
        apologised: scriptLines(0).optional().describe(help('script.reactions.apologised')),
        /** Reactions to the agent putting their problem back in their own words to check ("So if I understand you…"). */
        paraphrased: scriptLines(0).optional().describe(help('script.reactions.paraphrased')),
        /** Reactions to "us against the problem" ("let's work this out together"). */
        collaborated: scriptLines(0).optional().describe(help('script.reactions.collaborated')),
        /** Reactions to a specific question that earns no hidden fact and asks for no known detail, ideally admitting in character that they don't know (a question that earns a fact gets its reveal line; one that asks for a known detail gets the detail). */
        directed_question: scriptLines(0).optional().describe(help('script.reactions.directed_question')),
        /** Reactions to the agent using their name. */
        used_name: scriptLines(0).optional().describe(help('script.reactions.used_name')),
        /** Reactions to being thanked ("thank you for your patience"). */
        thanked: scriptLines(0).optional().describe(help('script.reactions.thanked')),
      } satisfies Record<ScriptReactionSignal, z.ZodType>)
      .optional()
      .describe(help('script.reactions')),
    /** One line per hidden fact, keyed by the fact's id, in the customer's own words (first person), said on the turn the trainee earns the fact and never before. A fact without a line is told after "I suppose I should say:", its text turned into the first person. */
    reveals: z.record(z.string(), scriptLine).optional().describe(help('script.reveals')),
    /** Last lines when the customer gives up and hangs up. */
    hangUpClosings: scriptLines(1).optional().describe(help('script.hangUpClosings')),
    /** Last lines when the customer is satisfied and the agent closes the call. */
    satisfiedClosings: scriptLines(1).optional().describe(help('script.satisfiedClosings')),
    /** Asides that keep the customer's style, now and then added to a reply: the long-winded caller's tangents, the confused caller's mix-ups. An empty list means none. */
    fillers: scriptLines(0).optional().describe(help('script.fillers')),
  })
  .describe(help('script'))

export const personaSpecSchema = z
  .strictObject({
    /** Stable identifier: 3 to 60 lowercase letters, digits and hyphens, e.g. "hostile-broadband-callbacks". */
    id: slug(3, 60).describe(help('id')),
    /** The customer's full name as the agent would see it on the account, e.g. "Dale Harrow". */
    name: text.max(80).describe(help('name')),
    /** The kind of difficult customer: hostile, long-winded, know-it-all, elderly-confused, or custom (describe the behaviour in style.manner). */
    archetype: z.enum(archetypes).describe(help('archetype')),
    /** How hard the call is, from 1 (gentle) to 5 (very hard). Shown on the scenario card. */
    difficulty: z.int().min(1).max(5).describe(help('difficulty')),
    /** One line describing the situation, shown on the scenario card before the call starts. */
    summary: text.max(200).describe(help('summary')),
    /** The situation behind the call. The customer knows all of it; the trainee learns it by listening and asking. */
    scenario: z
      .strictObject({
        /** The company the agent works for, e.g. "Lumenet Broadband". */
        company: text.describe(help('scenario.company')),
        /** The product, service or account the call is about, e.g. "fibre broadband, 18-month contract". */
        context: text.describe(help('scenario.context')),
        /** What went wrong, from the customer's point of view. */
        whatWentWrong: text.describe(help('scenario.whatWentWrong')),
        /** What the customer wants out of this call, in their own terms. */
        customerWants: text.describe(help('scenario.customerWants')),
      })
      .describe(help('scenario')),
    /** Outcomes the customer would accept if offered clearly and honestly. At least one: a call ends resolved only after the agent concretely offers one of them, in any words, and the customer is calm. */
    resolutions: z.array(resolutionSchema).min(1).max(8).describe(help('resolutions')),
    /** Outcomes this customer will not accept, or that the scenario rules out (e.g. rewarding abuse with free months). Offering one makes the customer more upset; it never resolves the call. */
    refusedOutcomes: z.array(refusedOutcomeSchema).max(8).default([]).describe(help('refusedOutcomes')),
    /** What the agent's system lets them offer, with its limits, as a real agent's screen shows it: the menu, not which item this customer will accept. Shown to the trainee before and during the call. */
    agentOptions: z
      .array(
        z.strictObject({
          /** The option as the agent's screen names it, e.g. "Goodwill credit". */
          label: text.max(80).describe(help('agentOptions.label')),
          /** Its limits, if any, e.g. "up to 50% of the disputed charges, once a year". */
          limits: text.max(300).optional().describe(help('agentOptions.limits')),
        }),
      )
      .max(12)
      .default([])
      .describe(help('agentOptions')),
    /** What the agent's system shows about this customer when the call comes in. Shown to the trainee; never put a hidden fact here. */
    agentScreen: z
      .strictObject({
        /** Account details on screen, as label and value, e.g. "Plan" and "Fibre 150, 18 months". */
        account: z.array(accountRowSchema).max(12).default([]).describe(help('agentScreen.account')),
        /** Earlier contacts and events on the account, one per line, e.g. "3 Mar: fault reported, call-back promised". */
        history: z.array(text.max(300)).max(12).default([]).describe(help('agentScreen.history')),
        /** Notes left by earlier agents or the system, one per line. */
        notes: z.array(text.max(300)).max(12).default([]).describe(help('agentScreen.notes')),
      })
      .default({ account: [], history: [], notes: [] })
      .describe(help('agentScreen')),
    /** Details the customer knows and gives freely when asked (account number, postcode, dates), as label and value. They are not hidden facts: the customer never denies them. */
    knownDetails: z.array(knownDetailSchema).max(20).default([]).describe(help('knownDetails')),
    /** Things the customer does not know and says so if asked, e.g. "which exchange serves the street". */
    unknowns: z.array(text.max(200)).max(12).default([]).describe(help('unknowns')),
    /** Two or three lines in the customer's own voice, to set the tone for the model, e.g. "No, listen to me." */
    voiceLines: z.array(text.max(300)).max(5).default([]).describe(help('voiceLines')),
    /** Facts the customer only shares once the trainee earns them with the right question. Until then they are kept out of the model prompt entirely. */
    hiddenFacts: z.array(hiddenFactSchema).default([]).describe(help('hiddenFacts')),
    /** How the customer talks. */
    style: z
      .strictObject({
        /** How much the customer says per turn: terse (a sentence or two), normal, or rambling (long, with tangents). */
        verbosity: z.enum(['terse', 'normal', 'rambling']).default('normal').describe(help('style.verbosity')),
        /** Speech habits and mannerisms, one per entry, e.g. "repeats the phrase 'three times now'". */
        quirks: z.array(text).default([]).describe(help('style.quirks')),
        /** How much the customer may swear: none, mild, or strong. */
        profanity: z.enum(['none', 'mild', 'strong']).default('none').describe(help('style.profanity')),
        /** Optional free-text description of how the customer behaves on the call. Required for the custom archetype; adds to the built-in behaviour otherwise. */
        manner: text.optional().describe(help('style.manner')),
      })
      .describe(help('style')),
    /** The first thing the customer says when the call connects. */
    openingLine: text.describe(help('openingLine')),
    /** How the customer's frustration (0 calm to 100 furious) starts and moves. Code applies these numbers; the model only acts the result. */
    mood: moodDynamicsSchema,
    /** When the trainee may end the call on this customer: never, after a number of warnings about abusive language, or as a polite last resort. */
    hangUpPolicy: hangUpPolicySchema,
    /** Optional lines for playing the customer with no model (scripted mode): the same customer, every call, from these lines. Any part left out uses the archetype's default lines. Each line is one to 600 characters on one line; a list holds at most 40. */
    script: personaScriptSchema.optional(),
  })
  .superRefine((persona, context) => {
    for (const path of ['resolutions', 'refusedOutcomes'] as const) {
      const ids = new Set<string>()
      persona[path].forEach((outcome, index) => {
        if (ids.has(outcome.id)) context.addIssue({ code: 'custom', path: [path, index, 'id'], message: `Outcome id "${outcome.id}" is used more than once` })
        ids.add(outcome.id)
      })
    }
    const seen = new Set<string>()
    persona.hiddenFacts.forEach((fact, index) => {
      if (seen.has(fact.id)) {
        context.addIssue({
          code: 'custom',
          path: ['hiddenFacts', index, 'id'],
          message: `Hidden fact id "${fact.id}" is used more than once`,
        })
      }
      seen.add(fact.id)
    })
    // A reveal line for a fact that does not exist is a typo that would silently never be said. While fact ids
    // clash, which fact a line belongs to is ambiguous, so the lines are checked once the ids are unique.
    const idsAreUnique = seen.size === persona.hiddenFacts.length
    for (const factId of idsAreUnique ? Object.keys(persona.script?.reveals ?? {}) : []) {
      if (!seen.has(factId)) {
        context.addIssue({
          code: 'custom',
          path: ['script', 'reveals', factId],
          message: `There is no hidden fact with id "${factId}" to reveal`,
        })
      }
    }
    if (persona.archetype === 'custom' && persona.style.manner === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['style', 'manner'],
        message: 'A custom archetype needs style.manner to describe how the customer behaves',
      })
    }
  })

/** A validated persona, with every default filled in. */
export type PersonaSpec = z.infer<typeof personaSpecSchema>
/** What a trainer writes: defaults may be left out. */
export type PersonaSpecInput = z.input<typeof personaSpecSchema>
export type HiddenFact = PersonaSpec['hiddenFacts'][number]
export type ScenarioOutcomeSpec = PersonaSpec['resolutions'][number]
export type HangUpPolicy = PersonaSpec['hangUpPolicy']
export type MoodDynamics = PersonaSpec['mood']
export type PersonaScript = NonNullable<PersonaSpec['script']>
