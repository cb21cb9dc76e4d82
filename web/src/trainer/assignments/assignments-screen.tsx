import { useCallback, useEffect, useState } from 'react'
import { json } from '../../api/api-client'
import { PageHeading } from '../../layout/page-heading'
import { type AssignmentSummary, assignmentApi } from './assignment-api'
import { AssignmentDetailPanel } from './assignment-detail-panel'
import { AssignmentForm } from './assignment-form'
import { AssignmentTable } from './assignment-table'

/** Trainer: assign scenarios to trainees and follow their status. */
export function AssignmentsScreen() {
  const [assignments, setAssignments] = useState<AssignmentSummary[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const [rubricPassMark, setRubricPassMark] = useState<number | null>(null)
  const [created, setCreated] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      setAssignments((await assignmentApi.list()).assignments)
      setProblem(null)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not load the assignments.')
    }
  }, [])

  useEffect(() => {
    document.title = 'Assignments · toughcall'
    void load()
    json<{ rubric: { passMark: number } }>('/api/rubric')
      .then((current) => setRubricPassMark(current.rubric.passMark))
      .catch(() => setRubricPassMark(null))
  }, [load])

  const live = assignments?.filter((assignment) => !assignment.withdrawnAt) ?? []
  const withdrawn = assignments?.filter((assignment) => assignment.withdrawnAt) ?? []
  return (
    <div className="page assignments-page">
      <PageHeading>Assignments</PageHeading>
      <p className="page-intro">
        Give trainees a scenario to practise, with a due date and a pass mark if you like. They see it first on their home screen, with where they stand: not started, attempted or
        passed.
      </p>
      <div className="assignments-layout">
        <section aria-labelledby="assignments-live-title">
          <h2 className="section-title" id="assignments-live-title">
            Current assignments
          </h2>
          {problem && (
            <div className="form-problem" role="alert">
              <p>{problem}</p>
              <button type="button" className="button button-small" onClick={() => void load()}>
                Try again
              </button>
            </div>
          )}
          {!assignments && !problem && (
            <p className="page-loading" role="status">
              Loading assignments…
            </p>
          )}
          {assignments && live.length === 0 && <p className="empty assignment-empty">No assignments yet. Use the form below to give your team something to practise.</p>}
          {live.length > 0 && <AssignmentTable assignments={live} openId={openId} onOpen={setOpenId} caption="Current assignments" />}
          {withdrawn.length > 0 && (
            <details className="assignments-withdrawn">
              <summary>Withdrawn ({withdrawn.length})</summary>
              <AssignmentTable assignments={withdrawn} openId={openId} onOpen={setOpenId} caption="Withdrawn assignments" />
            </details>
          )}
        </section>
        {openId && <AssignmentDetailPanel key={openId} assignmentId={openId} onClose={() => setOpenId(null)} onChanged={() => void load()} />}
        <section className="panel">
          <AssignmentForm
            rubricPassMark={rubricPassMark}
            onCreated={(assignment) => {
              setCreated(`Assigned “${assignment.personaName ?? assignment.personaId}” to ${assignment.audience === 'all' ? 'everyone' : `${assignment.traineeCount} ${assignment.traineeCount === 1 ? 'trainee' : 'trainees'}`}.`)
              setOpenId(assignment.id)
              void load()
            }}
          />
          {created && (
            <p className="banner assignment-created" data-tone="good" role="status">
              {created}
            </p>
          )}
        </section>
      </div>
    </div>
  )
}
