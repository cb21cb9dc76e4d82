import type { PersonaChange } from '../../../../src/server/personas/persona-admin-types'
import { ChangeValue } from './change-value'
import { fieldLabel } from './persona-field-path'

const kindLabels: Record<PersonaChange['kind'], { label: string; tone: 'good' | 'bad' | 'neutral' }> = {
  added: { label: 'Added', tone: 'good' },
  removed: { label: 'Removed', tone: 'bad' },
  changed: { label: 'Changed', tone: 'neutral' },
}

/** The readable difference between two versions: each changed field, before and after. */
export function VersionDiff({ from, to, changes }: { from: number; to: number; changes: readonly PersonaChange[] }) {
  if (changes.length === 0) return <p className="persona-list-empty">Versions {from} and {to} are the same.</p>
  return (
    <ol className="persona-changes" aria-label={`Changes from version ${from} to version ${to}`}>
      {changes.map((change) => {
        const kind = kindLabels[change.kind]
        return (
          <li key={change.path} className="persona-change" data-kind={change.kind}>
            <div className="persona-change-head">
              <span className="badge" data-tone={kind.tone}>
                {kind.label}
              </span>
              <span className="persona-change-field">{fieldLabel(change.path)}</span>
              <code className="persona-change-path">{change.path}</code>
            </div>
            <div className="persona-change-sides">
              {change.kind !== 'added' && (
                <div className="persona-change-side" data-side="before">
                  <span className="persona-change-side-label">Version {from}</span>
                  <ChangeValue value={change.before} />
                </div>
              )}
              {change.kind === 'changed' && (
                <span className="persona-change-arrow" aria-hidden="true">
                  →
                </span>
              )}
              {change.kind !== 'removed' && (
                <div className="persona-change-side" data-side="after">
                  <span className="persona-change-side-label">Version {to}</span>
                  <ChangeValue value={change.after} />
                </div>
              )}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
