/** A share (0–1) as a whole percentage, or a dash when there is nothing to share. */
export function percentText(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`
}

/** A 0–2 criterion average with one decimal. */
export function averageText(average: number | null): string {
  return average === null ? '–' : average.toFixed(1)
}

/** A 0–100 score, rounded. */
export function scoreText(score: number | null): string {
  return score === null ? '–' : String(Math.round(score))
}

/** Cohen's kappa with two decimals (a true minus sign below 0). */
export function kappaText(kappa: number | null): string {
  if (kappa === null) return '–'
  const text = Math.abs(kappa).toFixed(2)
  return kappa < 0 && text !== '0.00' ? `−${text}` : text
}

/** The usual reading of a kappa (Landis and Koch, 1977), so a trainer need not know the scale. */
export function kappaMeaning(kappa: number | null): string {
  if (kappa === null) return 'not enough reviews'
  if (kappa < 0) return 'worse than chance'
  if (kappa <= 0.2) return 'slight'
  if (kappa <= 0.4) return 'fair'
  if (kappa <= 0.6) return 'moderate'
  if (kappa <= 0.8) return 'substantial'
  return 'almost perfect'
}

/** A count with its noun, singular or plural. */
export function countText(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`
}

/** A date (and time) in the trainer's own format. */
export function dateText(iso: string | null, withTime = false): string {
  if (!iso) return '–'
  return new Date(iso).toLocaleString(undefined, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' })
}

/** The criterion with the lowest average, for "weakest spot" columns; null when none was graded. */
export function weakestCriterion(averages: Readonly<Record<string, number | null>>, criteria: readonly { id: string; title: string }[]) {
  let weakest: { id: string; title: string; average: number } | null = null
  for (const criterion of criteria) {
    const average = averages[criterion.id]
    if (average === null || average === undefined) continue
    if (!weakest || average < weakest.average) weakest = { ...criterion, average }
  }
  return weakest
}
