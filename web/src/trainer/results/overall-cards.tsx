import type { DashboardData } from './results-api'
import { countText, kappaMeaning, kappaText, percentText, scoreText } from './results-figures'

/** The headline numbers for the filtered range. */
export function OverallCards({ overall, agreement }: Pick<DashboardData, 'overall' | 'agreement'>) {
  const trainerAgreement = agreement.overall
  return (
    <ul className="results-cards" aria-label="Team totals">
      <li className="results-card">
        <span className="results-card-label">Calls</span>
        <strong className="results-card-value">{overall.calls}</strong>
        <span className="results-card-note">
          {overall.endedCalls} finished · {countText(overall.activeTrainees, 'trainee')}
        </span>
      </li>
      <li className="results-card">
        <span className="results-card-label">Pass rate</span>
        <strong className="results-card-value">{percentText(overall.passRate)}</strong>
        <span className="results-card-note">
          {overall.passedCalls} of {countText(overall.scoredCalls, 'scored call')}
        </span>
      </li>
      <li className="results-card">
        <span className="results-card-label">Average score</span>
        <strong className="results-card-value">
          {scoreText(overall.averageScore)}
          {overall.averageScore !== null && <span className="results-card-of">/100</span>}
        </strong>
        <span className="results-card-note">over finished, scored calls</span>
      </li>
      <li className="results-card">
        <span className="results-card-label">Trainer agreement</span>
        <strong className="results-card-value">{percentText(trainerAgreement.exact)}</strong>
        <span className="results-card-note">
          {trainerAgreement.reviewed === 0
            ? 'no grades reviewed yet'
            : `${countText(trainerAgreement.reviewed, 'review')} · kappa ${kappaText(trainerAgreement.kappa)} (${kappaMeaning(trainerAgreement.kappa)})`}
        </span>
      </li>
    </ul>
  )
}
