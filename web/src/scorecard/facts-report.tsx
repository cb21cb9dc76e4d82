import type { CallFacts } from './call-facts'

interface FactsReportProps {
  facts: CallFacts
  /** Who asked the questions: "You" for the trainee, their name in a trainer's review. */
  speaker?: string
}

/** What the trainee found out by asking: "You uncovered 2 of 4 facts", each with its question, then the topics never asked about. */
export function FactsReport({ facts, speaker = 'You' }: FactsReportProps) {
  const total = facts.uncovered.length + facts.missed.length
  if (total === 0) return null
  return (
    <section className="facts-report" aria-labelledby="facts-report-title" data-testid="facts-report">
      <h3 className="subsection-title" id="facts-report-title">
        What {speaker === 'You' ? 'you' : speaker} found out
      </h3>
      <p className="facts-summary" data-testid="facts-summary">
        <strong>
          {speaker} uncovered {facts.uncovered.length} of {total} {total === 1 ? 'fact' : 'facts'}.
        </strong>{' '}
        The customer tells these only to an agent who asks.
      </p>
      {facts.uncovered.length > 0 && (
        <ul className="facts-list" aria-label="Facts uncovered">
          {facts.uncovered.map((fact) => (
            <li key={fact.id} className="fact" data-tone="good">
              <span className="fact-topic">{fact.answers}</span>
              <span className="fact-text">{fact.fact}</span>
              {fact.turnId && (
                <a className="fact-link no-print" href={`#turn-${fact.turnId}`}>
                  See the question that uncovered it
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      {facts.missed.length > 0 && (
        <>
          <p className="facts-missed-intro">{speaker} never asked about:</p>
          <ul className="facts-list" aria-label="Facts never asked about">
            {facts.missed.map((fact) => (
              <li key={fact.id} className="fact" data-tone="bad">
                <span className="fact-topic">{fact.answers}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
