import { archetypeName } from '../../labels/archetype-name'
import { Link } from '../../routing/link'
import { type StartChoice, startChoices, startChoiceText } from './persona-templates'

/** The ways to start a new persona: from a built-in persona of each archetype, or blank. */
export function StartFromChoices({ onChoose }: { onChoose?: (choice: StartChoice) => void }) {
  return (
    <ul className="persona-start-choices">
      {startChoices.map((choice) => (
        <li key={choice}>
          <Link
            className="persona-start-choice"
            data-archetype={choice}
            href={`/personas/new?from=${choice}`}
            onClick={(event) => {
              if (!onChoose) return
              event.preventDefault()
              onChoose(choice)
            }}
          >
            <span className="persona-start-title">{choice === 'custom' ? startChoiceText[choice].title : `Start from ${archetypeName(choice).toLowerCase()}`}</span>
            <span className="persona-start-hint">{startChoiceText[choice].hint}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
