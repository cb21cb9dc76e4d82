import type { PersonaSpec } from '../../../../src/personas/persona-spec'
import type { ManagedPersona } from '../../../../src/server/personas/persona-admin-types'
import { DynamicsCheck } from './dynamics-check'
import { PractiseButtons } from './practise-buttons'

interface TestDrivePanelProps {
  persona: ManagedPersona | null
  dirty: boolean
  spec: PersonaSpec | null
}

/** Try the persona before trainees do: a practice call, and an automatic check of its mood dynamics. */
export function TestDrivePanel({ persona, dirty, spec }: TestDrivePanelProps) {
  return (
    <section className="panel persona-test-drive" id="test-drive" aria-labelledby="test-drive-title" tabIndex={-1}>
      <h2 className="section-title" id="test-drive-title">
        Test-drive
      </h2>
      <PractiseButtons persona={persona} dirty={dirty} />
      <DynamicsCheck spec={spec} />
    </section>
  )
}
