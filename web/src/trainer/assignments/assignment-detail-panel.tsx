import { useEffect, useState } from 'react'
import { Link } from '../../routing/link'
import { ConfirmDialog } from '../rubric/confirm-dialog'
import { formatDateTime } from '../rubric/format-date-time'
import { type AssignmentDetail, assignmentApi } from './assignment-api'
import { assignmentModeText, audienceText, dueDateText, passMarkText, shortDateTime } from './assignment-labels'
import { AssignmentStatusBadge } from './assignment-status-badge'

interface AssignmentDetailPanelProps {
  assignmentId: string
  onClose: () => void
  /** After a withdrawal, so the list can refresh. */
  onChanged: () => void
}

/** One assignment: what it is, and a row per trainee with status, attempts, best score and last attempt. */
export function AssignmentDetailPanel({ assignmentId, onClose, onChanged }: AssignmentDetailPanelProps) {
  const [detail, setDetail] = useState<AssignmentDetail | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)

  useEffect(() => {
    let current = true
    setDetail(null)
    setProblem(null)
    assignmentApi
      .detail(assignmentId)
      .then((loaded) => current && setDetail(loaded))
      .catch((error: Error) => current && setProblem(error.message))
    return () => {
      current = false
    }
  }, [assignmentId])

  async function withdraw() {
    const withdrawn = await assignmentApi.withdraw(assignmentId)
    setDetail(withdrawn)
    setConfirming(false)
    onChanged()
  }

  const now = new Date()
  return (
    <section className="panel assignment-detail" aria-labelledby="assignment-detail-title" aria-busy={!detail && !problem}>
      <div className="assignment-detail-head">
        <h2 className="section-title" id="assignment-detail-title">
          {detail ? (detail.personaName ?? detail.personaId) : 'Assignment'}
        </h2>
        <button type="button" className="button button-small button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {!detail && !problem && <p role="status">Loading…</p>}
      {detail && (
        <>
          <dl className="assignment-facts">
            <div>
              <dt>For</dt>
              <dd>{audienceText(detail)}</dd>
            </div>
            <div>
              <dt>Due</dt>
              <dd>{detail.dueAt ? dueDateText(detail.dueAt, now) : 'No due date'}</dd>
            </div>
            <div>
              <dt>Pass mark</dt>
              <dd>{passMarkText(detail)}</dd>
            </div>
            <div>
              <dt>Kind</dt>
              <dd>{assignmentModeText(detail.mode)}</dd>
            </div>
            <div>
              <dt>Set</dt>
              <dd>
                {formatDateTime(detail.createdAt)}
                {detail.createdByName ? ` by ${detail.createdByName}` : ''}
              </dd>
            </div>
          </dl>
          {detail.note && <p className="assignment-note">“{detail.note}”</p>}
          {!detail.personaAvailable && !detail.withdrawnAt && (
            <p className="banner" data-tone="neutral">
              Its scenario is archived or back in draft, so trainees can’t start it now.
            </p>
          )}
          {detail.withdrawnAt ? (
            <p className="banner" data-tone="neutral">
              Withdrawn {formatDateTime(detail.withdrawnAt)}: trainees no longer see it. Their calls for it are kept.
            </p>
          ) : (
            <p>
              <button type="button" className="button button-danger button-small" onClick={() => setConfirming(true)}>
                Withdraw…
              </button>
            </p>
          )}
          {detail.trainees.length === 0 ? (
            <p className="empty">No trainees yet. Everyone who joins the team will get it.</p>
          ) : (
            <div className="assignment-table-frame">
              <table className="data-table assignment-table">
                <caption className="visually-hidden">Where each trainee stands</caption>
                <thead>
                  <tr>
                    <th scope="col">Trainee</th>
                    <th scope="col">Status</th>
                    <th scope="col">Attempts</th>
                    <th scope="col">Best score</th>
                    <th scope="col">Last attempt</th>
                  </tr>
                </thead>
                <tbody>
                  {detail.trainees.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">
                        {row.name}
                        {!row.active && <span className="tag">Deactivated</span>}
                        <span className="assignment-help assignment-email">{row.email}</span>
                      </th>
                      <td>
                        <AssignmentStatusBadge status={row.status} />
                        {row.overdue && <span className="assignment-overdue-tag">Overdue</span>}
                      </td>
                      <td>{row.attempts}</td>
                      <td>
                        {row.bestScore === null ? (
                          '–'
                        ) : row.bestSessionId ? (
                          <Link href={`/results/calls/${encodeURIComponent(row.bestSessionId)}`} aria-label={`Best score ${row.bestScore}: review ${row.name}’s call`}>
                            {row.bestScore}
                          </Link>
                        ) : (
                          row.bestScore
                        )}
                      </td>
                      <td>
                        {row.lastAttemptAt && row.lastSessionId ? (
                          <Link href={`/results/calls/${encodeURIComponent(row.lastSessionId)}`} aria-label={`Review ${row.name}’s last call, ${formatDateTime(row.lastAttemptAt)}`}>
                            {shortDateTime(new Date(row.lastAttemptAt))}
                          </Link>
                        ) : (
                          '–'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <ConfirmDialog open={confirming} title="Withdraw this assignment?" confirmLabel="Withdraw it" danger onCancel={() => setConfirming(false)} onConfirm={withdraw}>
        <p>Trainees will no longer see it or be able to start it. The calls they made for it, and their scores, are kept.</p>
      </ConfirmDialog>
    </section>
  )
}
