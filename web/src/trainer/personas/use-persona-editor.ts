import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ManagedPersona } from '../../../../src/server/personas/persona-admin-types'
import { navigate } from '../../routing/navigation'
import { personaApi } from './persona-api'
import { formFromSpec, type PersonaForm, type PersonaFormUpdate, specFromForm } from './persona-form'
import { type StartChoice, isStartChoice, slugFromName, templateForm } from './persona-templates'
import { type FieldIssue, saveFailure, validatePersonaForm, visibleIssues } from './persona-validation'

export type EditorLoad = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'choosing' } | { status: 'ready' }

/** A confirmation that outlives the move from /personas/new to the saved persona's address. */
let noticeAfterCreate: string | null = null

const formKey = (form: PersonaForm | null) => (form === null ? '' : JSON.stringify(specFromForm(form)))

/** Everything the persona editor holds: the form, its problems, the saved persona, and saving. */
export function usePersonaEditor(personaId: string | null) {
  const [load, setLoad] = useState<EditorLoad>({ status: 'loading' })
  const [persona, setPersona] = useState<ManagedPersona | null>(null)
  const [form, setForm] = useState<PersonaForm | null>(null)
  const [savedKey, setSavedKey] = useState('')
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [attempted, setAttempted] = useState(false)
  /** Counts save attempts, so the problem summary can take focus after each one that fails. */
  const [saveAttempt, setSaveAttempt] = useState(0)
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [idFollowsName, setIdFollowsName] = useState(personaId === null)
  /** Bumped whenever a new version exists, so the history reloads. */
  const [revision, setRevision] = useState(0)

  const reload = useCallback(async () => {
    if (personaId === null) return
    try {
      const answer = await personaApi.spec(personaId)
      const loaded = formFromSpec(answer.spec)
      setPersona(answer.persona)
      setForm(loaded)
      setSavedKey(formKey(loaded))
      setServerIssues([])
      setAttempted(false)
      setTouched(new Set())
      setLoad({ status: 'ready' })
    } catch (error) {
      setLoad({ status: 'failed', message: error instanceof Error ? error.message : 'Could not load the persona.' })
    }
  }, [personaId])

  useEffect(() => {
    if (personaId !== null) {
      setNotice(noticeAfterCreate)
      noticeAfterCreate = null
      void reload()
      return
    }
    const from = new URLSearchParams(window.location.search).get('from')
    if (isStartChoice(from)) {
      const template = templateForm(from)
      setForm(template)
      setSavedKey(formKey(template))
      setLoad({ status: 'ready' })
    } else {
      setLoad({ status: 'choosing' })
    }
  }, [personaId, reload])

  const validation = useMemo(() => (form === null ? null : validatePersonaForm(form)), [form])
  const shownIssues = useMemo(
    () => [...visibleIssues(validation?.issues ?? [], touched, attempted), ...serverIssues],
    [validation, touched, attempted, serverIssues],
  )
  const dirty = form !== null && formKey(form) !== savedKey
  const readOnly = persona?.builtin ?? false

  const update: PersonaFormUpdate = useCallback((change) => {
    setForm((current) => (current === null ? current : change(current)))
    setServerIssues([])
    setNotice(null)
    setProblem(null)
  }, [])

  function typeName(name: string) {
    update((current) => ({ ...current, name, id: idFollowsName ? slugFromName(name) : current.id }))
  }

  function touch(path: string) {
    if (path === '' || touched.has(path)) return
    setTouched((current) => new Set(current).add(path))
  }

  function choose(choice: StartChoice) {
    window.history.replaceState(null, '', `/personas/new?from=${choice}`)
    const template = templateForm(choice)
    setForm(template)
    setSavedKey(formKey(template))
    setIdFollowsName(true)
    setLoad({ status: 'ready' })
  }

  async function save(note: string): Promise<boolean> {
    setAttempted(true)
    setSaveAttempt((current) => current + 1)
    setNotice(null)
    setProblem(null)
    const spec = validation?.spec
    if (!spec || form === null) return false
    setSaving(true)
    try {
      if (persona === null) {
        const created = await personaApi.create(spec, note || undefined)
        noticeAfterCreate = `Saved as a draft (version ${created.version}). Test-drive it, then publish it for trainees.`
        navigate(`/personas/${encodeURIComponent(created.persona.id)}`, { replace: true })
        return true
      }
      const saved = await personaApi.update(persona.id, spec, note || undefined)
      setPersona(saved.persona)
      setSavedKey(formKey(form))
      setAttempted(false)
      setNotice(saved.unchanged ? `Nothing changed since version ${saved.version}, so no new version was saved.` : `Saved as version ${saved.version}.`)
      if (!saved.unchanged) setRevision((current) => current + 1)
      return true
    } catch (error) {
      const failure = saveFailure(error)
      setServerIssues(failure.issues)
      setProblem(failure.problem)
      return false
    } finally {
      setSaving(false)
    }
  }

  /** After a restore: the restored version is now current, so the form shows it. */
  async function restored(version: number) {
    await reload()
    setNotice(`Restored as version ${version}.`)
    setRevision((current) => current + 1)
  }

  return {
    load,
    persona,
    setPersona,
    form,
    validation,
    shownIssues,
    attempted,
    saveAttempt,
    dirty,
    readOnly,
    saving,
    problem,
    notice,
    idFollowsName,
    revision,
    update,
    typeName,
    typeId: () => setIdFollowsName(false),
    touch,
    choose,
    save,
    restored,
  }
}

export type PersonaEditor = ReturnType<typeof usePersonaEditor>
