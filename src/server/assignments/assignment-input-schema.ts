import { z } from 'zod'

const dateOnly = /^\d{4}-\d{2}-\d{2}$/

/**
 * A due date as ISO 8601: a date-time with its offset (`2025-07-01T17:00:00+02:00`), or a date
 * (`2025-07-01`), which means the end of that day in UTC. The web app sends the end of the chosen
 * day in the trainer's own time zone.
 */
export const dueAtSchema = z.string().transform((value, context) => {
  const due = dateOnly.test(value)
    ? z.iso.date().safeParse(value).success
      ? new Date(`${value}T23:59:59.999Z`)
      : null
    : z.iso.datetime({ offset: true }).safeParse(value).success
      ? new Date(value)
      : null
  if (!due || Number.isNaN(due.getTime())) {
    context.addIssue({ code: 'custom', message: 'Use an ISO date (2025-07-01) or date-time (2025-07-01T17:00:00Z).' })
    return z.NEVER
  }
  return due
})

export interface AssignmentInputContext {
  now: Date
  /** Trainees who may be assigned practice: active trainee accounts. */
  activeTraineeIds: ReadonlySet<string>
  /** Every persona, with what decides whether trainees can practise it. */
  personas: ReadonlyMap<string, { name: string; archived: boolean; published: boolean }>
}

/**
 * `POST /api/assignments`. Checked whole, so the form hears about every field at once: the persona
 * must be one trainees can see (published, not archived), the trainees active ones, the due date ahead.
 */
export function assignmentInputSchema({ now, activeTraineeIds, personas }: AssignmentInputContext) {
  return z
    .object({
      personaId: z.string().min(1, 'Choose a scenario.').max(100),
      /** `all`: every trainee, including those who join later; `selected`: the ones in `traineeIds`. */
      audience: z.enum(['all', 'selected']),
      traineeIds: z.array(z.string().min(1).max(100)).max(1_000).optional(),
      dueAt: dueAtSchema.optional(),
      /** The weighted total (0–100) that passes this assignment; the rubric's pass mark when left out. */
      passMark: z.number().int('Use a whole number from 0 to 100.').min(0, 'Use a whole number from 0 to 100.').max(100, 'Use a whole number from 0 to 100.').optional(),
      /** `scripted`: a standardised assessment, the same scripted customer (one seed) for every trainee. */
      mode: z.enum(['any', 'scripted']).default('any'),
      note: z.string().trim().max(500, 'Keep the note under 500 characters.').optional(),
    })
    .superRefine((input, issues) => {
      const persona = personas.get(input.personaId)
      if (!persona) issues.addIssue({ code: 'custom', path: ['personaId'], message: 'No such scenario.' })
      else if (persona.archived) issues.addIssue({ code: 'custom', path: ['personaId'], message: `"${persona.name}" is archived: restore it before assigning it.` })
      else if (!persona.published) issues.addIssue({ code: 'custom', path: ['personaId'], message: `"${persona.name}" is a draft: publish it before assigning it, so trainees can see it.` })

      const traineeIds = input.traineeIds ?? []
      if (input.audience === 'all' && traineeIds.length > 0) {
        issues.addIssue({ code: 'custom', path: ['traineeIds'], message: 'Leave traineeIds out when assigning to everyone.' })
      }
      if (input.audience === 'selected') {
        if (traineeIds.length === 0) issues.addIssue({ code: 'custom', path: ['traineeIds'], message: 'Choose at least one trainee, or assign it to everyone.' })
        traineeIds.forEach((id, index) => {
          if (!activeTraineeIds.has(id)) issues.addIssue({ code: 'custom', path: ['traineeIds', index], message: 'Not an active trainee on this team.' })
        })
      }
      if (input.dueAt && input.dueAt.getTime() <= now.getTime()) {
        issues.addIssue({ code: 'custom', path: ['dueAt'], message: 'That due date has already passed; choose a later one.' })
      }
    })
}

export type AssignmentInput = z.infer<ReturnType<typeof assignmentInputSchema>>
