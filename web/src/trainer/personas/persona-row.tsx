import type { ManagedPersona } from '../../../../src/server/personas/persona-admin-types'
import { archetypeName } from '../../labels/archetype-name'
import { Link } from '../../routing/link'
import { DifficultyDots } from '../../scenarios/difficulty-dots'
import { formatDateTime } from './format-date-time'
import { PersonaBadgeList } from './persona-badge-list'
import { PersonaExportLinks } from './persona-export-links'
import { PersonaStatusActions } from './persona-status-actions'

interface PersonaRowProps {
  persona: ManagedPersona
  onChanged: (persona: ManagedPersona) => void
  onDuplicate: (persona: ManagedPersona) => void
}

/** One persona in the trainer's list, with what can be done to it. */
export function PersonaRow({ persona, onChanged, onDuplicate }: PersonaRowProps) {
  const href = `/personas/${encodeURIComponent(persona.id)}`
  return (
    <tr className="persona-row" data-archived={persona.archived || undefined}>
      <th scope="row">
        <div className="persona-row-main">
          <Link href={href} className="persona-row-name">
            {persona.name}
          </Link>
          <span className="persona-row-kind">
            <span className="chip">{archetypeName(persona.archetype)}</span>
            <DifficultyDots difficulty={persona.difficulty} />
          </span>
          <span className="persona-row-summary">{persona.summary}</span>
          <code className="persona-row-id">{persona.id}</code>
        </div>
      </th>
      <td>
        <PersonaBadgeList persona={persona} />
      </td>
      <td className="persona-number-cell">{persona.versionCount}</td>
      <td className="persona-nowrap persona-saved-cell">{formatDateTime(persona.updatedAt)}</td>
      <td>
        <div className="persona-row-actions">
          <Link href={href} className="button button-small">
            {persona.builtin ? 'View' : 'Edit'}
            <span className="visually-hidden"> {persona.name}</span>
          </Link>
          <button type="button" className="button button-small" onClick={() => onDuplicate(persona)}>
            Duplicate<span className="visually-hidden"> {persona.name}</span>
          </button>
          <PersonaStatusActions persona={persona} onChanged={onChanged} compact />
          <PersonaExportLinks personaId={persona.id} name={persona.name} />
        </div>
      </td>
    </tr>
  )
}
