import type { SignalId } from '../../../src/grader/signal-types'

export type Tone = 'good' | 'bad' | 'neutral'

/** How each detected signal reads on a trainee's badge row. */
export const signalLabels: Record<SignalId, { label: string; tone: Tone }> = {
  acknowledged: { label: 'Acknowledged', tone: 'good' },
  apologised: { label: 'Apologised', tone: 'good' },
  directed_question: { label: 'Directed question', tone: 'good' },
  vague_question: { label: 'Vague question', tone: 'bad' },
  paraphrased: { label: 'Paraphrased', tone: 'good' },
  blamed: { label: 'Blamed', tone: 'bad' },
  patronised: { label: 'Patronised', tone: 'bad' },
  argued: { label: 'Argued', tone: 'bad' },
  cant_do: { label: 'Can’t-do language', tone: 'bad' },
  can_do: { label: 'Offered options', tone: 'good' },
  collaborated: { label: 'Us vs the problem', tone: 'good' },
  promised: { label: 'Clear commitment', tone: 'good' },
  over_promised: { label: 'Over-promised', tone: 'bad' },
  ownership: { label: 'Took ownership', tone: 'good' },
  deflected: { label: 'Passed the buck', tone: 'bad' },
  used_name: { label: 'Used their name', tone: 'good' },
  hostile: { label: 'Hostile', tone: 'bad' },
  profanity: { label: 'Swore', tone: 'bad' },
  abuse_warning: { label: 'Warned about language', tone: 'neutral' },
  jargon: { label: 'Jargon', tone: 'bad' },
  rushed: { label: 'Rushed them', tone: 'bad' },
  summarised: { label: 'Summarised', tone: 'good' },
  thanked: { label: 'Thanked them', tone: 'good' },
  escalated: { label: 'Offered a supervisor', tone: 'neutral' },
  instruction_to_ai: { label: 'Spoke to the AI, not the customer', tone: 'bad' },
  sarcastic: { label: 'Sarcastic', tone: 'bad' },
  dismissed: { label: 'Brushed them off', tone: 'bad' },
  exasperated: { label: 'Sounded exasperated', tone: 'bad' },
  stalled: { label: 'Stalled', tone: 'bad' },
  offered_resolution: { label: 'Offered a real fix', tone: 'good' },
  offered_refused: { label: 'Offered what the scenario rules out', tone: 'bad' },
}
