import { z } from 'zod'
import { AppError } from '../app-error'
import { parseInput } from '../http/parse-body'

/** Which calls a results view or export covers. Every field is optional: null means "no limit". */
export interface ResultsFilters {
  /** Calls started at or after this instant. */
  from: Date | null
  /** Calls started before this instant. */
  to: Date | null
  personaId: string | null
  traineeId: string | null
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/
const dayMs = 24 * 60 * 60 * 1000

/**
 * A day (`2025-03-31`, read as UTC) or an exact instant (`2025-03-31T22:00:00.000Z`). The browser
 * sends instants, so "from 1 March" means the trainer's own midnight; a bare day suits scripts.
 */
const instant = z
  .string()
  .trim()
  .refine((value) => (dateOnly.test(value) ? z.iso.date() : z.iso.datetime({ offset: true })).safeParse(value).success && !Number.isNaN(Date.parse(value)), {
    message: 'use a date (YYYY-MM-DD) or an ISO 8601 date and time',
  })

const identifier = z.string().trim().min(1).max(200)

export const resultsFiltersSchema = z.object({
  from: instant.optional(),
  to: instant.optional(),
  personaId: identifier.optional(),
  traineeId: identifier.optional(),
})

/** Reads the filters from a query string; empty values mean "not set". 400 with the field on anything else. */
export function parseResultsFilters(query: Record<string, string>): ResultsFilters {
  const present = Object.fromEntries(Object.entries(query).filter(([, value]) => value.trim() !== ''))
  const input = parseInput(resultsFiltersSchema, present)
  const from = input.from === undefined ? null : new Date(Date.parse(input.from))
  // A bare `to` day includes that whole day.
  const to = input.to === undefined ? null : new Date(Date.parse(input.to) + (dateOnly.test(input.to) ? dayMs : 0))
  if (from && to && from >= to) {
    throw new AppError('validation_failed', 'to: the end of the date range must be after its start', {
      issues: [{ path: ['to'], message: 'The end of the date range must be after its start.', code: 'custom' }],
    })
  }
  return { from, to, personaId: input.personaId ?? null, traineeId: input.traineeId ?? null }
}
