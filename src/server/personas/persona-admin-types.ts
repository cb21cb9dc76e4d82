import type { PersonaSpec } from '../../personas/persona-spec'

/*
 * Response types of the persona authoring API (`/api/personas`, trainer routes). The web app imports
 * these with `import type`; the routes build exactly these shapes.
 */

/** One persona as the trainer's list shows it: the current version's card plus its lifecycle. */
export interface ManagedPersona {
  id: string
  name: string
  archetype: PersonaSpec['archetype']
  difficulty: number
  summary: string
  builtin: boolean
  published: boolean
  archived: boolean
  currentVersion: number
  versionCount: number
  /** The persona this one was duplicated from, if any. */
  duplicatedFrom: string | null
  /** When the current version was saved (ISO 8601). */
  updatedAt: string
}

/** `GET /api/personas/manage` */
export interface ManagedPersonaList {
  personas: ManagedPersona[]
}

export interface PersonaVersionSummary {
  version: number
  /** ISO 8601. */
  createdAt: string
  /** The trainer who saved it; null for shipped built-in versions or a deleted account. */
  createdByName: string | null
  note: string | null
}

/** `GET /api/personas/:id/versions`, newest first. */
export interface PersonaVersionList {
  persona: ManagedPersona
  versions: PersonaVersionSummary[]
}

/** `GET /api/personas/:id/spec?version=N` */
export interface PersonaSpecResponse {
  persona: ManagedPersona
  version: number
  spec: PersonaSpec
}

export type PersonaChangeKind = 'added' | 'removed' | 'changed'

/** One difference between two versions, at a path such as `scenario.company` or `hiddenFacts[1].question`. */
export interface PersonaChange {
  path: string
  kind: PersonaChangeKind
  /** Undefined (absent from the JSON) for `added`. */
  before: unknown
  /** Undefined (absent from the JSON) for `removed`. */
  after: unknown
}

/** `GET /api/personas/:id/diff?from=A&to=B` */
export interface PersonaDiffResponse {
  from: number
  to: number
  changes: PersonaChange[]
}

/** `POST /api/personas`, `POST /api/personas/:id/duplicate` (201), `POST /api/personas/:id/restore` */
export interface PersonaSaved {
  persona: ManagedPersona
  version: number
}

/** `PUT /api/personas/:id`: `unchanged` when the spec was identical and no version was made. */
export interface PersonaUpdated extends PersonaSaved {
  unchanged: boolean
}

/** `POST /api/personas/:id/status` */
export interface PersonaStatusResponse {
  persona: ManagedPersona
}

/** The file `GET /api/personas/export` downloads. */
export interface PersonaBundle {
  kind: 'toughcall-personas'
  version: 1
  personas: PersonaSpec[]
}

export type PersonaImportAction = 'created' | 'new_version' | 'unchanged'

export interface PersonaImportResult {
  id: string
  action: PersonaImportAction
  /** The version the persona is (or, on a dry run, would be) at after the import. */
  version: number
  /** What was inferred to bring a persona written in an older shape up to date, in a trainer's words (empty when it was current). */
  upgradeNotes: string[]
}

/** `POST /api/personas/import` */
export interface PersonaImportResponse {
  results: PersonaImportResult[]
  dryRun: boolean
}

/** One problem in an imported file (`details.issues` of a 400 `validation_failed:import`). */
export interface PersonaImportIssue {
  /** The persona's id, or its position in the bundle ("#2") when it has no usable id; "" for the file itself. */
  persona: string
  /** Dotted path in the spec, e.g. `mood.start` or `hiddenFacts.1.id`; "" for the whole file or spec. */
  path: string
  /** 1-based line and column of the offending key in the file, when known. */
  line: number | null
  column: number | null
  message: string
}

/** `POST /api/personas/check-dynamics` */
export type { DynamicsCheck as DynamicsCheckResponse } from '../../personas/dynamics-check'
