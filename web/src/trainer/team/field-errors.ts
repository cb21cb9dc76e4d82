import { ApiError } from '../../api/api-error'

/** The API's `validation_failed` issues by top-level field name (the first message per field). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return {}
  const issues = (error.details as { issues?: { path?: string[]; message?: string }[] } | undefined)?.issues ?? []
  const byField: Record<string, string> = {}
  for (const issue of issues) {
    const field = issue.path?.[0]
    if (field && issue.message && !(field in byField)) byField[field] = issue.message
  }
  return byField
}
