import type { Context } from 'hono'
import type { z } from 'zod'
import { AppError } from '../app-error'

/** The one validation path for request bodies: 400 `validation_failed` with zod's field paths. */
export async function parseBody<Schema extends z.ZodType>(context: Context, schema: Schema): Promise<z.infer<Schema>> {
  const contentType = context.req.header('content-type') ?? ''
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    throw new AppError('unsupported_media_type', 'Send the request body as JSON with content-type: application/json.')
  }
  let body: unknown
  try {
    body = await context.req.json()
  } catch {
    throw new AppError('bad_request:invalid_json', 'The request body must be JSON.')
  }
  return parseInput(schema, body)
}

export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      parsed.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; '),
      { issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, code: issue.code })) },
    )
  }
  return parsed.data
}
