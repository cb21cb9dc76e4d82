import { z } from 'zod'
import { signalIds } from '../grader/signal-types'

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
  'scenario.acceptableResolutions':
    'Outcomes the customer would accept if offered clearly and honestly. At least one; the agent must offer one to resolve the call.',
  'scenario.unacceptableResolutions':
    'Outcomes the customer rejects, or that the agent must not give (e.g. rewarding abuse with free months).',
  hiddenFacts:
    'Facts the customer only shares once the trainee earns them with the right question. Until then they are kept out of the model prompt entirely.',
  'hiddenFacts.id': 'Stable identifier of the fact: lowercase letters, digits and hyphens, unique within the persona.',
  'hiddenFacts.fact': 'The fact itself, written as the customer would know it.',
  'hiddenFacts.earnedBy': 'What the trainee has to say to earn this fact.',
  'hiddenFacts.earnedBy.keywords':
    'Words or phrases that earn the fact when the trainee uses any of them (case-insensitive, whole words only).',
  'hiddenFacts.earnedBy.requiresDirectedQuestion':
    'When on (the default), only a question containing a keyword earns the fact; when off, any mention of a keyword does.',
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
  /** What the trainee has to say to earn this fact. */
  earnedBy: z
    .strictObject({
      /** Words or phrases that earn the fact when the trainee uses any of them (case-insensitive, whole words only). */
      keywords: z.array(text).min(1).describe(help('hiddenFacts.earnedBy.keywords')),
      /** When on (the default), only a question containing a keyword earns the fact; when off, any mention of a keyword does. */
      requiresDirectedQuestion: z.boolean().default(true).describe(help('hiddenFacts.earnedBy.requiresDirectedQuestion')),
    })
    .describe(help('hiddenFacts.earnedBy')),
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
        /** Outcomes the customer would accept if offered clearly and honestly. At least one; the agent must offer one to resolve the call. */
        acceptableResolutions: z.array(text).min(1).describe(help('scenario.acceptableResolutions')),
        /** Outcomes the customer rejects, or that the agent must not give (e.g. rewarding abuse with free months). */
        unacceptableResolutions: z.array(text).default([]).describe(help('scenario.unacceptableResolutions')),
      })
      .describe(help('scenario')),
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
  })
  .superRefine((persona, context) => {
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
export type HangUpPolicy = PersonaSpec['hangUpPolicy']
export type MoodDynamics = PersonaSpec['mood']
