import { type FocusEvent, useEffect, useMemo, useState } from 'react'
import { PageHeading } from '../../layout/page-heading'
import { Link } from '../../routing/link'
import { DuplicatePersonaDialog } from './duplicate-persona-dialog'
import { IssueSummary } from './issue-summary'
import { PersonaEditorHeader } from './persona-editor-header'
import { PersonaFormContext } from './persona-form-context'
import { PersonaFormFields } from './persona-form-fields'
import { PersonaPreview } from './persona-preview'
import { PersonaStartChooser } from './persona-start-chooser'
import { groupIssues } from './persona-validation'
import { SaveBar } from './save-bar'
import { TestDrivePanel } from './test-drive-panel'
import { useBeforeUnloadWarning } from './use-before-unload-warning'
import { usePersonaEditor } from './use-persona-editor'
import { VersionHistoryPanel } from './version-history-panel'

/** Trainer: author a persona in a form (new when personaId is null), with versions, diff and test-drive. */
export function PersonaEditor({ personaId }: { personaId: string | null }) {
  const editor = usePersonaEditor(personaId)
  const [duplicating, setDuplicating] = useState(false)
  const { form, persona } = editor
  const title = persona?.name ?? (form?.name.trim() || 'New persona')
  useBeforeUnloadWarning(editor.dirty && !editor.readOnly)

  useEffect(() => {
    document.title = `${title} · Personas · toughcall`
  }, [title])

  const context = useMemo(() => {
    const grouped = groupIssues(editor.shownIssues)
    return { issuesAt: (path: string) => grouped.get(path) ?? [], readOnly: editor.readOnly }
  }, [editor.shownIssues, editor.readOnly])

  if (editor.load.status === 'choosing') return <PersonaStartChooser onChoose={editor.choose} />
  if (editor.load.status === 'loading' || editor.load.status === 'failed' || form === null) {
    return (
      <div className="page">
        <p className="breadcrumb">
          <Link href="/personas">← Personas</Link>
        </p>
        <PageHeading>Persona</PageHeading>
        {editor.load.status === 'failed' ? (
          <p className="form-problem" role="alert">
            {editor.load.message}
          </p>
        ) : (
          <p className="page-loading" role="status">
            Loading persona…
          </p>
        )}
      </div>
    )
  }

  function touchField(event: FocusEvent<HTMLFormElement>) {
    const name = (event.target as Partial<HTMLInputElement>).name
    if (typeof name === 'string' && name !== '') editor.touch(name)
  }

  const issueCount = editor.validation?.issues.length ?? 0
  return (
    <div className="page persona-editor">
      <PersonaEditorHeader persona={persona} title={title} onChanged={editor.setPersona} onDuplicate={() => setDuplicating(true)} />
      {editor.readOnly && persona && (
        <div className="banner persona-builtin-banner" data-tone="info">
          <p className="banner-title">This is a built-in persona, shown as shipped.</p>
          <p>Built-ins cannot be edited, so their calls stay comparable over time. Duplicate it to make your own version, then change anything.</p>
          <p>
            <button type="button" className="button button-primary" onClick={() => setDuplicating(true)}>
              Duplicate to edit
            </button>
          </p>
        </div>
      )}
      <div className="persona-editor-layout">
        <form id="persona-form" className="persona-form" noValidate onSubmit={(event) => event.preventDefault()} onBlur={touchField} aria-label={`Persona ${title}`}>
          {editor.attempted && <IssueSummary issues={editor.shownIssues} saveAttempt={editor.saveAttempt} />}
          <PersonaFormContext.Provider value={context}>
            <PersonaFormFields
              form={form}
              update={editor.update}
              idLocked={persona !== null}
              idFollowsName={editor.idFollowsName}
              onIdTyped={editor.typeId}
              onNameTyped={editor.typeName}
              scriptHasIssues={editor.shownIssues.some((issue) => issue.path === 'script' || issue.path.startsWith('script.'))}
            />
          </PersonaFormContext.Provider>
          {!editor.readOnly && (
            <SaveBar
              isNew={persona === null}
              dirty={editor.dirty}
              saving={editor.saving}
              issueCount={issueCount}
              notice={editor.notice}
              problem={editor.problem}
              onSave={editor.save}
            />
          )}
        </form>
        <PersonaPreview form={form} />
      </div>
      <TestDrivePanel persona={persona} dirty={editor.dirty} spec={editor.validation?.spec ?? null} />
      {persona && (
        <VersionHistoryPanel
          personaId={persona.id}
          name={persona.name}
          currentVersion={persona.currentVersion}
          builtin={persona.builtin}
          revision={editor.revision}
          dirty={editor.dirty}
          onRestored={(version) => void editor.restored(version)}
        />
      )}
      <DuplicatePersonaDialog persona={duplicating ? persona : null} onClose={() => setDuplicating(false)} />
    </div>
  )
}
