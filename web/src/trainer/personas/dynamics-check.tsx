import { useState } from 'react'
import type { PersonaSpec } from '../../../../src/personas/persona-spec'
import type { DynamicsCheckResponse } from '../../../../src/server/personas/persona-admin-types'
import { dynamicsCurves } from './dynamics-agents'
import { DynamicsChart } from './dynamics-chart'
import { DynamicsNumbers } from './dynamics-numbers'
import { dynamicsSummary } from './dynamics-summary'
import { personaApi } from './persona-api'

interface DynamicsCheckProps {
  /** The form's spec when it is valid, unsaved edits included; null while the form has problems. */
  spec: PersonaSpec | null
}

/**
 * Plays five scripted agents against the form's mood dynamics, with no model: a good one, a bad one, and three who never
 * offer anything (stalling, filler, empathy alone). Shows the verdict, the five curves on one chart, and the numbers.
 */
export function DynamicsCheck({ spec }: DynamicsCheckProps) {
  const [result, setResult] = useState<{ answer: DynamicsCheckResponse; checked: string } | null>(null)
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const specKey = spec === null ? null : JSON.stringify(spec)

  async function check() {
    if (spec === null || specKey === null) return
    setWorking(true)
    setProblem(null)
    try {
      setResult({ answer: await personaApi.checkDynamics(spec), checked: specKey })
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not check the mood dynamics.')
    } finally {
      setWorking(false)
    }
  }

  const answer = result?.answer
  const stale = result !== null && result.checked !== specKey
  const curves = answer ? dynamicsCurves(answer) : []
  return (
    <div className="persona-test-block">
      <h3 className="persona-subtitle">Check mood dynamics</h3>
      <p className="persona-help">
        Plays scripted calls against the mood numbers in the form (unsaved edits included): a bad agent should never calm the customer, a good agent who offers one of
        the resolutions should calm them within their patience, and agents who stall, fill or only empathise should never resolve the call.
      </p>
      <div className="persona-button-row">
        <button type="button" className="button" disabled={working || spec === null} aria-describedby={spec === null ? 'dynamics-check-blocked' : undefined} onClick={() => void check()}>
          {working ? 'Checking…' : answer ? 'Check again' : 'Check mood dynamics'}
        </button>
        {spec === null && (
          <span className="persona-hint" id="dynamics-check-blocked">
            Fix the problems in the form first.
          </span>
        )}
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {answer && (
        <div className="persona-dynamics-result" aria-live="polite">
          {stale && <p className="persona-hint">Checked before your latest edits. Check again to see their effect.</p>}
          <div className="banner" data-tone={answer.verdict.passed ? 'good' : 'bad'}>
            <p className="banner-title">{answer.verdict.passed ? 'The mood dynamics behave.' : 'The mood dynamics need work.'}</p>
            <ul className="persona-verdict-list">
              <li data-passed={answer.verdict.badAgentNeverCalms || undefined}>
                {answer.verdict.badAgentNeverCalms ? '✓' : '✗'} A bad agent never calms the customer
              </li>
              <li data-passed={answer.verdict.goodAgentCalmsWithinPatience || undefined}>
                {answer.verdict.goodAgentCalmsWithinPatience ? '✓' : '✗'} A good agent calms them within their patience
              </li>
              <li data-passed={answer.verdict.noOfferNeverResolves || undefined}>
                {answer.verdict.noOfferNeverResolves ? '✓' : '✗'} No agent who never offers anything resolves the call
              </li>
            </ul>
            {answer.verdict.messages.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
          <DynamicsChart curves={curves} calmThreshold={answer.calmThreshold} descriptionId="dynamics-summary" />
          <div id="dynamics-summary" className="persona-dynamics-summary">
            {dynamicsSummary(answer).map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
          </div>
          <DynamicsNumbers curves={curves} />
        </div>
      )}
    </div>
  )
}
