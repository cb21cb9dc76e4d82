import { z } from 'zod'
import { emailSchema, nameSchema, passwordSchema, roleSchema } from '../auth/account-schemas'

export const createInvitationSchema = z.object({
  role: roleSchema,
  /** When given, only this address can accept. */
  email: emailSchema.optional(),
})

const tokenSchema = z.string().min(10).max(200)

export const lookupInvitationSchema = z.object({ token: tokenSchema })

/** `name` and `email` are for invitations (`email` may be left out when the invitation is bound to one); a reset needs only the password. */
export const acceptInvitationSchema = z.object({
  token: tokenSchema,
  name: nameSchema.optional(),
  email: emailSchema.optional(),
  password: passwordSchema,
})

export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>
