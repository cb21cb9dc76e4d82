import type { CallMode, Me, SessionScorecard } from '../api/api-types'

/** Who plays the customer, in the trainee's words. */
export function callModeLabel(mode: CallMode): string {
  return mode === 'scripted' ? 'Scripted customer' : 'AI customer'
}

/** The mode a new call can run in: the one asked for, or scripted when no model could play the customer. */
export function startableMode(wanted: CallMode, models: Me['models']): CallMode {
  return models.persona ? wanted : 'scripted'
}

/** Which grader the scorecard rests on; null for scorecards stored before this was recorded. */
export function gradedByLabel(gradedBy: SessionScorecard['gradedBy']): string | null {
  switch (gradedBy) {
    case 'llm':
      return 'Graded by the AI grader'
    case 'rules':
      return 'Rules-only grade (no AI grader)'
    case 'mixed':
      return 'Partly rules-only: the AI grader could not grade every reply'
    default:
      return null
  }
}
