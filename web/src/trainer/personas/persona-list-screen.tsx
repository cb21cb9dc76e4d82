import { PageHeading } from '../../layout/page-heading'

/** Trainer: every persona (built-in, drafts, archived), import and export. */
export function PersonaListScreen() {
  return (
    <div className="page">
      <PageHeading>Personas</PageHeading>
    </div>
  )
}
