import type { RubricCriterion } from '../../../../src/grader/rubric'

/** The built-in criteria the rubric leaves out, each one click from coming back. */
export function RetiredCriteria({ criteria, onReinstate }: { criteria: readonly RubricCriterion[]; onReinstate: (criterion: RubricCriterion) => void }) {
  if (criteria.length === 0) return null
  return (
    <section className="rubric-retired" aria-labelledby="rubric-retired-title">
      <h3 className="rubric-subtitle" id="rubric-retired-title">
        Retired built-in criteria
      </h3>
      <p className="rubric-help">These are not graded. Reinstating one brings it back as shipped, under its own id, so its history on the dashboard carries on.</p>
      <ul className="rubric-retired-list">
        {criteria.map((criterion) => (
          <li key={criterion.id} className="rubric-retired-item">
            <span>
              <strong>{criterion.title}</strong> <code className="rubric-criterion-id">{criterion.id}</code>
              <span className="rubric-help rubric-retired-description">{criterion.description}</span>
            </span>
            <button type="button" className="button button-small" onClick={() => onReinstate(criterion)} aria-label={`Reinstate “${criterion.title}”`}>
              Reinstate
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
