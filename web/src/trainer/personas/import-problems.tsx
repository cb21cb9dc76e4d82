import type { PersonaImportIssue } from '../../../../src/server/personas/persona-admin-types'
import { importIssueLocation, importIssuePersona } from './import-issue-location'
import { fieldLabel } from './persona-field-path'

/** Why a file cannot be imported: each problem with its persona, its line and column, and its field. */
export function ImportProblems({ issues }: { issues: readonly PersonaImportIssue[] }) {
  return (
    <div className="persona-import-problems" role="alert">
      <p className="banner-title">
        Nothing was imported: the file has {issues.length === 1 ? 'a problem' : `${issues.length} problems`}. Fix {issues.length === 1 ? 'it' : 'them'} and choose the
        file again.
      </p>
      <div className="persona-table-frame">
        <table className="data-table persona-table">
          <thead>
            <tr>
              <th scope="col">Persona</th>
              <th scope="col">Where</th>
              <th scope="col">Field</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, index) => (
              <tr key={index}>
                <th scope="row">{importIssuePersona(issue.persona)}</th>
                <td className="persona-nowrap">{importIssueLocation(issue) || '–'}</td>
                <td>{issue.path ? <span title={issue.path}>{fieldLabel(issue.path)}</span> : '–'}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
