import { type MouseEvent, useEffect, useRef } from 'react'
import type { RubricIssue } from './rubric-draft'
import { issueLabel } from './rubric-field-help'

interface RubricIssueSummaryProps {
  issues: readonly RubricIssue[]
  /** Changes on every save attempt, so the summary comes into view each time. */
  saveAttempt: number
  domId: (path: string) => string
  titles: readonly string[]
}

/** Every problem after a save attempt, each a link to its field, so the trainer sees why nothing was saved. */
export function RubricIssueSummary({ issues, saveAttempt, domId, titles }: RubricIssueSummaryProps) {
  const summary = useRef<HTMLDivElement>(null)
  const hasIssues = issues.length > 0
  useEffect(() => {
    if (!hasIssues) return
    summary.current?.scrollIntoView({ block: 'start' })
    summary.current?.focus({ preventScroll: true })
  }, [saveAttempt, hasIssues])
  if (!hasIssues) return null
  const ordered = [...issues].sort((first, second) => issueRank(first.path) - issueRank(second.path))

  function goTo(event: MouseEvent<HTMLAnchorElement>, path: string) {
    const element = document.getElementById(domId(path))
    if (!element) return
    event.preventDefault()
    element.scrollIntoView({ block: 'center' })
    element.focus({ preventScroll: true })
  }

  return (
    <div ref={summary} tabIndex={-1} className="banner rubric-issue-summary" data-tone="bad" role="alert" aria-labelledby="rubric-issue-summary-title">
      <p className="banner-title" id="rubric-issue-summary-title">
        {issues.length === 1 ? 'Fix this problem before saving' : `Fix these ${issues.length} problems before saving`}
      </p>
      <ul>
        {ordered.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            <a href={`#${domId(issue.path)}`} onClick={(event) => goTo(event, issue.path)}>
              {issueLabel(issue.path, titles)}: {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

const fieldOrder = ['id', 'title', 'weight', 'description', 'anchors.2', 'anchors.1', 'anchors.0', 'coachingTip', 'appliesWhen']

/** Problems in the order the form shows their fields: pass mark, then each criterion top to bottom (anchors 2, 1, 0). */
function issueRank(path: string): number {
  if (path === 'passMark') return -2
  const match = path.match(/^criteria\.(\d+)(?:\.(.+))?$/)
  if (!match) return -1
  const field = match[2] ? fieldOrder.indexOf(match[2]) : -1
  return Number(match[1]) * 100 + (field === -1 ? 99 : field)
}
