import type { Score } from '../../../src/grader/grade-types'
import type { Tone } from './signal-labels'

/** A 0–2 criterion score as words and a tone, so colour is never the only cue. */
export function scoreLabel(score: Score): { text: string; word: string; tone: Tone | 'none' } {
  switch (score) {
    case 2:
      return { text: '2/2', word: 'Strong', tone: 'good' }
    case 1:
      return { text: '1/2', word: 'Partly', tone: 'neutral' }
    case 0:
      return { text: '0/2', word: 'Missed', tone: 'bad' }
    default:
      return { text: 'n/a', word: 'Not applicable', tone: 'none' }
  }
}

/** A criterion's average (0–2) as a tone: the same thresholds the scorecard's coaching tips use. */
export function averageTone(average: number | null): Tone | 'none' {
  if (average === null) return 'none'
  if (average >= 1.5) return 'good'
  if (average >= 0.75) return 'neutral'
  return 'bad'
}

/** A weighted total (0–100) against the pass mark. */
export function totalTone(total: number | null, passMark: number): Tone | 'none' {
  if (total === null) return 'none'
  if (total >= passMark) return 'good'
  return total >= passMark * 0.6 ? 'neutral' : 'bad'
}
