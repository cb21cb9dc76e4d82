import { type FormEvent, type KeyboardEvent, useCallback, useEffect, useMemo, useState } from 'react'
import { defaultRubric, type RubricCriterion } from '../../../../src/grader/rubric'
import { ApiError } from '../../api/api-error'
import { PageHeading } from '../../layout/page-heading'
import { AddCriterionForm } from './add-criterion-form'
import { ConfirmDialog } from './confirm-dialog'
import { CriterionEditor } from './criterion-editor'
import { formatDateTime } from './format-date-time'
import { type RubricVersionSummary, type RubricVersionView, rubricApi } from './rubric-api'
import {
  addCriterion,
  type DraftCriterion,
  draftChanged,
  draftFromRubric,
  draftIssues,
  issuesByPath,
  moveCriterion,
  reinstateCriterion,
  retireCriterion,
  retiredShippedCriteria,
  rubricInput,
  type RubricDraft,
  type RubricIssue,
  weightShares,
} from './rubric-draft'
import { rubricFieldHelp } from './rubric-field-help'
import { RubricHistory } from './rubric-history'
import { RubricIssueSummary } from './rubric-issue-summary'
import { RubricSaveBar } from './rubric-save-bar'
import { RubricTextField } from './rubric-text-field'
import { RetiredCriteria } from './retired-criteria'
import { WeightShares } from './weight-shares'

interface Loaded {
  current: RubricVersionView
  versions: RubricVersionSummary[]
}

const shippedIds = new Set(defaultRubric.criteria.map((criterion) => criterion.id))

/** Where a field lives in the page, by its issue path (`criteria.2.anchors.0` → the third criterion's 0 anchor). */
function fieldDomId(path: string, draft: RubricDraft): string {
  const match = path.match(/^criteria\.(\d+)\.(.+)$/)
  const key = match ? draft.criteria[Number(match[1])]?.key : undefined
  if (match && key) return `rubric-${key}-${match[2]!.replace(/\./g, '-')}`
  return path === 'passMark' ? 'rubric-passMark' : 'rubric-criteria'
}

/** Trainer: edit the rubric (criteria, anchors, weights, pass mark), versioned. */
export function RubricScreen() {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [loadProblem, setLoadProblem] = useState<string | null>(null)
  const [draft, setDraft] = useState<RubricDraft | null>(null)
  const [note, setNote] = useState('')
  /** Fields the trainer has edited, by criterion key and field (issues show there before the first save attempt). */
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [saveAttempt, setSaveAttempt] = useState(0)
  const [serverIssues, setServerIssues] = useState<RubricIssue[]>([])
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null)
  const [saving, setSaving] = useState(false)
  const [savedMessage, setSavedMessage] = useState<string | null>(null)
  const [retiring, setRetiring] = useState<number | null>(null)
  const [restoring, setRestoring] = useState<RubricVersionSummary | null>(null)
  /** Criteria open for editing, by key; the rest show one line each so the whole rubric fits on a screen or two. */
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())

  const load = useCallback(async () => {
    setLoadProblem(null)
    try {
      const [current, history] = await Promise.all([rubricApi.current(), rubricApi.versions()])
      setLoaded({ current, versions: history.versions })
      setDraft(draftFromRubric(current.rubric))
      setExpanded(new Set())
      setTouched(new Set())
      setSaveAttempt(0)
      setServerIssues([])
      setProblem(null)
    } catch (error) {
      setLoadProblem(error instanceof Error ? error.message : 'Could not load the rubric.')
    }
  }, [])

  useEffect(() => {
    document.title = 'Rubric · toughcall'
    void load()
  }, [load])

  const changed = !!(draft && loaded && draftChanged(draft, loaded.current.rubric))
  useEffect(() => {
    if (!changed) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [changed])

  const clientIssues = useMemo(() => (draft ? draftIssues(draft, defaultRubric) : []), [draft])
  const shownIssues = useMemo(() => {
    if (!draft) return []
    const touchedPath = (path: string) => {
      if (path === 'passMark') return touched.has('passMark')
      const match = path.match(/^criteria\.(\d+)\.(.+)$/)
      const key = match ? draft.criteria[Number(match[1])]?.key : undefined
      return !!(match && key && touched.has(`${key}.${match[2]}`))
    }
    const own = saveAttempt > 0 ? clientIssues : clientIssues.filter((issue) => touchedPath(issue.path))
    return [...own, ...serverIssues.filter((issue) => !own.some((mine) => mine.path === issue.path && mine.message === issue.message))]
  }, [clientIssues, serverIssues, touched, saveAttempt, draft])
  const issuesAt = useMemo(() => issuesByPath(shownIssues), [shownIssues])

  if (loadProblem) {
    return (
      <div className="page">
        <PageHeading>Rubric</PageHeading>
        <p className="form-problem" role="alert">
          {loadProblem}
        </p>
        <button type="button" className="button" onClick={() => void load()}>
          Try again
        </button>
      </div>
    )
  }
  if (!loaded || !draft) {
    return (
      <div className="page">
        <PageHeading>Rubric</PageHeading>
        <p className="page-loading" role="status">
          Loading the rubric…
        </p>
      </div>
    )
  }

  const { current } = loaded
  const shares = weightShares(draft)
  const retired = retiredShippedCriteria(draft, defaultRubric)
  const titles = new Map([...defaultRubric.criteria, ...current.rubric.criteria].map((criterion) => [criterion.id, criterion.title]))

  function edit(next: RubricDraft, touchedField?: string) {
    setDraft(next)
    setServerIssues([])
    setSavedMessage(null)
    if (touchedField) setTouched((fields) => new Set(fields).add(touchedField))
  }

  function toggle(key: string) {
    setExpanded((keys) => {
      const next = new Set(keys)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })
  }

  /** Adds or reinstates a criterion and opens it, since its fields are what comes next. */
  function append(next: RubricDraft) {
    const added = next.criteria.at(-1)
    edit(next)
    if (added) setExpanded((keys) => new Set(keys).add(added.key))
  }

  const allExpanded = draft.criteria.every((criterion) => expanded.has(criterion.key))

  function changeCriterion(index: number, patch: Partial<DraftCriterion>) {
    const criterion = draft!.criteria[index]!
    const field = Object.keys(patch)[0] === 'anchors' ? `anchors.${changedAnchor(criterion, patch)}` : Object.keys(patch)[0]
    edit({ ...draft!, criteria: draft!.criteria.map((entry, position) => (position === index ? { ...entry, ...patch } : entry)) }, `${criterion.key}.${field}`)
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    setSaveAttempt((count) => count + 1)
    setProblem(null)
    setSavedMessage(null)
    if (clientIssues.length > 0) return
    setSaving(true)
    try {
      const { passMark, criteria } = rubricInput(draft!)
      const saved = await rubricApi.save({ passMark, criteria, note: note.trim() || undefined, baseVersion: current.version })
      await load()
      setNote('')
      setSavedMessage(`Saved as version ${saved.version}. New calls are graded under it from now on; calls already under way keep the version they started with.`)
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation_failed') {
        const issues = (error.details as { issues?: { path: string[]; message: string }[] } | undefined)?.issues ?? []
        setServerIssues(issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })))
        if (issues.length === 0) setProblem({ message: error.message, conflict: false })
      } else {
        setProblem({ message: error instanceof Error ? error.message : 'Could not save the rubric.', conflict: error instanceof ApiError && error.code === 'conflict:rubric_changed' })
      }
    } finally {
      setSaving(false)
    }
  }

  /** Enter in a one-line field must not save a version by accident; the note field is where Enter means "save". */
  function guardEnter(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target
    if (event.key === 'Enter' && target instanceof HTMLInputElement && target.id !== 'rubric-note') event.preventDefault()
  }

  async function restore(version: RubricVersionSummary) {
    const restored = await rubricApi.restore(version.version)
    setRestoring(null)
    await load()
    setNote('')
    setSavedMessage(`Version ${version.version} restored as version ${restored.version}; new calls are graded under it from now on.`)
  }

  const retiringCriterion = retiring === null ? null : draft.criteria[retiring]
  return (
    <div className="page rubric-page">
      <PageHeading>Rubric</PageHeading>
      <p className="page-intro">
        What the grader scores on every reply, how much each part counts, and what passes. Each save is a new version: new calls use it at once, calls already under way keep the
        version they started with, and every grade records the version it was given under.
      </p>
      <p className="rubric-current-line">
        Current: <strong>version {current.version}</strong> <code>{current.rubric.version}</code> · saved {formatDateTime(current.createdAt)} by {current.createdByName ?? 'toughcall'}
        {current.note && <> · “{current.note}”</>}
      </p>
      {savedMessage && (
        <p className="banner" data-tone="good" role="status">
          {savedMessage}
        </p>
      )}

      <form className="rubric-form" onSubmit={save} onKeyDown={guardEnter} noValidate aria-label="Edit the rubric">
        <RubricIssueSummary issues={saveAttempt > 0 ? shownIssues : []} saveAttempt={saveAttempt} domId={(path) => fieldDomId(path, draft)} titles={draft.criteria.map((criterion) => criterion.title)} />

        <section className="panel rubric-overview" aria-labelledby="rubric-overview-title">
          <h2 className="section-title" id="rubric-overview-title">
            Passing and weights
          </h2>
          <div className="rubric-overview-grid">
            <RubricTextField
              id="rubric-passMark"
              label={rubricFieldHelp.passMark.label}
              help={rubricFieldHelp.passMark.help}
              issues={issuesAt.get('passMark') ?? []}
              type="number"
              min={0}
              max={100}
              step="any"
              value={draft.passMark}
              onChange={(passMark) => edit({ ...draft, passMark }, 'passMark')}
            />
            <WeightShares draft={draft} shares={shares} />
          </div>
        </section>

        <section className="panel" aria-labelledby="rubric-criteria-title">
          <h2 className="section-title" id="rubric-criteria-title">
            Criteria
          </h2>
          <p className="section-intro">In the order the scorecard shows them. Each is scored 0, 1 or 2 (or n/a when it does not apply) on every reply.</p>
          {(issuesAt.get('criteria') ?? []).length > 0 && (
            <ul className="rubric-issues" id="rubric-criteria" role="alert" tabIndex={-1}>
              {issuesAt.get('criteria')!.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          <p className="rubric-criteria-tools">
            <button type="button" className="button button-small button-quiet" onClick={() => setExpanded(allExpanded ? new Set() : new Set(draft.criteria.map((criterion) => criterion.key)))}>
              {allExpanded ? 'Collapse all' : 'Expand all'}
            </button>
          </p>
          <div className="rubric-criteria">
            {draft.criteria.map((criterion, index) => (
              <CriterionEditor
                key={criterion.key}
                criterion={criterion}
                index={index}
                count={draft.criteria.length}
                share={shares[index] ?? null}
                builtin={shippedIds.has(criterion.id) && criterion.origin !== 'added'}
                issuesAt={(field) => issuesAt.get(`criteria.${index}.${field}`) ?? []}
                expanded={expanded.has(criterion.key) || shownIssues.some((issue) => issue.path.startsWith(`criteria.${index}.`))}
                onToggle={() => toggle(criterion.key)}
                domId={(field) => `rubric-${criterion.key}-${field.replace(/\./g, '-')}`}
                onChange={(patch) => changeCriterion(index, patch)}
                onMove={(offset) => edit(moveCriterion(draft, index, offset))}
                onRetire={() => setRetiring(index)}
              />
            ))}
          </div>
          <RetiredCriteria criteria={retired} onReinstate={(criterion: RubricCriterion) => append(reinstateCriterion(draft, criterion))} />
          <AddCriterionForm draft={draft} shipped={defaultRubric} onAdd={(criterion) => append(addCriterion(draft, criterion))} />
        </section>

        <RubricSaveBar
          note={note}
          onNoteChange={setNote}
          changed={changed}
          saving={saving}
          nextVersion={current.version + 1}
          problem={problem}
          onDiscard={() => edit(draftFromRubric(current.rubric))}
          onReload={() => void load()}
        />
      </form>

      <RubricHistory versions={loaded.versions} currentVersion={current.version} titles={titles} onRestore={setRestoring} />

      <ConfirmDialog
        open={retiringCriterion !== null && retiringCriterion !== undefined}
        title={`Retire “${retiringCriterion?.title.trim() || retiringCriterion?.id || ''}”?`}
        confirmLabel="Retire it"
        danger
        onCancel={() => setRetiring(null)}
        onConfirm={() => {
          edit(retireCriterion(draft, retiring!))
          setRetiring(null)
        }}
      >
        <p>It is left out of the next version you save, so new calls are no longer graded on it. Past grades and scorecards keep it.</p>
        <p>
          {retiringCriterion && shippedIds.has(retiringCriterion.id) && retiringCriterion.origin !== 'added'
            ? 'It is a built-in criterion: you can reinstate it later from the retired list.'
            : 'Your wording for it is dropped with it; to bring it back later, add it again or restore a version that has it.'}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={restoring !== null}
        title={`Restore version ${restoring?.version ?? ''}?`}
        confirmLabel="Restore it"
        onCancel={() => setRestoring(null)}
        onConfirm={() => restore(restoring!)}
      >
        <p>It is saved again as version {current.version + 1}, and new calls are graded under it at once. Nothing is deleted: the versions in between stay in the history.</p>
        {changed && <p>Your unsaved edits on this page will be discarded.</p>}
      </ConfirmDialog>
    </div>
  )
}

/** Which anchor (0, 1 or 2) a patch to `anchors` changed. */
function changedAnchor(criterion: DraftCriterion, patch: Partial<DraftCriterion>): 0 | 1 | 2 {
  return ([0, 1, 2] as const).find((score) => patch.anchors?.[score] !== criterion.anchors[score]) ?? 0
}
