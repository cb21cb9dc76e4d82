import { useState } from 'react'
import type { Rubric } from '../../../../src/grader/rubric'
import { type RubricDraft, newCriterionIdProblem, slugFromTitle } from './rubric-draft'
import { rubricFieldHelp } from './rubric-field-help'
import { RubricTextField } from './rubric-text-field'

/** Adds a criterion by title and id; the rest of its fields are then written in its own editor. */
export function AddCriterionForm({ draft, shipped, onAdd }: { draft: RubricDraft; shipped: Rubric; onAdd: (criterion: { id: string; title: string }) => void }) {
  const [title, setTitle] = useState('')
  const [id, setId] = useState('')
  const [idEdited, setIdEdited] = useState(false)
  const [issues, setIssues] = useState<{ title: string[]; id: string[] }>({ title: [], id: [] })

  function changeTitle(value: string) {
    setTitle(value)
    if (!idEdited) setId(slugFromTitle(value))
  }

  // A nested <form> is not allowed inside the rubric form, so this is a group with its own button.
  function add() {
    const titleIssues = title.trim() ? [] : ['Give the criterion a title.']
    const idProblem = newCriterionIdProblem(id, draft, shipped)
    setIssues({ title: titleIssues, id: idProblem ? [idProblem] : [] })
    if (titleIssues.length > 0 || idProblem) return
    onAdd({ id: id.trim(), title: title.trim() })
    setTitle('')
    setId('')
    setIdEdited(false)
  }

  return (
    <div
      className="rubric-add"
      role="group"
      aria-labelledby="rubric-add-title"
      onKeyDown={(event) => {
        // Enter here adds the criterion; it must not submit (save) the whole rubric.
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault()
          add()
        }
      }}
    >
      <h3 className="rubric-subtitle" id="rubric-add-title">
        Add a criterion
      </h3>
      <div className="rubric-add-fields">
        <RubricTextField id="rubric-add-title-input" label="Title" issues={issues.title} value={title} maxLength={60} onChange={changeTitle} />
        <RubricTextField
          id="rubric-add-id"
          label={rubricFieldHelp.id.label}
          help={rubricFieldHelp.id.help}
          issues={issues.id}
          value={id}
          maxLength={40}
          onChange={(value) => {
            setId(value)
            setIdEdited(true)
          }}
        />
        <div className="rubric-add-action">
          <button type="button" className="button" onClick={() => add()}>
            Add criterion
          </button>
        </div>
      </div>
    </div>
  )
}
