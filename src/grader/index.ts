export { detectSignals } from './signals'
export { signalIds, type Signal, type SignalContext, type SignalId, type TurnSignals } from './signal-types'
export type { CriterionGrade, GradeSource, GradeStatus, Score, TurnGrade } from './grade-types'
export { defaultRubric, rubricCriterionSchema, rubricSchema, type Rubric, type RubricCriterion } from './rubric'
export { provisionalGrade, type ProvisionalGradeContext } from './provisional-grade'
export { lateSignals } from './late-signals'
export { weightedScore } from './weighted-score'
export { gradeOutputSchema, type GradeOutput } from './grade-output-schema'
export { checkGrade } from './check-grade'
export { buildGraderMessages, type GraderPromptInput } from './grader-prompt'
export {
  buildScorecard,
  generalCoachingTips,
  scorecardSchema,
  type KeyMoment,
  type Scorecard,
  type ScorecardInput,
  type ScorecardTurn,
} from './scorecard'
