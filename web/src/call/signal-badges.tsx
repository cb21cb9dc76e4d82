import type { TurnSignals } from '../../../src/grader/signal-types'
import { signalLabels } from '../labels/signal-labels'

const toneMark = { good: '✓', bad: '✗', neutral: '•' } as const

/** The instant, rules-based read of a trainee message, one badge per signal, plus how the mood moved. */
export function SignalBadges({ signals, moodDelta }: { signals: TurnSignals; moodDelta: number | null }) {
  const unique = [...new Map(signals.signals.map((signal) => [signal.id, signal])).values()]
  return (
    <ul className="badge-row" aria-label="What the coach noticed">
      {unique.map((signal) => {
        const { label, tone } = signalLabels[signal.id] ?? { label: signal.id, tone: 'neutral' as const }
        return (
          <li key={signal.id} className="badge" data-tone={tone} title={`“${signal.evidence}”`}>
            <span aria-hidden="true">{toneMark[tone]} </span>
            {label}
          </li>
        )
      })}
      {unique.length === 0 && <li className="badge" data-tone="neutral">Nothing stood out</li>}
      {moodDelta !== null && moodDelta !== 0 && (
        <li className="badge badge-mood" data-tone={moodDelta < 0 ? 'good' : 'bad'}>
          Mood {moodDelta < 0 ? `▼ ${-moodDelta}` : `▲ ${moodDelta}`}
        </li>
      )}
    </ul>
  )
}
