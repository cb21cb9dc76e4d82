import type { PersonaSpec } from '../../../../src/personas/persona-spec'
import type {
  DynamicsCheckResponse,
  ManagedPersonaList,
  PersonaDiffResponse,
  PersonaImportResponse,
  PersonaSaved,
  PersonaSpecResponse,
  PersonaStatusResponse,
  PersonaUpdated,
  PersonaVersionList,
} from '../../../../src/server/personas/persona-admin-types'
import { json } from '../../api/api-client'

export type ExportFormat = 'yaml' | 'json'

const personaPath = (personaId: string) => `/api/personas/${encodeURIComponent(personaId)}`

/** The trainer's persona authoring API (`/api/personas`). */
export const personaApi = {
  list: () => json<ManagedPersonaList>('/api/personas/manage'),
  versions: (personaId: string) => json<PersonaVersionList>(`${personaPath(personaId)}/versions`),
  spec: (personaId: string, version?: number) =>
    json<PersonaSpecResponse>(`${personaPath(personaId)}/spec${version === undefined ? '' : `?version=${version}`}`),
  diff: (personaId: string, from: number, to: number) => json<PersonaDiffResponse>(`${personaPath(personaId)}/diff?from=${from}&to=${to}`),
  create: (spec: PersonaSpec, note?: string) => json<PersonaSaved>('/api/personas', { body: note ? { spec, note } : { spec } }),
  update: (personaId: string, spec: PersonaSpec, note?: string) =>
    json<PersonaUpdated>(personaPath(personaId), { method: 'PUT', body: note ? { spec, note } : { spec } }),
  restore: (personaId: string, version: number) => json<PersonaSaved>(`${personaPath(personaId)}/restore`, { body: { version } }),
  setStatus: (personaId: string, status: { published?: boolean; archived?: boolean }) =>
    json<PersonaStatusResponse>(`${personaPath(personaId)}/status`, { body: status }),
  duplicate: (personaId: string, copy: { id: string; name: string }) => json<PersonaSaved>(`${personaPath(personaId)}/duplicate`, { body: copy }),
  importFile: (file: { content: string; filename: string; dryRun: boolean }) => json<PersonaImportResponse>('/api/personas/import', { body: file }),
  checkDynamics: (spec: PersonaSpec) => json<DynamicsCheckResponse>('/api/personas/check-dynamics', { body: { spec } }),
}

/** Download address of one persona (optionally one version) as a file. */
export function personaExportUrl(personaId: string, format: ExportFormat, version?: number): string {
  return `${personaPath(personaId)}/export?format=${format}${version === undefined ? '' : `&version=${version}`}`
}

/** Download address of the bundle of every persona that is not archived. */
export function personaBundleUrl(format: ExportFormat): string {
  return `/api/personas/export?format=${format}`
}
