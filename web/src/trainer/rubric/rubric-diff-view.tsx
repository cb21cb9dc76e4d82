import type { RubricChange } from './rubric-api'
import { rubricChangeText } from './rubric-change-text'

/** What changed between two versions, one line per change, with the old and new wording side by side. */
export function RubricDiffView({ changes, titles }: { changes: readonly RubricChange[]; titles: ReadonlyMap<string, string> }) {
  if (changes.length === 0) return <p className="rubric-help">No differences: the two versions grade the same way.</p>
  return (
    <ul className="rubric-diff">
      {changes.map((change) => {
        const text = rubricChangeText(change, titles)
        return (
          <li key={`${change.kind}-${change.path}`} className="rubric-diff-item" data-kind={change.kind}>
            <p className="rubric-diff-where">
              <span className="chip">{text.what}</span> {text.where}
            </p>
            {text.before !== undefined && (
              <div className="rubric-diff-values">
                <del className="rubric-diff-before">
                  <span className="rubric-diff-label">
                    Before<span className="visually-hidden">:</span>
                  </span>{' '}
                  {text.before}
                </del>
                <ins className="rubric-diff-after">
                  <span className="rubric-diff-label">
                    After<span className="visually-hidden">:</span>
                  </span>{' '}
                  {text.after}
                </ins>
              </div>
            )}
          </li>
        )
      })}
    </ul>
  )
}
