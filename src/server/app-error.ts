/**
 * One error type with stable codes. The part before ':' picks the HTTP status; the whole code
 * goes to the client as `{ error: { code, message, details? } }`.
 */
const statusByKind = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  model_not_configured: 503,
  unavailable: 503,
  internal: 500,
} as const

export type ErrorKind = keyof typeof statusByKind
export type ErrorCode = ErrorKind | `${ErrorKind}:${string}`

export class AppError extends Error {
  readonly status: (typeof statusByKind)[ErrorKind]
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message)
    this.name = 'AppError'
    const kind = code.split(':')[0] as ErrorKind
    this.status = statusByKind[kind]
  }

  toBody() {
    return { error: { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } }
  }
}

export type ErrorBody = ReturnType<AppError['toBody']>
