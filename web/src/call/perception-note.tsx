import { signalLabels } from '../labels/signal-labels'
import type { PerceptionNote as Perception } from './transcript-turn'

/**
 * One line on what the customer's perception model read in a message beyond the badges: what it heard that the
 * rules did not, what it found the rules misread, or that the rules alone decided this time. Null when there is
 * nothing to add.
 */
export function describePerception(perception: Perception): string | null {
  if (perception.status !== 'ran') return `Customer’s read: the rules alone this time${perception.reason ? ` (${perception.reason})` : '.'}`
  const heard = perception.behaviours.map((item) => `${label(item.signal)} (“${item.quote}”)`)
  const notHeard = perception.removed.map((item) => `${label(item.signal)} (“${item.quote}”)`)
  if (heard.length === 0 && notHeard.length === 0) return null
  const parts = [...(heard.length > 0 ? [`also heard ${heard.join(', ')}`] : []), ...(notHeard.length > 0 ? [`not taken as ${notHeard.join(', ')}`] : [])]
  return `Customer’s read: ${parts.join('; ')}.`
}

function label(signal: Perception['behaviours'][number]['signal']): string {
  return signalLabels[signal]?.label ?? signal
}

export function PerceptionNote({ perception }: { perception: Perception }) {
  const text = describePerception(perception)
  return text === null ? null : <p className="grade-note perception-note">{text}</p>
}
