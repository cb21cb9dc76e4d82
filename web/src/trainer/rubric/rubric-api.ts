import type { RubricChange } from '../../../../src/server/rubric/rubric-diff'
import type { rubricVersionSummary, rubricVersionView } from '../../../../src/server/rubric/rubric-version-view'
import { json } from '../../api/api-client'

/** A stored rubric version: the whole rubric, who saved it and why. */
export type RubricVersionView = ReturnType<typeof rubricVersionView>
/** A line of the version history. */
export type RubricVersionSummary = ReturnType<typeof rubricVersionSummary>
export type { RubricChange }

/** What `PUT /api/rubric` takes: the next version's pass mark and criteria, as typed (the server checks them too). */
export interface RubricEdit {
  passMark: unknown
  criteria: unknown[]
  note?: string
  baseVersion: number
}

export const rubricApi = {
  current: () => json<RubricVersionView>('/api/rubric'),
  versions: () => json<{ currentVersion: number | null; versions: RubricVersionSummary[] }>('/api/rubric/versions'),
  version: (version: number) => json<RubricVersionView>(`/api/rubric/versions/${version}`),
  diff: (from: number, to: number) => json<{ from: number; to: number; changes: RubricChange[] }>(`/api/rubric/diff?from=${from}&to=${to}`),
  save: (edit: RubricEdit) => json<RubricVersionView>('/api/rubric', { method: 'PUT', body: edit }),
  restore: (version: number) => json<RubricVersionView>('/api/rubric/restore', { body: { version } }),
}
