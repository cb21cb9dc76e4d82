import { PageHeading } from '../../layout/page-heading'
import { Link } from '../../routing/link'
import type { StartChoice } from './persona-templates'
import { StartFromChoices } from './start-from-choices'

/** The first step of a new persona: what to start from. */
export function PersonaStartChooser({ onChoose }: { onChoose: (choice: StartChoice) => void }) {
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href="/personas">← Personas</Link>
      </p>
      <PageHeading>New persona</PageHeading>
      <p className="page-intro">
        Start from one of the built-in customers and make it yours (their scenario, facts, mood numbers and lines are copied into the form), or start blank and
        describe a customer of your own.
      </p>
      <StartFromChoices onChoose={onChoose} />
    </div>
  )
}
