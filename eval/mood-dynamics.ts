/** The mood-dynamics judge lives with the persona code, so the trainer's dynamics check uses the same one. */
export {
  judgeRun,
  moodTargets,
  playMood,
  summariseMoodDynamics,
  type CallMood,
  type MoodDynamicsSummary,
  type RunVerdict,
} from '../src/personas/dynamics-check'
