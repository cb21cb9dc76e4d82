import { type MouseEvent, useEffect, useRef } from 'react'
import { fieldDomId, fieldLabel } from './persona-field-path'
import type { FieldIssue } from './persona-validation'

/** Moves to a field (or the first control of a list), so "fix this" is one click away. */
function goToField(event: MouseEvent<HTMLAnchorElement>, path: string) {
  const element = document.getElementById(fieldDomId(path))
  if (!element) return
  event.preventDefault()
  const control = element.matches('input, textarea, select') ? element : element.querySelector<HTMLElement>('input, textarea, select, button')
  element.scrollIntoView({ block: 'center' })
  control?.focus({ preventScroll: true })
}

/** Every problem in the persona after a save attempt, each linked to its field. */
export function IssueSummary({ issues, saveAttempt }: { issues: readonly FieldIssue[]; saveAttempt: number }) {
  const summary = useRef<HTMLDivElement>(null)
  const shownForAttempt = useRef(0)
  const hasIssues = issues.length > 0
  // After each failed save (and only then, not while the trainer edits), bring the list into view.
  useEffect(() => {
    if (!hasIssues || shownForAttempt.current === saveAttempt) return
    shownForAttempt.current = saveAttempt
    summary.current?.scrollIntoView({ block: 'start' })
    summary.current?.focus({ preventScroll: true })
  }, [saveAttempt, hasIssues])
  if (!hasIssues) return null
  return (
    <div ref={summary} tabIndex={-1} className="banner persona-issue-summary" data-tone="bad" role="alert" aria-labelledby="persona-issue-summary-title">
      <p className="banner-title" id="persona-issue-summary-title">
        {issues.length === 1 ? 'Fix this problem before saving' : `Fix these ${issues.length} problems before saving`}
      </p>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            {issue.path === '' ? (
              issue.message
            ) : (
              <a href={`#${fieldDomId(issue.path)}`} onClick={(event) => goToField(event, issue.path)}>
                {fieldLabel(issue.path)}: {issue.message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
