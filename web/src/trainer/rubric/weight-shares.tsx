import type { RubricDraft } from './rubric-draft'

/** What counts: each criterion's weight as a share of the total, largest first, as bars with the figure beside them. */
export function WeightShares({ draft, shares }: { draft: RubricDraft; shares: readonly (number | null)[] }) {
  const rows = draft.criteria
    .map((criterion, index) => ({ key: criterion.key, title: criterion.title.trim() || criterion.id || `Criterion ${index + 1}`, share: shares[index] ?? null }))
    .sort((first, second) => (second.share ?? -1) - (first.share ?? -1))
  // Bars are drawn against the largest share, so the differences that matter are visible; the figure gives the share itself.
  const largest = Math.max(0, ...rows.map((row) => row.share ?? 0))
  return (
    <table className="rubric-shares">
      <caption className="rubric-shares-caption">What counts in the total</caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Share of the total</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.title}</th>
            <td>
              <span className="rubric-share-cell">
                <svg className="rubric-share-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect className="rubric-share-track" x="0" y="0" width="100" height="10" rx="2" />
                  <rect className="rubric-share-fill" x="0" y="0" width={largest > 0 ? ((row.share ?? 0) / largest) * 100 : 0} height="10" rx="2" />
                </svg>
                <span className="rubric-share-figure">{row.share === null ? '–' : `${row.share}%`}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
