import type { SessionOutcome } from '../../../src/server/practice/finish-session'
import { outcomeName } from '../labels/outcome-name'

/** Says plainly how the call ended, whoever ended it. */
export function CallEndedBanner({ outcome, customerName }: { outcome: SessionOutcome | null; customerName: string }) {
  let title = 'The call has ended.'
  if (outcome?.endedBy === 'customer') {
    title = outcome.kind === 'customer_hung_up' ? `${customerName} hung up on you.` : `${customerName} is satisfied. The call is resolved.`
  } else if (outcome) {
    title = `You ended the call: ${outcomeName(outcome.kind).toLowerCase()}.`
  }
  const tone = outcome?.compliant ? 'good' : 'bad'
  return (
    <div className="banner call-ended-banner" id="call-ended" tabIndex={-1} data-tone={tone} role="alert" data-testid="call-ended">
      <strong className="banner-title">{title}</strong>
      {outcome?.explanation && <span> {outcome.explanation}</span>}
    </div>
  )
}
