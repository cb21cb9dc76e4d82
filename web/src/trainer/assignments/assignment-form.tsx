import { type FormEvent, useEffect, useMemo, useState } from 'react'
import { api } from '../../api/api-client'
import { ApiError } from '../../api/api-error'
import type { PersonaCard } from '../../api/api-types'
import { type AssignmentDetail, assignmentApi, type NewAssignment, type TraineeOption } from './assignment-api'
import { endOfLocalDay, localDateValue, parsePassMark } from './assignment-labels'

type FieldName = 'personaId' | 'traineeIds' | 'dueAt' | 'passMark' | 'mode' | 'note' | 'audience'
type FieldIssues = Partial<Record<FieldName, string[]>>

/** Server issue paths (`traineeIds.2`) onto the form's fields, naming the trainee a problem is about. */
function issuesFromServer(issues: { path: string[]; message: string }[], traineeIds: readonly string[], trainees: readonly TraineeOption[]): FieldIssues {
  const fields: FieldIssues = {}
  for (const issue of issues) {
    const field = (issue.path[0] ?? 'note') as FieldName
    const index = issue.path[1] === undefined ? null : Number(issue.path[1])
    const who = index === null ? null : (trainees.find((trainee) => trainee.id === traineeIds[index])?.name ?? 'A trainee')
    ;(fields[field] ??= []).push(who ? `${who}: ${issue.message}` : issue.message)
  }
  return fields
}

/** Trainer: assign a scenario to everyone or chosen trainees, with an optional due date, pass mark and note. */
export function AssignmentForm({ rubricPassMark, onCreated }: { rubricPassMark: number | null; onCreated: (assignment: AssignmentDetail) => void }) {
  const [personas, setPersonas] = useState<PersonaCard[] | null>(null)
  const [trainees, setTrainees] = useState<TraineeOption[] | null>(null)
  const [loadProblem, setLoadProblem] = useState<string | null>(null)
  const [personaId, setPersonaId] = useState('')
  const [audience, setAudience] = useState<'all' | 'selected'>('all')
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const [filter, setFilter] = useState('')
  const [dueDate, setDueDate] = useState('')
  const [passMark, setPassMark] = useState('')
  const [standardised, setStandardised] = useState(false)
  const [note, setNote] = useState('')
  const [issues, setIssues] = useState<FieldIssues>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    let current = true
    Promise.all([api.personas(), assignmentApi.trainees()])
      .then(([personaList, traineeList]) => {
        if (!current) return
        setPersonas(personaList.personas)
        setTrainees(traineeList.trainees)
      })
      .catch((error: Error) => current && setLoadProblem(error.message))
    return () => {
      current = false
    }
  }, [])

  const assignable = useMemo(() => (personas ?? []).filter((persona) => persona.published !== false), [personas])
  const drafts = (personas ?? []).length - assignable.length
  const shownTrainees = useMemo(() => {
    const needle = filter.trim().toLowerCase()
    return (trainees ?? []).filter((trainee) => !needle || trainee.name.toLowerCase().includes(needle) || trainee.email.toLowerCase().includes(needle))
  }, [trainees, filter])

  function toggle(id: string) {
    setChosen((ids) => {
      const next = new Set(ids)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    setProblem(null)
    const found: FieldIssues = {}
    if (!personaId) found.personaId = ['Choose a scenario.']
    if (audience === 'selected' && chosen.size === 0) found.traineeIds = ['Choose at least one trainee, or assign it to everyone.']
    const dueAt = dueDate ? endOfLocalDay(dueDate) : undefined
    if (dueDate && !dueAt) found.dueAt = ['Choose a date from the calendar.']
    else if (dueAt && new Date(dueAt).getTime() <= Date.now()) found.dueAt = ['That date has already passed; choose a later one.']
    const mark = parsePassMark(passMark)
    if (!mark.ok) found.passMark = [mark.message]
    setIssues(found)
    if (Object.keys(found).length > 0 || !mark.ok) return

    const traineeIds = audience === 'selected' ? [...chosen] : undefined
    const body: NewAssignment = {
      personaId,
      audience,
      ...(traineeIds ? { traineeIds } : {}),
      ...(dueAt ? { dueAt } : {}),
      ...(mark.value === undefined ? {} : { passMark: mark.value }),
      mode: standardised ? 'scripted' : 'any',
      ...(note.trim() ? { note: note.trim() } : {}),
    }
    setSaving(true)
    try {
      const created = await assignmentApi.create(body)
      setPersonaId('')
      setAudience('all')
      setChosen(new Set())
      setDueDate('')
      setPassMark('')
      setStandardised(false)
      setNote('')
      onCreated(created)
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation_failed') {
        const serverIssues = (error.details as { issues?: { path: string[]; message: string }[] } | undefined)?.issues ?? []
        setIssues(issuesFromServer(serverIssues, traineeIds ?? [], trainees ?? []))
        if (serverIssues.length === 0) setProblem(error.message)
      } else {
        setProblem(error instanceof Error ? error.message : 'Could not create the assignment.')
      }
    } finally {
      setSaving(false)
    }
  }

  const fieldIssues = (field: FieldName, id: string) =>
    issues[field]?.length ? (
      <ul className="assignment-issues" id={`${id}-issues`} role="alert">
        {issues[field]!.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    ) : null
  const describe = (field: FieldName, id: string, help = false) => [help ? `${id}-help` : null, issues[field]?.length ? `${id}-issues` : null].filter(Boolean).join(' ') || undefined

  if (loadProblem) {
    return (
      <p className="form-problem" role="alert">
        {loadProblem}
      </p>
    )
  }
  if (!personas || !trainees) {
    return (
      <p className="page-loading" role="status">
        Loading scenarios and trainees…
      </p>
    )
  }

  return (
    <form className="form assignment-form" onSubmit={submit} noValidate aria-labelledby="assignment-form-title">
      <h2 className="section-title" id="assignment-form-title">
        New assignment
      </h2>
      <div className="field">
        <label className="field-label" htmlFor="assignment-persona">
          Scenario
        </label>
        <select
          id="assignment-persona"
          className="input"
          value={personaId}
          onChange={(event) => setPersonaId(event.target.value)}
          aria-invalid={!!issues.personaId?.length || undefined}
          aria-describedby={describe('personaId', 'assignment-persona', drafts > 0)}
        >
          <option value="">Choose a scenario…</option>
          {assignable.map((persona) => (
            <option key={persona.id} value={persona.id}>
              {persona.name} · {persona.company}
            </option>
          ))}
        </select>
        {drafts > 0 && (
          <p className="assignment-help" id="assignment-persona-help">
            {drafts === 1 ? 'One draft is' : `${drafts} drafts are`} not listed: publish a persona before assigning it.
          </p>
        )}
        {fieldIssues('personaId', 'assignment-persona')}
      </div>

      <fieldset className="assignment-audience" aria-describedby={describe('traineeIds', 'assignment-trainees')}>
        <legend className="field-label">For</legend>
        <label className="assignment-choice">
          <input type="radio" name="audience" value="all" checked={audience === 'all'} onChange={() => setAudience('all')} />
          <span>Everyone ({trainees.length} active {trainees.length === 1 ? 'trainee' : 'trainees'}, and anyone who joins later)</span>
        </label>
        <label className="assignment-choice">
          <input type="radio" name="audience" value="selected" checked={audience === 'selected'} onChange={() => setAudience('selected')} />
          <span>Chosen trainees{chosen.size > 0 ? ` (${chosen.size} chosen)` : ''}</span>
        </label>
        {audience === 'selected' && (
          <div className="assignment-picker">
            {trainees.length === 0 ? (
              <p className="assignment-help">There are no active trainees yet. Invite some from the Team screen.</p>
            ) : (
              <>
                <label className="field-label visually-hidden" htmlFor="assignment-trainee-filter">
                  Find a trainee
                </label>
                <input id="assignment-trainee-filter" className="input" type="search" placeholder="Find a trainee by name or email" value={filter} onChange={(event) => setFilter(event.target.value)} />
                <ul className="assignment-trainee-list">
                  {shownTrainees.map((trainee) => (
                    <li key={trainee.id}>
                      <label className="assignment-choice">
                        <input type="checkbox" checked={chosen.has(trainee.id)} onChange={() => toggle(trainee.id)} />
                        <span>
                          {trainee.name} <span className="assignment-help">{trainee.email}</span>
                        </span>
                      </label>
                    </li>
                  ))}
                  {shownTrainees.length === 0 && <li className="assignment-help">No trainee matches “{filter}”.</li>}
                </ul>
              </>
            )}
          </div>
        )}
        {fieldIssues('traineeIds', 'assignment-trainees')}
      </fieldset>

      <div className="assignment-form-row">
        <div className="field">
          <label className="field-label" htmlFor="assignment-due">
            Due date (optional)
          </label>
          <input
            id="assignment-due"
            className="input"
            type="date"
            min={localDateValue(new Date())}
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
            aria-invalid={!!issues.dueAt?.length || undefined}
            aria-describedby={describe('dueAt', 'assignment-due', true)}
          />
          <p className="assignment-help" id="assignment-due-help">
            Due by the end of that day, your time.
          </p>
          {fieldIssues('dueAt', 'assignment-due')}
        </div>
        <div className="field">
          <label className="field-label" htmlFor="assignment-pass-mark">
            Pass mark (optional)
          </label>
          <input
            id="assignment-pass-mark"
            className="input"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            placeholder={rubricPassMark === null ? '' : `Rubric’s: ${rubricPassMark}`}
            value={passMark}
            onChange={(event) => setPassMark(event.target.value)}
            aria-invalid={!!issues.passMark?.length || undefined}
            aria-describedby={describe('passMark', 'assignment-pass-mark', true)}
          />
          <p className="assignment-help" id="assignment-pass-mark-help">
            The score (0–100) a call needs to pass this assignment. Empty: the rubric’s pass mark.
          </p>
          {fieldIssues('passMark', 'assignment-pass-mark')}
        </div>
      </div>

      <div className="field assignment-form-wide">
        <label className="assignment-choice assignment-standardised">
          <input type="checkbox" checked={standardised} onChange={(event) => setStandardised(event.target.checked)} aria-describedby="assignment-standardised-help" />
          <span>Standardised assessment (scripted, same customer for everyone)</span>
        </label>
        <p className="assignment-help" id="assignment-standardised-help">
          Every trainee meets the scripted customer with the same script and seed, so trainees who give the same replies get the same customer. Without it, trainees choose who
          plays the customer, and each call is a fresh one.
        </p>
        {fieldIssues('mode', 'assignment-mode')}
      </div>

      <div className="field assignment-form-wide">
        <label className="field-label" htmlFor="assignment-note">
          Note to trainees (optional)
        </label>
        <textarea
          id="assignment-note"
          className="input"
          rows={2}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={!!issues.note?.length || undefined}
          aria-describedby={describe('note', 'assignment-note')}
        />
        {fieldIssues('note', 'assignment-note')}
      </div>

      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="assignment-form-wide">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Assigning…' : 'Assign'}
        </button>
      </div>
    </form>
  )
}
