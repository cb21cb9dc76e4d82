import { z } from 'zod'

/** Tabs, newlines and carriage returns are fine in a message; other control characters are not. */
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

/**
 * Characters with no visible form in a typed message that can hide text from a reader or the rules:
 * Unicode's default-ignorable code points (zero-width spaces and joiners, soft hyphens, bidi
 * controls, variation selectors, tag characters, …). They are removed, so what is stored, graded and
 * shown is what a person sees.
 */
const invisibleCharacters = /\p{Default_Ignorable_Code_Point}/gu

export const maxTurnLength = 2_000

/** One normal form for typed text: NFC, invisible characters removed, trimmed. */
export function normaliseTypedText(text: string): string {
  return text.normalize('NFC').replace(invisibleCharacters, '').trim()
}

export const turnInputSchema = z.object({
  clientTurnId: z
    .string()
    .min(8, 'clientTurnId must be 8–100 characters.')
    .max(100, 'clientTurnId must be 8–100 characters.')
    .regex(/^[A-Za-z0-9_-]+$/, 'clientTurnId may hold only letters, digits, - and _.'),
  text: z
    .string()
    .max(maxTurnLength * 4, `Keep a message under ${maxTurnLength} characters.`)
    .refine((text) => text.isWellFormed(), 'The message contains broken characters (unpaired surrogates).')
    .refine((text) => !controlCharacters.test(text), 'The message contains control characters.')
    .transform(normaliseTypedText)
    .pipe(z.string().min(1, 'Write a message first.').max(maxTurnLength, `Keep a message under ${maxTurnLength} characters.`)),
})

export const sessionModes = ['model', 'scripted'] as const
export const createSessionSchema = z.object({
  personaId: z.string().min(1).max(100),
  /** `model`: an LLM plays the customer; `scripted`: the script engine does, offline. Default: model when one is configured. */
  mode: z.enum(sessionModes).optional(),
  /** The assignment this call is for: its persona must match, and a scripted assignment fixes mode and seed. */
  assignmentId: z.string().min(1).max(100).optional(),
})

export const endReasons = ['resolved', 'abusive_customer', 'escalated', 'no_resolution', 'other'] as const
export const endSessionSchema = z.object({
  reason: z.enum(endReasons),
  note: z.string().trim().max(500).optional(),
})
