import { z } from 'zod'

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ message: 'Enter a valid email address.' })).pipe(z.string().max(254))
/** Long passphrases welcome; 8 is the floor NIST sets for user-chosen passwords. */
export const passwordSchema = z.string().min(8, 'Use at least 8 characters.').max(200, 'Use at most 200 characters.')
export const nameSchema = z.string().trim().min(1, 'Enter a name.').max(100)
export const roleSchema = z.enum(['trainee', 'trainer'])

export const loginSchema = z.object({ email: z.string().trim().max(254), password: z.string().max(200) })
export const setupSchema = z.object({ token: z.string().min(10).max(200), email: emailSchema, name: nameSchema, password: passwordSchema })
