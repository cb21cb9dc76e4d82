/** A score on one rubric criterion: 0, 1, 2, or null for "not applicable to this turn". */
export type Score = 0 | 1 | 2 | null

export interface CriterionGrade {
  criterionId: string
  score: Score
  rationale: string
  /** Exact quote from the trainee's text that supports the score, or null. */
  evidence: string | null
  /** False when the model's quote is not an exact substring of the trainee's text: the score is flagged, not trusted. */
  evidenceVerified: boolean
}

export type GradeSource = 'rules' | 'llm'

/** `provisional`: rules only, the LLM grade is still coming; `graded`: LLM grade checked;
 * `grader_failed`: the LLM grade failed and the rules-only grade stands; `grader_skipped`: no grader call was made (cancelled). */
export type GradeStatus = 'provisional' | 'graded' | 'grader_failed' | 'grader_skipped'

export interface TurnGrade {
  source: GradeSource
  status: GradeStatus
  criteria: CriterionGrade[]
  /** One better reply the trainee could have given (LLM only). */
  betterReply: string | null
  /** Weighted score 0–100 over the criteria that applied, or null when none applied. */
  weightedScore: number | null
  /** Criterion ids whose evidence failed the substring check. */
  flagged: string[]
  /** Present when status is grader_failed: why. */
  failure?: string
  /** The label of the rubric version this grade was given under (absent on grades from before rubric versions). */
  rubricVersion?: string
}
