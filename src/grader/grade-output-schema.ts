import { z } from 'zod'

/**
 * What the LLM grader must return for one trainee turn. Fits strict structured output
 * (`zodResponseFormat`): every field required, nullable instead of optional, no unions.
 * Criterion ids are plain strings so one schema serves every rubric; `checkGrade` drops ids the
 * rubric does not know and checks every quote against the trainee's text.
 */
export const gradeOutputSchema = z.object({
  criteria: z
    .array(
      z.object({
        criterionId: z.string().describe('The rubric criterion id, exactly as given.'),
        score: z
          .number()
          .int()
          .min(0)
          .max(2)
          .nullable()
          .describe('0, 1 or 2 against the anchors; null when the criterion does not apply to this turn.'),
        rationale: z.string().describe('One or two short sentences explaining the score to the trainee.'),
        evidenceQuote: z
          .string()
          .nullable()
          .describe("Words copied exactly from the graded turn that support the score, or null."),
      }),
    )
    .describe('One entry per rubric criterion, in rubric order.'),
  betterReply: z.string().describe("One concrete better reply the agent could have given at this point, in the agent's own voice."),
})

export type GradeOutput = z.infer<typeof gradeOutputSchema>
