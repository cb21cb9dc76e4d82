import { exportLinks } from './results-api'

/** CSV downloads with the page's filters (and the picked trainee, if any). */
export function ExportLinks({ query, traineeName }: { query: URLSearchParams; traineeName: string | null }) {
  return (
    <div className="results-exports">
      <a className="button button-small" href={exportLinks.sessionsCsv(query)} download>
        Download calls (CSV)
      </a>
      <a className="button button-small" href={exportLinks.turnsCsv(query)} download>
        Download every grade (CSV)
      </a>
      <p className="results-footnote">
        One row per call, or one per criterion of every trainee reply with any trainer review beside it; for the dates and customer above
        {traineeName ? `, ${traineeName}’s calls only` : ''}.
      </p>
    </div>
  )
}
