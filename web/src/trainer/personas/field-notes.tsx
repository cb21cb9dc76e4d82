import { fieldDomId, fieldHelp } from './persona-field-path'
import { usePersonaFormContext } from './persona-form-context'

/** The ids a field's input points at with aria-describedby: its help text, then its problems when it has any. */
export function describedBy(path: string, hasIssues: boolean, showHelp = true): string | undefined {
  const id = fieldDomId(path)
  const ids = [showHelp && fieldHelp(path) ? `${id}-help` : null, hasIssues ? `${id}-issues` : null].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

/** A field's help text from the persona spec's documentation. */
export function FieldHelp({ path, text }: { path: string; text?: string }) {
  const help = text ?? fieldHelp(path)
  if (!help) return null
  return (
    <p className="persona-help" id={`${fieldDomId(path)}-help`}>
      {help}
    </p>
  )
}

/** The problems at one field, announced as they appear; `label` names the field where several share a row. */
export function FieldIssues({ path, label }: { path: string; label?: string }) {
  const issues = usePersonaFormContext().issuesAt(path)
  if (issues.length === 0) return null
  return (
    <ul className="persona-issues" id={`${fieldDomId(path)}-issues`} role="alert">
      {issues.map((issue) => (
        <li key={issue}>{label ? `${label}: ${issue}` : issue}</li>
      ))}
    </ul>
  )
}
