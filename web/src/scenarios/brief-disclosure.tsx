import type { AgentBrief } from '../api/api-types'
import { AgentBriefView } from './agent-brief-view'

/** The agent's brief on a card, folded: read it before the call, without four long cards to scroll past. */
export function BriefDisclosure({ brief, headingLevel }: { brief: AgentBrief; headingLevel: 3 | 4 }) {
  return (
    <details className="brief-disclosure">
      <summary>Your screen for this call</summary>
      {/* The card already shows what the customer is calling about, just above. */}
      <AgentBriefView brief={brief} headingLevel={headingLevel} showCallingAbout={false} />
    </details>
  )
}
