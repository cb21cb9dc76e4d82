/** An invitation works for a week: long enough for a new starter to get round to it. */
export const inviteLifetimeMs = 7 * 24 * 3_600_000

/** A password reset opens an existing account (and its call history), so its link lives one day. */
export const passwordResetLifetimeMs = 24 * 3_600_000
