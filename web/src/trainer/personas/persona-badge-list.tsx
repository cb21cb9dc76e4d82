import type { ManagedPersona } from '../../../../src/server/personas/persona-admin-types'
import { personaBadges } from './persona-badges'

/** Built-in, published or draft, archived: as small badges, each with its meaning for screen readers. */
export function PersonaBadgeList({ persona }: { persona: Pick<ManagedPersona, 'builtin' | 'published' | 'archived'> }) {
  return (
    <ul className="badge-row persona-badges" aria-label="Status">
      {personaBadges(persona).map((badge) => (
        <li key={badge.label} className="badge persona-badge" data-tone={badge.tone} title={badge.hint}>
          {badge.label}
          <span className="visually-hidden">: {badge.hint}</span>
        </li>
      ))}
    </ul>
  )
}
