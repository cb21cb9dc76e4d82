import type { DraftCriterion } from './rubric-draft'
import { rubricFieldHelp } from './rubric-field-help'
import { RubricTextField } from './rubric-text-field'

interface CriterionEditorProps {
  criterion: DraftCriterion
  index: number
  count: number
  /** Its weight as a share of the total, in percent. */
  share: number | null
  /** A built-in criterion (retiring it can be undone from the retired list). */
  builtin: boolean
  issuesAt: (field: string) => string[]
  /** Collapsed, it shows one line (title, weight, share); problems keep it open. */
  expanded: boolean
  onToggle: () => void
  domId: (field: string) => string
  onChange: (patch: Partial<DraftCriterion>) => void
  onMove: (offset: -1 | 1) => void
  onRetire: () => void
}

const originNote: Record<DraftCriterion['origin'], string | null> = {
  kept: null,
  added: 'New: saved with the next version',
  reinstated: 'Reinstated: back with the next version',
}

/** One criterion of the rubric: its wording, its 0/1/2 anchors, its weight, and its place in the order. */
export function CriterionEditor({ criterion, index, count, share, builtin, issuesAt, expanded, onToggle, domId, onChange, onMove, onRetire }: CriterionEditorProps) {
  const headingId = domId('heading')
  const name = criterion.title.trim() || criterion.id || `Criterion ${index + 1}`
  const field = (key: keyof typeof rubricFieldHelp) => ({ id: domId(key), label: rubricFieldHelp[key].label, help: rubricFieldHelp[key].help, issues: issuesAt(key) })
  const note = originNote[criterion.origin]
  return (
    <section className="rubric-criterion" aria-labelledby={headingId} data-origin={criterion.origin} data-expanded={expanded || undefined}>
      <header className="rubric-criterion-header">
        <h3 className="rubric-criterion-title" id={headingId}>
          <span className="rubric-criterion-number">{index + 1}.</span> {name} <code className="rubric-criterion-id">{criterion.id}</code>
        </h3>
        {builtin && <span className="chip">Built-in</span>}
        {note && <span className="chip rubric-origin">{note}</span>}
        <div className="rubric-criterion-actions">
          <button type="button" className="button button-small button-quiet" aria-expanded={expanded} aria-controls={domId('fields')} onClick={onToggle}>
            {expanded ? 'Collapse' : 'Edit'}
            <span className="visually-hidden"> “{name}”</span>
          </button>
          <button type="button" className="button button-small" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move “${name}” up`}>
            ↑ Up
          </button>
          <button type="button" className="button button-small" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move “${name}” down`}>
            ↓ Down
          </button>
          <button type="button" className="button button-small button-danger" onClick={onRetire} aria-label={`Retire “${name}”`}>
            Retire…
          </button>
        </div>
      </header>
      {!expanded && (
        <p className="rubric-criterion-summary">
          Weight <strong>{criterion.weight.trim() || '–'}</strong>
          {share !== null && <> · {share}% of the total</>}
          {criterion.appliesWhen.trim() && <> · applies {criterion.appliesWhen.trim()}</>}
          <span className="rubric-criterion-description">{criterion.description}</span>
        </p>
      )}
      <div className="rubric-criterion-grid" id={domId('fields')} hidden={!expanded}>
        {criterion.origin === 'added' && (
          <RubricTextField {...field('id')} value={criterion.id} maxLength={40} onChange={(id) => onChange({ id })} />
        )}
        <RubricTextField {...field('title')} value={criterion.title} maxLength={60} onChange={(title) => onChange({ title })} />
        <RubricTextField
          {...field('weight')}
          type="number"
          min={0}
          max={100}
          step="any"
          value={criterion.weight}
          onChange={(weight) => onChange({ weight })}
          after={
            <span className="rubric-share" id={domId('share')}>
              {share === null ? '–' : `${share}% of the total`}
            </span>
          }
        />
        <div className="rubric-wide">
          <RubricTextField {...field('description')} multiline rows={2} maxLength={600} value={criterion.description} onChange={(description) => onChange({ description })} />
        </div>
        {([2, 1, 0] as const).map((score) => (
          <div className="rubric-wide rubric-anchor" data-score={score} key={score}>
            <RubricTextField
              {...field(`anchors.${score}`)}
              multiline
              rows={2}
              maxLength={400}
              value={criterion.anchors[score]}
              onChange={(text) => onChange({ anchors: { ...criterion.anchors, [score]: text } })}
            />
          </div>
        ))}
        <div className="rubric-wide">
          <RubricTextField {...field('coachingTip')} multiline rows={2} maxLength={240} value={criterion.coachingTip} onChange={(coachingTip) => onChange({ coachingTip })} />
        </div>
        <div className="rubric-wide">
          <RubricTextField {...field('appliesWhen')} maxLength={200} value={criterion.appliesWhen} onChange={(appliesWhen) => onChange({ appliesWhen })} />
        </div>
      </div>
    </section>
  )
}
