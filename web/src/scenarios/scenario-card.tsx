import { useState } from 'react'
import type { CallMode, PersonaCard } from '../api/api-types'
import { archetypeName } from '../labels/archetype-name'
import { callModeLabel } from '../labels/call-mode-label'
import { Link } from '../routing/link'
import { BriefDisclosure } from './brief-disclosure'
import { DifficultyDots } from './difficulty-dots'
import type { ScenarioStats } from './scenario-stats'
import { startCall } from './start-call'

interface ScenarioCardProps {
  persona: PersonaCard
  stats: ScenarioStats | undefined
  /** Who plays the customer on a call started here. */
  mode: CallMode
}

export function ScenarioCard({ persona, stats, mode }: ScenarioCardProps) {
  const [starting, setStarting] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const headingId = `scenario-${persona.id}`
  const open = stats?.active[0]

  async function start() {
    setStarting(true)
    setProblem(null)
    try {
      await startCall(persona.id, mode)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not start the call.')
      setStarting(false)
    }
  }

  return (
    <article className="scenario-card" aria-labelledby={headingId} data-archetype={persona.archetype}>
      <div className="scenario-card-top">
        <span className="chip">{archetypeName(persona.archetype)}</span>
        <DifficultyDots difficulty={persona.difficulty} />
      </div>
      <h2 className="scenario-name" id={headingId}>
        {persona.name}
      </h2>
      <p className="scenario-company">{persona.company}</p>
      <p className="scenario-summary">{persona.summary}</p>
      <BriefDisclosure brief={persona.brief} headingLevel={3} />
      <p className="scenario-record" data-testid="scenario-record">
        {stats && stats.attempts > 0 ? (
          <>
            Best score <strong>{stats.best ?? '–'}</strong> · {stats.attempts} {stats.attempts === 1 ? 'attempt' : 'attempts'}
          </>
        ) : (
          'Not tried yet'
        )}
      </p>
      <div className="scenario-actions">
        <button type="button" className="button button-primary" onClick={() => void start()} disabled={starting} aria-describedby={`${headingId}-mode`}>
          {starting ? 'Connecting…' : `Call ${persona.name.split(' ')[0]}`}
        </button>
        <span className="scenario-mode" id={`${headingId}-mode`}>
          {callModeLabel(mode)}
        </span>
        {open && (
          <Link className="button" href={`/call/${encodeURIComponent(open.id)}`}>
            Continue open call
          </Link>
        )}
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </article>
  )
}
