import { z } from 'zod'
import type { CriterionGrade, TurnGrade } from './grade-types'
import type { Rubric } from './rubric'

const keyMomentSchema = z.object({
  turnId: z.string(),
  /** The evidence behind the verdict, or the start of the turn (at most 160 characters). */
  quote: z.string(),
  why: z.string(),
  /** The turn's weighted score, 0–100. */
  score: z.number(),
})

export const scorecardSchema = z.object({
  rubricVersion: z.string(),
  criteria: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      /** Mean score 0–2 over the turns where it applied and its evidence held; null when never graded. */
      average: z.number().nullable(),
      /** How many turns the average is over. */
      n: z.number().int(),
    }),
  ),
  /** Weighted total 0–100 over the criteria's averages; null when nothing was graded. */
  weightedTotal: z.number().nullable(),
  passMark: z.number(),
  passed: z.boolean(),
  outcome: z.string(),
  /** The customer's frustration at the start, then after each trainee turn. */
  moodCurve: z.array(z.number()),
  strongest: keyMomentSchema.nullable(),
  weakest: keyMomentSchema.nullable(),
  /** Exactly three tips, weakest criteria first; `criterionId` is null for a general tip. */
  coachingTips: z.array(z.object({ criterionId: z.string().nullable(), tip: z.string() })).length(3),
})

export type Scorecard = z.infer<typeof scorecardSchema>
export type KeyMoment = z.infer<typeof keyMomentSchema>

export interface ScorecardTurn {
  turnId: string
  text: string
  grade: TurnGrade
  moodBefore: number
  moodAfter: number
}

export interface ScorecardInput {
  rubric: Rubric
  /** The trainee's turns, in call order. */
  turns: ScorecardTurn[]
  startMood: number
  outcome: string
}

/** Below this average a criterion is a weak spot worth a coaching tip. */
const weakAverage = 1.5
const quoteLength = 160

/** General advice from the source articles, used when fewer than three criteria were weak. */
export const generalCoachingTips: readonly string[] = [
  'Let the customer finish venting before you respond; a short pause costs nothing and calms the call.',
  'Put yourself in the customer\'s shoes: ask what is really bothering them instead of assuming.',
  'Keep the customer on your side of the problem: say "let\'s sort this out together" and mean it.',
]

export function buildScorecard(input: ScorecardInput): Scorecard {
  const { rubric, turns } = input
  const criteria = rubric.criteria.map((criterion) => {
    const scores = turns.flatMap((turn) => {
      const grade = turn.grade.criteria.find((entry) => entry.criterionId === criterion.id)
      return grade !== undefined && grade.score !== null && grade.evidenceVerified ? [grade.score] : []
    })
    const average = scores.length === 0 ? null : round(scores.reduce((sum: number, score) => sum + score, 0) / scores.length, 2)
    return { id: criterion.id, title: criterion.title, average, n: scores.length }
  })

  let earned = 0
  let possible = 0
  for (const [index, summary] of criteria.entries()) {
    const weight = rubric.criteria[index]?.weight ?? 0
    if (summary.average === null) continue
    earned += weight * summary.average
    possible += weight * 2
  }
  const weightedTotal = possible === 0 ? null : Math.round((earned / possible) * 100)
  const { strongest, weakest } = keyMoments(turns, rubric)

  return {
    rubricVersion: rubric.version,
    criteria,
    weightedTotal,
    passMark: rubric.passMark,
    passed: weightedTotal !== null && weightedTotal >= rubric.passMark,
    outcome: input.outcome,
    moodCurve: [input.startMood, ...turns.map((turn) => turn.moodAfter)],
    strongest,
    weakest,
    coachingTips: coachingTips(criteria, rubric),
  }
}

function counts(grade: CriterionGrade): boolean {
  return grade.score !== null && grade.evidenceVerified
}

function coachingTips(criteria: Scorecard['criteria'], rubric: Rubric): Scorecard['coachingTips'] {
  const weak = rubric.criteria
    .map((criterion, index) => ({ criterion, average: criteria[index]?.average ?? null }))
    .filter((entry): entry is typeof entry & { average: number } => entry.average !== null && entry.average < weakAverage)
    .sort((first, second) => first.average - second.average || second.criterion.weight - first.criterion.weight)
  const tips: Scorecard['coachingTips'] = weak
    .slice(0, 3)
    .map(({ criterion }) => ({ criterionId: criterion.id, tip: criterion.coachingTip }))
  for (const tip of generalCoachingTips) {
    if (tips.length === 3) break
    tips.push({ criterionId: null, tip })
  }
  return tips
}

interface GradedTurn {
  turn: ScorecardTurn
  score: number
}

/**
 * The best and the worst trainee turn by weighted score (earliest wins a tie). With one graded
 * turn, or all turns scoring the same, there is only one moment: strongest if it passes, else weakest.
 */
function keyMoments(turns: readonly ScorecardTurn[], rubric: Rubric): { strongest: KeyMoment | null; weakest: KeyMoment | null } {
  const graded: GradedTurn[] = turns.flatMap((turn) =>
    turn.grade.weightedScore === null ? [] : [{ turn, score: turn.grade.weightedScore }],
  )
  const first = graded[0]
  if (first === undefined) return { strongest: null, weakest: null }
  let best = first
  let worst = first
  for (const entry of graded) {
    if (entry.score > best.score) best = entry
    if (entry.score < worst.score) worst = entry
  }
  if (best.score === worst.score) {
    return best.score >= rubric.passMark
      ? { strongest: moment(best, rubric, 'strongest'), weakest: null }
      : { strongest: null, weakest: moment(worst, rubric, 'weakest') }
  }
  return { strongest: moment(best, rubric, 'strongest'), weakest: moment(worst, rubric, 'weakest') }
}

function moment({ turn, score }: GradedTurn, rubric: Rubric, kind: 'strongest' | 'weakest'): KeyMoment {
  const weights = new Map(rubric.criteria.map((criterion) => [criterion.id, criterion.weight]))
  const titles = new Map(rubric.criteria.map((criterion) => [criterion.id, criterion.title]))
  const candidates = turn.grade.criteria
    .filter((grade) => counts(grade) && weights.has(grade.criterionId))
    .sort((first, second) => {
      const byScore = kind === 'strongest' ? (second.score ?? 0) - (first.score ?? 0) : (first.score ?? 0) - (second.score ?? 0)
      return byScore || (weights.get(second.criterionId) ?? 0) - (weights.get(first.criterionId) ?? 0)
    })
  const decisive = candidates[0]
  const quote = decisive?.evidence ?? candidates.find((grade) => grade.evidence !== null)?.evidence ?? opening(turn.text)
  const label = decisive === undefined ? '' : `${titles.get(decisive.criterionId) ?? decisive.criterionId} ${decisive.score}/2: ${decisive.rationale}`
  const moodChange = turn.moodAfter - turn.moodBefore
  const mood =
    moodChange === 0
      ? "the customer's frustration held steady"
      : `the customer's frustration went ${moodChange < 0 ? 'down' : 'up'} from ${turn.moodBefore} to ${turn.moodAfter}`
  const why = `${kind === 'strongest' ? 'Best' : 'Weakest'} turn (${score}/100)${label === '' ? '' : `. ${label}`} — ${mood}.`
  return { turnId: turn.turnId, quote, why, score }
}

function opening(text: string): string {
  return Array.from(text.trim()).slice(0, quoteLength).join('').trimEnd()
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
