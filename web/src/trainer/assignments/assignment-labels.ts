import type { CallMode } from '../../api/api-types'
import type { AssignmentStatus, AssignmentSummary } from './assignment-api'

export type StatusTone = 'none' | 'neutral' | 'good'

/** A status in words, with a tone for its badge (the words carry the meaning, not the colour). */
export function assignmentStatusLabel(status: AssignmentStatus): { text: string; tone: StatusTone } {
  switch (status) {
    case 'passed':
      return { text: 'Passed', tone: 'good' }
    case 'attempted':
      return { text: 'Attempted', tone: 'neutral' }
    case 'not_started':
      return { text: 'Not started', tone: 'none' }
  }
}

const dayMs = 86_400_000
const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()

/** How far a due date is, in calendar days of the viewer's time zone: "today", "tomorrow", "in 3 days", "yesterday", "5 days ago". */
export function dueRelative(dueAt: string, now: Date): string {
  const days = Math.round((startOfDay(new Date(dueAt)) - startOfDay(now)) / dayMs)
  if (days === 0) return 'today'
  if (days === 1) return 'tomorrow'
  if (days === -1) return 'yesterday'
  return days > 1 ? `in ${days} days` : `${-days} days ago`
}

const dueDateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })

type DateFormat = (date: Date) => string
const formatDueDate: DateFormat = (date) => dueDateFormat.format(date)
const shortDateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })
const shortDateTimeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' })

/** A date for a table cell: "15 Jan 2031". */
export const shortDate: DateFormat = (date) => shortDateFormat.format(date)
/** A recent moment for a table cell: "30 Nov, 13:05". */
export const shortDateTime: DateFormat = (date) => shortDateTimeFormat.format(date)

/** A due date with how far it is: "Fri 4 Jul 2025 (in 3 days)". */
export function dueDateText(dueAt: string, now: Date, format: DateFormat = formatDueDate): string {
  return `${format(new Date(dueAt))} (${dueRelative(dueAt, now)})`
}

/** The due line of a card: "Due Fri 4 Jul 2025 (in 3 days)", "Overdue: was due … (yesterday)", or "No due date". */
export function dueText(dueAt: string | null, overdue: boolean, now: Date, format: DateFormat = formatDueDate): string {
  if (!dueAt) return 'No due date'
  const when = dueDateText(dueAt, now, format)
  return overdue ? `Overdue: was due ${when}` : `Due ${when}`
}

/** The end of a calendar day (`YYYY-MM-DD` from a date input) in the viewer's time zone, as an ISO date-time. */
export function endOfLocalDay(date: string): string | null {
  const match = date.match(/^(\d{4})-(\d{2})-(\d{2})$/)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])]
  const end = new Date(year, month, day, 23, 59, 59, 999)
  return end.getFullYear() === year && end.getMonth() === month && end.getDate() === day ? end.toISOString() : null
}

/** Today as a date input's value (`YYYY-MM-DD`), in the viewer's time zone: the earliest due date to offer. */
export function localDateValue(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Who an assignment is for, in words. */
export function audienceText(assignment: Pick<AssignmentSummary, 'audience' | 'traineeCount'>): string {
  const people = `${assignment.traineeCount} ${assignment.traineeCount === 1 ? 'trainee' : 'trainees'}`
  return assignment.audience === 'all' ? `Everyone (${people})` : people
}

/** The pass mark, saying when it follows the rubric's. */
export function passMarkText(assignment: Pick<AssignmentSummary, 'passMark' | 'ownPassMark'>): string {
  return assignment.ownPassMark === null ? `${assignment.passMark} (rubric)` : String(assignment.passMark)
}

export function assignmentModeText(mode: 'any' | 'scripted'): string {
  return mode === 'scripted' ? 'Standardised assessment' : 'Practice'
}

/** A pass mark typed into the form: a whole number 0–100, nothing (follow the rubric), or why not. */
export function parsePassMark(text: string): { ok: true; value: number | undefined } | { ok: false; message: string } {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: undefined }
  const value = Number(trimmed)
  if (!Number.isInteger(value) || value < 0 || value > 100) return { ok: false, message: 'Use a whole number from 0 to 100, or leave it empty to use the rubric’s.' }
  return { ok: true, value }
}

/** Who plays the customer on a call for an assignment: a standardised assessment is always scripted; otherwise the trainee's choice. */
export function assignmentCallMode(assignmentMode: 'any' | 'scripted', wanted: CallMode): CallMode {
  return assignmentMode === 'scripted' ? 'scripted' : wanted
}
