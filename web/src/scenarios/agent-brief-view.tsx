import { type ReactNode, useId } from 'react'
import type { AgentBrief } from '../api/api-types'

type HeadingLevel = 3 | 4

interface AgentBriefViewProps {
  brief: AgentBrief
  /** The level of the section headings: 3 under a card or panel titled with an h2, 4 under an h3. */
  headingLevel?: HeadingLevel
  /** Leave out what the customer is calling about where the card around the brief already says it. */
  showCallingAbout?: boolean
}

/** What the agent's system shows for this call: the goal, the account, its history and notes, and the options with their limits. */
export function AgentBriefView({ brief, headingLevel = 3, showCallingAbout = true }: AgentBriefViewProps) {
  return (
    <div className="agent-brief" data-testid="agent-brief">
      <BriefSection title="Your goal" level={headingLevel}>
        {showCallingAbout && <p className="agent-brief-about">{brief.callingAbout}</p>}
        <p className="agent-brief-aim">Find out what the customer needs, offer a fix your options allow, and close the call: sum up, confirm the next steps, thank them.</p>
      </BriefSection>
      {brief.account.length > 0 && (
        <BriefSection title="Account" level={headingLevel}>
          <dl className="agent-brief-account">
            {brief.account.map((entry, index) => (
              <div key={index}>
                <dt>{entry.label}</dt>
                <dd>{entry.value}</dd>
              </div>
            ))}
          </dl>
        </BriefSection>
      )}
      {brief.history.length > 0 && (
        <BriefSection title="History" level={headingLevel}>
          <Lines lines={brief.history} />
        </BriefSection>
      )}
      {brief.notes.length > 0 && (
        <BriefSection title="Notes" level={headingLevel}>
          <Lines lines={brief.notes} />
        </BriefSection>
      )}
      <BriefSection title="What you can offer" level={headingLevel}>
        {brief.options.length > 0 ? (
          <ul className="agent-brief-options">
            {brief.options.map((option, index) => (
              <li key={index}>
                <span className="agent-brief-option">{option.label}</span>
                {option.limits && <span className="agent-brief-limits">{option.limits}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="agent-brief-empty">Your system lists no set options for this call: offer only what you can honestly deliver.</p>
        )}
      </BriefSection>
    </div>
  )
}

function BriefSection({ title, level, children }: { title: string; level: HeadingLevel; children: ReactNode }) {
  const id = useId()
  const Heading = level === 3 ? 'h3' : 'h4'
  return (
    <section className="agent-brief-section" aria-labelledby={id}>
      <Heading className="agent-brief-title" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  )
}

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <ul className="agent-brief-lines">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  )
}
