import { PageHeading } from '../../layout/page-heading'

/** Trainer: author a persona in a form (new when personaId is null), with versions, diff and test-drive. */
export function PersonaEditorScreen(_props: { personaId: string | null }) {
  return (
    <div className="page">
      <PageHeading>Persona</PageHeading>
    </div>
  )
}
