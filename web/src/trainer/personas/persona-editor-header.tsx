import type { ManagedPersona } from '../../../../src/server/personas/persona-admin-types'
import { PageHeading } from '../../layout/page-heading'
import { Link } from '../../routing/link'
import { formatDateTime } from './format-date-time'
import { PersonaBadgeList } from './persona-badge-list'
import { PersonaExportLinks } from './persona-export-links'
import { PersonaStatusActions } from './persona-status-actions'

interface PersonaEditorHeaderProps {
  /** The saved persona; null for a new one. */
  persona: ManagedPersona | null
  title: string
  onChanged: (persona: ManagedPersona) => void
  onDuplicate: () => void
}

/** The editor's heading, the persona's status and version, and what can be done with it as a whole. */
export function PersonaEditorHeader({ persona, title, onChanged, onDuplicate }: PersonaEditorHeaderProps) {
  return (
    <header className="persona-editor-header">
      <p className="breadcrumb">
        <Link href="/personas">← Personas</Link>
      </p>
      <div className="persona-editor-title-row">
        <div className="persona-editor-title">
          <PageHeading>{title}</PageHeading>
          {persona ? (
            <div className="persona-editor-meta">
              <PersonaBadgeList persona={persona} />
              <span>
                Version {persona.currentVersion} · saved {formatDateTime(persona.updatedAt)}
              </span>
              {persona.duplicatedFrom && (
                <span>
                  Copied from <Link href={`/personas/${encodeURIComponent(persona.duplicatedFrom)}`}>{persona.duplicatedFrom}</Link>
                </span>
              )}
            </div>
          ) : (
            <p className="persona-editor-meta">New persona · saved as a draft that only trainers can see until you publish it</p>
          )}
        </div>
        {persona && (
          <div className="persona-editor-actions">
            <PersonaStatusActions persona={persona} onChanged={onChanged} />
            <button type="button" className="button" onClick={onDuplicate}>
              Duplicate
            </button>
            <PersonaExportLinks personaId={persona.id} name={persona.name} />
          </div>
        )}
      </div>
      {persona && (
        <nav className="persona-jump" aria-label="On this page">
          <a href="#persona-form">Edit</a>
          <a href="#test-drive">Test-drive</a>
          <a href="#versions">Version history</a>
        </nav>
      )}
    </header>
  )
}
