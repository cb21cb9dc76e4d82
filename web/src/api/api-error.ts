/** An error answer from the API (`{ error: { code, message, details? } }`), or `network` when the server was not reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** From a 429's retry-after header. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message)
    this.name = 'ApiError'
  }

  /** Worth trying the same request again later: the network, a busy server, a turn still in flight. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.code === 'conflict:turn_in_flight' || (this.status >= 500 && this.code !== 'model_not_configured')
  }
}

export const networkError = () => new ApiError(0, 'network', 'Could not reach the server. Check your connection and try again.')

export async function errorFromResponse(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('retry-after'))
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; details?: unknown } }
    if (body.error?.code && body.error.message) {
      return new ApiError(response.status, body.error.code, body.error.message, body.error.details, retryAfterSeconds)
    }
  } catch {
    // Not our JSON error shape (a proxy's HTML page, say): fall through to a generic message.
  }
  return new ApiError(response.status, `http_${response.status}`, `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.'), undefined, retryAfterSeconds)
}
