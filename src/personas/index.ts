export {
  archetypes,
  hangUpPolicySchema,
  hiddenFactSchema,
  moodDynamicsSchema,
  personaFieldHelp,
  personaSpecSchema,
  type Archetype,
  type HangUpPolicy,
  type HiddenFact,
  type MoodDynamics,
  type PersonaSpec,
  type PersonaSpecInput,
} from './persona-spec'
export {
  applyTurn,
  defaultInstructionEscalation,
  fullStrengthCalmingTurns,
  initialMoodState,
  moodBand,
  type MoodBand,
  type MoodCause,
  type MoodEvent,
  type MoodReason,
  type MoodState,
  type MoodUpdate,
} from './mood'
export { earnFacts, mentionsKeyword } from './hidden-facts'
export { buildPersonaCard } from './persona-card'
export { buildDirectorNote, type DirectorMood, type DirectorNoteOptions, type ReplyCorrection } from './director-note'
export { guardReply, saysGoodbye, type ReplyGuardContext, type ReplyGuardResult, type ReplyProblem } from './reply-guard'
export { buildPersonaMessages, wrapAgentText, type PersonaPromptState, type TranscriptLine } from './persona-prompt'
export {
  judgeTraineeEnd,
  type CallOutcome,
  type TraineeEndJudgement,
  type TraineeEndReason,
} from './hang-up-policy'
export {
  builtinPersonas,
  elderlyAlumReunionRegistration,
  hostileBroadbandCallbacks,
  knowItAllRoamingCharges,
  longWindedArmchairDelivery,
} from './builtin'
