import { randomUUID } from 'node:crypto'
import { hostileBroadbandCallbacks } from '../../../src/personas/builtin'
import type { PersonaSpec } from '../../../src/personas/persona-spec'
import type { TestApp } from '../../support/test-app'

/** A persona id no other test in the file uses (tests of one file share a database). */
export function uniquePersonaId(prefix = 'trainer-persona'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`
}

/** A valid trainer persona: the hostile built-in under a new id and name. */
export function trainerSpec(id = uniquePersonaId(), changes: Partial<PersonaSpec> = {}): PersonaSpec {
  return { ...structuredClone(hostileBroadbandCallbacks), id, name: 'Morgan Reeve', summary: 'Router swapped twice, still dropping every evening.', ...changes }
}

/** Creates a persona through the API as `cookie` and returns its spec. */
export async function createPersonaVia(testApp: TestApp, cookie: string, spec: PersonaSpec = trainerSpec(), note?: string): Promise<PersonaSpec> {
  const response = await testApp.request('/api/personas', { cookie, body: { spec, note } })
  if (response.status !== 201) throw new Error(`creating ${spec.id} failed: ${response.status} ${await response.text()}`)
  return spec
}
