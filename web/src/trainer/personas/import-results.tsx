import type { PersonaImportResult } from '../../../../src/server/personas/persona-admin-types'
import { Link } from '../../routing/link'

function actionText(result: PersonaImportResult, done: boolean): string {
  switch (result.action) {
    case 'created':
      return done ? 'Created as a draft' : 'Will be created as a new draft'
    case 'new_version':
      return done ? `Saved as version ${result.version}` : `Will be saved as version ${result.version}`
    case 'unchanged':
      return `Unchanged (already saved as version ${result.version})`
  }
}

/** What was inferred to bring a persona written in an older shape up to date, so the trainer knows what to check. */
function UpgradeNotes({ notes, done }: { notes: readonly string[]; done: boolean }) {
  return (
    <div className="persona-upgrade-notes">
      <p className="persona-upgrade-title">{done ? 'Upgraded from an older file:' : 'Written in an older shape; it will be upgraded:'}</p>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  )
}

/** What an import does (on the dry run) or did, persona by persona, with what was inferred for an older file. */
export function ImportResults({ results, done }: { results: readonly PersonaImportResult[]; done: boolean }) {
  return (
    <div className="persona-table-frame">
      <table className="data-table persona-table">
        <caption className="visually-hidden">{done ? 'Imported personas' : 'What the import will do'}</caption>
        <thead>
          <tr>
            <th scope="col">Persona</th>
            <th scope="col">{done ? 'Result' : 'What happens'}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.id}>
              <th scope="row">{done ? <Link href={`/personas/${encodeURIComponent(result.id)}`}>{result.id}</Link> : <code>{result.id}</code>}</th>
              <td>
                {actionText(result, done)}
                {(result.upgradeNotes ?? []).length > 0 && <UpgradeNotes notes={result.upgradeNotes} done={done} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
