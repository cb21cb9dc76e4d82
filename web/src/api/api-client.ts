import type { TurnGrade } from '../../../src/grader/grade-types'
import type { TraineeEndReason } from '../../../src/personas/hang-up-policy'
import { ApiError, errorFromResponse, networkError } from './api-error'
import type { CallMode, Me, PersonaCard, SessionListItem, SessionState } from './api-types'

type SignOutListener = () => void
const signOutListeners = new Set<SignOutListener>()

/** Called whenever the server says the session cookie is gone (expired, or signed out in another tab). */
export function onSignedOut(listener: SignOutListener): () => void {
  signOutListeners.add(listener)
  return () => signOutListeners.delete(listener)
}

/** `fetch` for the API: same-origin cookie, JSON in, and an `ApiError` for every failure. */
export async function apiFetch(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal; accept?: string } = {}): Promise<Response> {
  let response: Response
  try {
    response = await fetch(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      credentials: 'same-origin',
      headers: {
        accept: init.accept ?? 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    })
  } catch (error) {
    if (init.signal?.aborted) throw error
    throw networkError()
  }
  if (response.ok) return response
  const error = await errorFromResponse(response)
  if (response.status === 401 && path !== '/api/auth/login') for (const listener of signOutListeners) listener()
  throw error
}

/** A JSON answer from the API, typed by the caller. */
export async function json<T>(path: string, init?: Parameters<typeof apiFetch>[1]): Promise<T> {
  const response = await apiFetch(path, init)
  try {
    return (await response.json()) as T
  } catch {
    throw new ApiError(response.status, 'bad_response', 'The server sent an answer this page could not read.')
  }
}

const sessionPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`

export const api = {
  me: () => json<Me>('/api/me'),
  login: (email: string, password: string) => json<{ user: Me['user'] }>('/api/auth/login', { body: { email, password } }),
  logout: () => json<{ ok: true }>('/api/auth/logout', { method: 'POST', body: {} }),
  personas: () => json<{ personas: PersonaCard[] }>('/api/personas'),
  sessions: () => json<{ sessions: SessionListItem[] }>('/api/sessions'),
  session: (sessionId: string) => json<SessionState>(sessionPath(sessionId)),
  /** Without a mode the server picks: the AI customer when a model is configured, the scripted one otherwise. */
  startSession: (personaId: string, mode?: CallMode) =>
    json<SessionState & { openingLine: string }>('/api/sessions', { body: mode ? { personaId, mode } : { personaId } }),
  endSession: (sessionId: string, reason: TraineeEndReason, note?: string) =>
    json<unknown>(`${sessionPath(sessionId)}/end`, { body: note ? { reason, note } : { reason } }),
  regrade: (turnId: string) =>
    json<{ turnId: string; grade: TurnGrade; regraded: boolean; failure: string | null }>(`/api/turns/${encodeURIComponent(turnId)}/regrade`, { method: 'POST', body: {} }),
  rewind: (sessionId: string, turnId: string) =>
    json<SessionState>(`${sessionPath(sessionId)}/turns/${encodeURIComponent(turnId)}/rewind`, { method: 'POST', body: {} }),
}
