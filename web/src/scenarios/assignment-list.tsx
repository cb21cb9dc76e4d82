import { useEffect, useState } from 'react'
import type { CallMode } from '../api/api-types'
import { archetypeName } from '../labels/archetype-name'
import { callModeLabel } from '../labels/call-mode-label'
import { Link } from '../routing/link'
import { navigate } from '../routing/navigation'
import { assignmentApi, type MyAssignment } from '../trainer/assignments/assignment-api'
import { assignmentCallMode, dueText } from '../trainer/assignments/assignment-labels'
import { AssignmentStatusBadge } from '../trainer/assignments/assignment-status-badge'
import { BriefDisclosure } from './brief-disclosure'

/** The trainee's assignments, shown first on the home screen with their status; nothing when there are none. */
export function AssignmentList({ mode }: { mode: CallMode }) {
  const [assignments, setAssignments] = useState<MyAssignment[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    assignmentApi
      .mine()
      .then((mine) => current && setAssignments(mine.assignments))
      .catch((error: Error) => current && setProblem(`Your assignments could not be loaded: ${error.message}`))
    return () => {
      current = false
    }
  }, [])

  if (problem) {
    return (
      <p className="form-problem assignment-list-problem" role="alert">
        {problem}
      </p>
    )
  }
  if (!assignments || assignments.length === 0) return null
  const now = new Date()
  return (
    <section className="my-assignments" aria-labelledby="my-assignments-title">
      <h2 className="section-title" id="my-assignments-title">
        Your assignments
      </h2>
      <ul className="my-assignment-grid">
        {assignments.map((assignment) => (
          <li key={assignment.id}>
            <AssignmentCard assignment={assignment} mode={mode} now={now} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function AssignmentCard({ assignment, mode, now }: { assignment: MyAssignment; mode: CallMode; now: Date }) {
  const [starting, setStarting] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const headingId = `assignment-${assignment.id}`
  const scripted = assignment.mode === 'scripted'
  const callMode = assignmentCallMode(assignment.mode, mode)
  const open = assignment.openSessionId
  const action = open ? 'Start a new call' : assignment.status === 'not_started' ? 'Start' : assignment.status === 'passed' ? 'Practise again' : 'Try again'

  async function start() {
    setStarting(true)
    setProblem(null)
    try {
      const view = await assignmentApi.start(assignment, mode)
      navigate(`/call/${encodeURIComponent(view.session.id)}`)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not start the call.')
      setStarting(false)
    }
  }

  return (
    <article className="my-assignment" aria-labelledby={headingId} data-status={assignment.status} data-overdue={assignment.overdue || undefined}>
      <div className="my-assignment-top">
        <AssignmentStatusBadge status={assignment.status} />
        {scripted && <span className="chip">Standardised assessment</span>}
        <span className="chip">{archetypeName(assignment.persona.archetype)}</span>
      </div>
      <h3 className="my-assignment-name" id={headingId}>
        {assignment.persona.name}
      </h3>
      <p className="scenario-company">{assignment.persona.company}</p>
      <p className="my-assignment-summary">{assignment.persona.summary}</p>
      <BriefDisclosure brief={assignment.persona.brief} headingLevel={4} />
      {assignment.note && <p className="my-assignment-note">“{assignment.note}”</p>}
      <p className="my-assignment-due" data-overdue={assignment.overdue || undefined}>
        {dueText(assignment.dueAt, assignment.overdue, now)}
      </p>
      <p className="my-assignment-record">
        Pass mark <strong>{assignment.passMark}</strong> · Best score <strong>{assignment.bestScore ?? '–'}</strong> · {assignment.attempts}{' '}
        {assignment.attempts === 1 ? 'attempt' : 'attempts'}
      </p>
      <div className="scenario-actions">
        {open && (
          <Link className="button button-primary" href={`/call/${encodeURIComponent(open)}`} aria-label={`Continue your open call: ${assignment.persona.name}`}>
            Continue your call
          </Link>
        )}
        <button type="button" className={open ? 'button' : 'button button-primary'} onClick={() => void start()} disabled={starting} aria-label={`${action}: ${assignment.persona.name}`} aria-describedby={`${headingId}-mode`}>
          {starting ? 'Connecting…' : action}
        </button>
        <span className="scenario-mode" id={`${headingId}-mode`}>
          {callModeLabel(callMode)}
          {scripted && ': the same customer for everyone'}
        </span>
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </article>
  )
}
