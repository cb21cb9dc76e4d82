import type { z } from 'zod'

type RawIssue = z.core.$ZodRawIssue

/**
 * Plain words for zod's generic messages ("Too small: expected string to have >=1 characters" becomes "Required."),
 * passed to `safeParse` as its error map. Messages the schema writes itself (the persona spec's own rules) win over
 * this map, so only the generic ones change.
 */
export function personaIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Required.'
      if (issue.expected === 'int' || issue.expected === 'number') return 'Enter a whole number.'
      return undefined
    case 'too_small': {
      const minimum = Number(issue.minimum)
      if (issue.origin === 'string') return minimum <= 1 ? 'Required.' : `Use at least ${minimum} characters.`
      if (issue.origin === 'array') return minimum === 1 ? 'Add at least one.' : `Add at least ${minimum}.`
      if (issue.origin === 'number' || issue.origin === 'int') return `Use ${minimum} or more.`
      return undefined
    }
    case 'too_big': {
      const maximum = Number(issue.maximum)
      if (issue.origin === 'string') return `Use at most ${maximum} characters.`
      if (issue.origin === 'array') return `Keep it to at most ${maximum}.`
      if (issue.origin === 'number' || issue.origin === 'int') return `Use ${maximum} or less.`
      return undefined
    }
    default:
      return undefined
  }
}
