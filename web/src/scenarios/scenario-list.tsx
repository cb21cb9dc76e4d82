import { useEffect, useState } from 'react'
import { api } from '../api/api-client'
import type { Me, PersonaCard, SessionListItem } from '../api/api-types'
import { PageHeading } from '../layout/page-heading'
import { startableMode } from '../labels/call-mode-label'
import { CustomerModeChoice } from './customer-mode-choice'
import { ScenarioCard } from './scenario-card'
import { AssignmentList } from './assignment-list'
import { scenarioStats } from './scenario-stats'
import { useCustomerMode } from './use-customer-mode'

/** The start screen: one card per persona, with the trainee's record on each. */
export function ScenarioList({ models }: { models: Me['models'] }) {
  const [personas, setPersonas] = useState<PersonaCard[] | null>(null)
  const [sessions, setSessions] = useState<SessionListItem[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [wantedMode, setWantedMode] = useCustomerMode()
  // With no model, every call is scripted: the choice is not offered.
  const mode = startableMode(wantedMode, models)

  useEffect(() => {
    document.title = 'Practise a call · toughcall'
    let current = true
    Promise.all([api.personas(), api.sessions()])
      .then(([personaList, sessionList]) => {
        if (!current) return
        setPersonas(personaList.personas)
        setSessions(sessionList.sessions)
      })
      .catch((error: Error) => current && setProblem(error.message))
    return () => {
      current = false
    }
  }, [])

  const stats = scenarioStats(sessions)
  return (
    <div className="page">
      <PageHeading>Choose a call to practise</PageHeading>
      <p className="page-intro">Each customer is hard in a different way. Listen, ask, and keep them on your side; you are graded on every reply.</p>
      {models.persona && <CustomerModeChoice mode={mode} onChange={setWantedMode} />}
      <AssignmentList mode={mode} />
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {!personas && !problem && (
        <p className="page-loading" role="status">
          Loading scenarios…
        </p>
      )}
      {personas && (
        <div className="scenario-grid">
          {personas.map((persona) => (
            <ScenarioCard key={persona.id} persona={persona} stats={stats.get(persona.id)} mode={mode} />
          ))}
        </div>
      )}
    </div>
  )
}
