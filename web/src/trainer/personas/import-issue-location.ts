import type { PersonaImportIssue } from '../../../../src/server/personas/persona-admin-types'

/** Where in the file an import problem is, e.g. "line 12, column 5"; "" when the server could not place it. */
export function importIssueLocation(issue: Pick<PersonaImportIssue, 'line' | 'column'>): string {
  if (issue.line === null) return ''
  return issue.column === null ? `line ${issue.line}` : `line ${issue.line}, column ${issue.column}`
}

/** Which persona of the file a problem belongs to, in words: its id, its place in a bundle, or the file itself. */
export function importIssuePersona(persona: string): string {
  if (persona === '') return 'The file'
  const position = /^#(\d+)$/.exec(persona)
  return position ? `Persona ${position[1]} in the file` : persona
}
