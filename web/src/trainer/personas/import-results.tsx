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

/** What an import does (on the dry run) or did, persona by persona. */
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
              <td>{actionText(result, done)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
