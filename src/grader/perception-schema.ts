import { z } from 'zod'
import { signalIds } from './signal-types'

/** Why the perception thinks a rules finding is wrong. Only a negation or a quotation can overturn the rules. */
export const misreadReasons = ['negated', 'quoted', 'other'] as const

/**
 * What the perception model returns for one trainee turn. Fits strict structured output (`zodResponseFormat`):
 * every field required, nullable instead of optional. Nothing here is trusted as it stands: `mergePerception`
 * checks every quote against the trainee's words and every id against the scenario before anything counts.
 */
export const perceptionOutputSchema = z.object({
  behaviours: z
    .array(
      z.object({
        signal: z.enum(signalIds).describe('A behaviour id from the list, exactly as given.'),
        quote: z.string().describe("The agent's words that show it, copied character for character from the agent's turn."),
      }),
    )
    .describe("Every listed behaviour present in the agent's turn, each with its quote."),
  misread: z
    .array(
      z.object({
        signal: z.enum(signalIds).describe('A behaviour the fast rules found that is not really there.'),
        quote: z.string().describe("The agent's words that show the misreading (the negation, or the quotation), copied exactly."),
        why: z.enum(misreadReasons).describe('negated: the agent said the opposite ("none of this is your fault"); quoted: the agent was quoting or reporting someone; other: any other reason.'),
      }),
    )
    .describe('Rules findings you believe are wrong; leave empty when they are right.'),
  askedAbout: z.array(z.string()).describe('Ids of the hidden-fact topics the agent asked about in this turn.'),
  offeredResolutionId: z.string().nullable().describe('The id of the acceptable resolution the agent concretely offered in this turn, or null.'),
  offeredQuote: z.string().nullable().describe("The agent's words that make that offer, copied exactly, or null."),
  refusedOutcomeId: z.string().nullable().describe('The id of the ruled-out outcome the agent offered or conceded in this turn, or null.'),
  refusedQuote: z.string().nullable().describe("The agent's words that offer or concede it, copied exactly, or null."),
  promised: z.string().nullable().describe("The agent's words that commit to something (a what and a when), copied exactly, or null."),
})

export type PerceptionOutput = z.infer<typeof perceptionOutputSchema>
