/** The scripted trainees live with the persona code, so the trainer's dynamics check plays the same ones. */
export { maxScriptedTurns, scriptedAgentLines as scriptedTraineeLines, type AgentKind } from '../src/personas/scripted-agents'
