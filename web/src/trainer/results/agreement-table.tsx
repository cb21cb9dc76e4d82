import type { AgreementReport, AgreementRow } from './results-api'
import { countText, kappaMeaning, kappaText, percentText } from './results-figures'

/** How often trainers agree with the grader, per criterion: the "trainer agreement" figure. */
export function AgreementTable({ agreement }: { agreement: AgreementReport }) {
  const { overall, bySource } = agreement
  return (
    <>
      <p className="section-intro">
        Every grade a trainer confirms or overrides is a check on the grader. <strong>Exact</strong> is the share of reviewed scores the trainer left as
        they were; <strong>kappa</strong> corrects that for chance (0 is chance, 1 is perfect; a two-point miss counts four times a one-point miss). n/a
        judgements count as reviews but not in these two figures.
      </p>
      {overall.reviewed === 0 ? (
        <p className="empty">No grades reviewed in this range yet. Open a call below and confirm or override its scores.</p>
      ) : (
        <div className="results-table-frame">
          <table className="results-table">
            <caption className="visually-hidden">Trainer agreement with the grader, per criterion</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col" className="results-number">
                  Reviewed
                </th>
                <th scope="col" className="results-number">
                  Confirmed
                </th>
                <th scope="col" className="results-number">
                  Overridden
                </th>
                <th scope="col" className="results-number">
                  Exact
                </th>
                <th scope="col" className="results-number">
                  Kappa
                </th>
                <th scope="col" className="results-number">
                  <abbr title="Reviews where both the trainer and the grader gave a score">n</abbr>
                </th>
              </tr>
            </thead>
            <tbody>
              {agreement.criteria.map((row) => (
                <AgreementRowView key={row.criterionId} row={row} />
              ))}
            </tbody>
            <tfoot>
              <AgreementRowView row={overall} />
            </tfoot>
          </table>
        </div>
      )}
      {overall.reviewed > 0 && (
        <p className="results-footnote">
          By grader: {sourceText('the AI grader', bySource.llm)}; {sourceText('the rules-only grader', bySource.rules)}.
        </p>
      )}
    </>
  )
}

function AgreementRowView({ row }: { row: AgreementRow }) {
  return (
    <tr>
      <th scope="row">{row.title}</th>
      <td className="results-number">{row.reviewed}</td>
      <td className="results-number">{row.confirmed}</td>
      <td className="results-number">{row.overridden}</td>
      <td className="results-number">{percentText(row.exact)}</td>
      <td className="results-number" title={kappaMeaning(row.kappa)}>
        {kappaText(row.kappa)}
        {row.kappa !== null && <span className="results-kappa-word"> {kappaMeaning(row.kappa)}</span>}
      </td>
      <td className="results-number">{row.n}</td>
    </tr>
  )
}

function sourceText(name: string, row: AgreementRow): string {
  if (row.reviewed === 0) return `${name}, no reviews`
  return `${name}, ${countText(row.reviewed, 'review')}, exact ${percentText(row.exact)}, kappa ${kappaText(row.kappa)}`
}
