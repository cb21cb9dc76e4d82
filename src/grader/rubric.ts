import { z } from 'zod'

/** One thing the grader scores on every trainee turn, 0, 1 or 2 (or n/a when it does not apply). */
export const rubricCriterionSchema = z.object({
  /**
   * Stable slug that grades and scorecards refer to, e.g. `no_blame`. Lower case letters, digits and
   * underscores. Change the wording freely, but not the id: old grades would lose their criterion.
   */
  id: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, 'use lower case letters, digits and underscores, starting with a letter')
    .max(40),
  /** Short name shown to trainees on the scorecard, e.g. "No blame". */
  title: z.string().trim().min(1).max(60),
  /** What the criterion is about, in one or two sentences. The grader reads it with the anchors. */
  description: z.string().trim().min(1).max(600),
  /**
   * What each score looks like. `2`: done well; `1`: partly done or done with a flaw; `0`: not done
   * where it was needed, or done badly. Concrete examples of agent wording help the grader most.
   */
  anchors: z.object({
    /** What a 0 looks like. */
    0: z.string().trim().min(1).max(400),
    /** What a 1 looks like. */
    1: z.string().trim().min(1).max(400),
    /** What a 2 looks like. */
    2: z.string().trim().min(1).max(400),
  }),
  /**
   * How much this criterion counts in a turn's weighted score and in the scorecard total, relative to
   * the others (0 keeps it on the scorecard without counting it). The defaults use 3 for the most
   * important and 1 or 2 for the rest.
   */
  weight: z.number().min(0).max(100),
  /** One sentence of advice shown to a trainee when this criterion is one of their weakest. */
  coachingTip: z.string().trim().min(1).max(240),
  /**
   * When the criterion applies, in a few words, e.g. "when the call is being wrapped up". The grader
   * scores it n/a on other turns. Leave it out when the criterion can apply to any turn.
   */
  appliesWhen: z.string().trim().min(1).max(200).optional(),
})

/** The rubric trainers tune: what is graded, how much each part counts, and what passes. */
export const rubricSchema = z
  .object({
    /** A label that names this version of the rubric, e.g. "default-2025-1"; stored with every grade. */
    version: z.string().trim().min(1).max(60),
    /** The weighted total (0–100) a call needs to pass. */
    passMark: z.number().min(0).max(100),
    /** The criteria, in the order the scorecard shows them. Ids must be unique. */
    criteria: z.array(rubricCriterionSchema).min(1).max(30),
  })
  .superRefine((rubric, context) => {
    const seen = new Set<string>()
    rubric.criteria.forEach((criterion, index) => {
      if (seen.has(criterion.id)) {
        context.addIssue({ code: 'custom', message: `duplicate criterion id "${criterion.id}"`, path: ['criteria', index, 'id'] })
      }
      seen.add(criterion.id)
    })
    if (!rubric.criteria.some((criterion) => criterion.weight > 0)) {
      context.addIssue({ code: 'custom', message: 'at least one criterion needs a weight above 0', path: ['criteria'] })
    }
  })

export type RubricCriterion = z.infer<typeof rubricCriterionSchema>
export type Rubric = z.infer<typeof rubricSchema>

/**
 * The built-in rubric, from the five source articles: acknowledge, clarify and no_blame count most.
 * Validated at load so a bad edit fails fast.
 */
export const defaultRubric: Rubric = rubricSchema.parse({
  version: 'default-1',
  passMark: 70,
  criteria: [
    {
      id: 'acknowledge',
      title: 'Acknowledge',
      description:
        "Shows the customer they were heard: names their particular situation and how it made them feel, and apologises for the experience, before moving on to fixing it.",
      anchors: {
        0: 'Ignores or brushes aside the emotion, or offers a stock "I understand" that leads nowhere.',
        1: 'A general apology or sympathy that does not name what actually happened to this customer.',
        2: 'Names what went wrong for this customer and how it felt ("three missed deliveries and a day off work wasted, that is maddening"), and is sorry for it.',
      },
      weight: 3,
      coachingTip:
        'Before fixing anything, say back what went wrong for this customer and how it must feel, then apologise for that experience.',
      appliesWhen: 'whenever the customer is upset or has just described a problem',
    },
    {
      id: 'clarify',
      title: 'Clarify',
      description:
        'Finds the real cause instead of assuming it: asks pointed questions about the facts still missing, one at a time, or restates the problem to check it was understood.',
      anchors: {
        0: 'Guesses the cause, asks nothing while key facts are missing, or asks again what the customer already said.',
        1: 'Asks something open and unfocused ("anything else?", "what is the problem?") that leaves the customer to do the work.',
        2: 'Asks one clear question aimed at a missing fact ("Which date did the second charge appear?") or paraphrases to confirm ("So the parcel was marked delivered but never arrived?").',
      },
      weight: 3,
      coachingTip:
        'Ask one pointed question about the fact you are missing, or repeat the problem back in your own words to check you have it right.',
      appliesWhen: 'while facts needed to solve the problem are still unknown',
    },
    {
      id: 'no_blame',
      title: 'No blame',
      description:
        'Keeps the customer on the same side of the problem: no fault-finding, no talking down, no point-scoring arguments, even when the customer is wrong.',
      anchors: {
        0: 'Blames, lectures or argues: "you should have read the terms", "if you had called earlier", "calm down", "I don\'t see why you are so upset" — also when wrapped in an apology.',
        1: 'No outright blame, but a defensive or slightly superior edge, such as correcting the customer more than the problem needs.',
        2: 'No blame, no patronising, no arguing; facts are stated calmly and about the problem, not the person.',
      },
      weight: 3,
      coachingTip:
        'Talk about the problem, not about what the customer did wrong: a polite "but you didn\'t…" still lands as blame.',
    },
    {
      id: 'can_do',
      title: 'Focus on what can be done',
      description:
        'Leads with what is possible: options, alternatives and next steps, framed as the agent and customer against the problem.',
      anchors: {
        0: 'Dead ends: "there is nothing I can do", "that is just policy", with no alternative.',
        1: 'States a limit and offers something, but the limit dominates or the offer is vague.',
        2: 'Says clearly what can be done, offers a choice where there is one, and works on it together with the customer.',
      },
      weight: 2,
      coachingTip: 'Swap "I can\'t" for "what I can do is…" and give the customer a real option to choose from.',
      appliesWhen: 'when a request or problem needs a response',
    },
    {
      id: 'ownership',
      title: 'Ownership',
      description:
        "Takes responsibility for the fix and the follow-up, and owns the company's mistake instead of passing it to another team, the system or the customer.",
      anchors: {
        0: 'Passes the buck: "that is another department", "the system did it", "not my fault".',
        1: 'Helps, but leaves it unclear who will follow up, or sounds reluctant about the company\'s part.',
        2: 'Owns it: "that was our mistake, and I will see it through and call you back."',
      },
      weight: 2,
      coachingTip:
        "Own the company's part and say what you personally will do next, rather than pointing at another team or the system.",
      appliesWhen: 'when something went wrong on the company side or a follow-up is needed',
    },
    {
      id: 'honest_promises',
      title: 'Honest promises',
      description: 'Sets clear, realistic expectations about what will happen and when; promises nothing it cannot keep.',
      anchors: {
        0: 'Promises what cannot be guaranteed: "this will never happen again", "I guarantee it arrives tomorrow".',
        1: 'Commits to something real but leaves the timing or the next step vague.',
        2: 'A concrete, realistic commitment with a step and a time ("I\'ll email the form by 5pm today; the refund then takes three to five working days").',
      },
      weight: 2,
      coachingTip: 'Promise only what you control, with a clear step and time, and say honestly how long the rest takes.',
      appliesWhen: 'when the agent commits to an outcome, a step or a time',
    },
    {
      id: 'composure',
      title: 'Composure',
      description:
        "Stays calm and professional however the customer behaves: no hostility, sarcasm or threats back, and, where the scenario's policy allows, a calm warning about abusive language before ending a call.",
      anchors: {
        0: 'Returns hostility, sarcasm, swearing or threats, or ends the call against the scenario\'s policy.',
        1: 'Mostly calm, but with a sharp, curt or irritated edge.',
        2: 'Calm and courteous under pressure; sets limits on abuse politely and in line with the policy.',
      },
      weight: 2,
      coachingTip:
        'Let the customer vent without taking it personally; if the language turns abusive, warn calmly before anything else.',
    },
    {
      id: 'personalize',
      title: 'Personal touch',
      description: "Treats the caller as a person: uses their name and the details they gave, instead of a generic script.",
      anchors: {
        0: 'Generic script that could be said to anyone; ignores details the customer gave.',
        1: 'Refers to some of their details, but never uses their name (or the other way round).',
        2: "Uses the customer's name naturally and builds on the specifics they shared.",
      },
      weight: 1,
      coachingTip: "Use the customer's name and their own details, so they feel like a person and not a ticket.",
    },
    {
      id: 'close',
      title: 'Close the call',
      description:
        'Ends well: summarises what was agreed, confirms the next steps and that the customer understands them, and thanks them.',
      anchors: {
        0: 'Ends abruptly, with no summary or confirmation of what happens next.',
        1: 'Summarises or thanks, but not both, or skips checking that the customer is clear on the next steps.',
        2: 'Sums up the solution, confirms the next steps and timing, checks nothing is left open, and thanks the customer.',
      },
      weight: 1,
      coachingTip: 'Before you finish, sum up what will happen and when, check that the customer is clear, and thank them.',
      appliesWhen: 'when the call is being wrapped up',
    },
  ],
})
