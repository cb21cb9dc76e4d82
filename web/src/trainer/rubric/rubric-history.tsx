import { useState } from 'react'
import { type RubricChange, type RubricVersionSummary, rubricApi } from './rubric-api'
import { RubricDiffView } from './rubric-diff-view'
import { formatDateTime } from './format-date-time'

interface RubricHistoryProps {
  versions: readonly RubricVersionSummary[]
  currentVersion: number
  /** Criterion titles by id, to name criteria in the changes. */
  titles: ReadonlyMap<string, string>
  /** Asks before restoring; the screen reloads afterwards. */
  onRestore: (version: RubricVersionSummary) => void
}

/** A comparison shown under the version (`row`) whose button opened it. */
type Comparison = { row: number; from: number; to: number } & ({ state: 'loading' } | { state: 'ready'; changes: RubricChange[] } | { state: 'failed'; message: string })

/** Every saved version, newest first: who saved it and why, what it changed, and a way back to it. */
export function RubricHistory({ versions, currentVersion, titles, onRestore }: RubricHistoryProps) {
  const [comparison, setComparison] = useState<Comparison | null>(null)

  const isOpen = (row: number, from: number, to: number) => comparison?.row === row && comparison.from === from && comparison.to === to

  async function compare(row: number, from: number, to: number) {
    if (isOpen(row, from, to)) {
      setComparison(null)
      return
    }
    const same = (shown: Comparison | null) => shown?.row === row && shown.from === from && shown.to === to
    setComparison({ row, from, to, state: 'loading' })
    try {
      const { changes } = await rubricApi.diff(from, to)
      setComparison((shown) => (same(shown) ? { row, from, to, state: 'ready', changes } : shown))
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Could not compare the versions.'
      setComparison((shown) => (same(shown) ? { row, from, to, state: 'failed', message } : shown))
    }
  }

  return (
    <section className="panel rubric-history" aria-labelledby="rubric-history-title">
      <h2 className="section-title" id="rubric-history-title">
        Version history
      </h2>
      <p className="section-intro">Each save is a version. Calls already under way keep the version they started with; restoring an old one saves it again as the newest.</p>
      <ol className="rubric-versions">
        {versions.map((version) => {
          const current = version.version === currentVersion
          const shown = comparison?.row === version.version ? comparison : null
          return (
            <li key={version.version} className="rubric-version" data-current={current || undefined}>
              <div className="rubric-version-head">
                <p className="rubric-version-name">
                  <strong>Version {version.version}</strong> <code>{version.label}</code>
                  {current && <span className="chip rubric-current-chip">Current</span>}
                </p>
                <p className="rubric-help">
                  {formatDateTime(version.createdAt)} · {version.createdByName ?? 'toughcall'} · pass mark {version.passMark} · {version.criterionCount}{' '}
                  {version.criterionCount === 1 ? 'criterion' : 'criteria'}
                </p>
                {version.note && <p className="rubric-version-note">{version.note}</p>}
              </div>
              <div className="rubric-version-actions">
                {version.version > 1 && (
                  <button type="button" className="button button-small button-quiet" aria-expanded={isOpen(version.version, version.version - 1, version.version)} onClick={() => void compare(version.version, version.version - 1, version.version)}>
                    What changed
                  </button>
                )}
                {!current && (
                  <>
                    <button type="button" className="button button-small button-quiet" aria-expanded={isOpen(version.version, version.version, currentVersion)} onClick={() => void compare(version.version, version.version, currentVersion)}>
                      Compare with current
                    </button>
                    <button type="button" className="button button-small" onClick={() => onRestore(version)}>
                      Restore…
                    </button>
                  </>
                )}
              </div>
              {shown && (
                <div className="rubric-version-diff" aria-live="polite">
                  <p className="rubric-help">
                    From version {shown.from} to version {shown.to}:
                  </p>
                  {shown.state === 'loading' && <p role="status">Comparing…</p>}
                  {shown.state === 'failed' && (
                    <p className="form-problem" role="alert">
                      {shown.message}
                    </p>
                  )}
                  {shown.state === 'ready' && <RubricDiffView changes={shown.changes} titles={titles} />}
                </div>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
