import { z } from 'zod'
import { commonPasswords } from './common-passwords'

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ message: 'Enter a valid email address.' })).pipe(z.string().max(254))
/** Long passphrases welcome; 8 is the floor NIST sets for user-chosen passwords, and the commonest ones are refused. */
export const passwordSchema = z
  .string()
  .min(8, 'Use at least 8 characters.')
  .max(128, 'Use at most 128 characters.')
  .refine((password) => !commonPasswords.has(password.toLowerCase()), 'That password is one of the most common; choose another.')
export const nameSchema = z.string().trim().min(1, 'Enter a name.').max(100)
export const roleSchema = z.enum(['trainee', 'trainer'])

export const loginSchema = z.object({ email: z.string().trim().max(254), password: z.string().max(200) })
export const setupSchema = z.object({ token: z.string().min(10).max(200), email: emailSchema, name: nameSchema, password: passwordSchema })
