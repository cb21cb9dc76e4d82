import { type ExportFormat, personaExportUrl } from './persona-api'

const formats: ReadonlyArray<[ExportFormat, string]> = [
  ['yaml', 'YAML'],
  ['json', 'JSON'],
]

/** Download links for one persona's spec (its current version unless one is given). */
export function PersonaExportLinks({ personaId, name, version }: { personaId: string; name: string; version?: number }) {
  return (
    <span className="persona-export-links">
      <span aria-hidden="true">Export</span>
      {formats.map(([format, label]) => (
        <a key={format} className="persona-download" href={personaExportUrl(personaId, format, version)} download>
          <span className="visually-hidden">
            Export {name}
            {version === undefined ? '' : ` version ${version}`} as{' '}
          </span>
          {label}
        </a>
      ))}
    </span>
  )
}
