import { z } from 'zod'

/** Tabs, newlines and carriage returns are fine in a message; other control characters are not. */
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

export const maxTurnLength = 2_000

export const turnInputSchema = z.object({
  clientTurnId: z
    .string()
    .min(8, 'clientTurnId must be 8–100 characters.')
    .max(100, 'clientTurnId must be 8–100 characters.')
    .regex(/^[A-Za-z0-9_-]+$/, 'clientTurnId may hold only letters, digits, - and _.'),
  text: z
    .string()
    .refine((text) => !controlCharacters.test(text), 'The message contains control characters.')
    .transform((text) => text.trim())
    .pipe(z.string().min(1, 'Write a message first.').max(maxTurnLength, `Keep a message under ${maxTurnLength} characters.`)),
})

export const createSessionSchema = z.object({ personaId: z.string().min(1).max(100) })

export const endReasons = ['resolved', 'abusive_customer', 'escalated', 'no_resolution', 'other'] as const
export const endSessionSchema = z.object({
  reason: z.enum(endReasons),
  note: z.string().trim().max(500).optional(),
})
