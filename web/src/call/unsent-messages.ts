import type { TranscriptTurn } from './transcript-turn'

/** A message the server has not taken yet, kept in this tab so a reload cannot lose it. */
export interface UnsentMessage {
  clientTurnId: string
  text: string
}

const storageKey = (sessionId: string) => `toughcall.unsent.${sessionId}`

export function readUnsentMessages(sessionId: string): UnsentMessage[] {
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(storageKey(sessionId)) ?? '[]') as unknown
    return Array.isArray(stored)
      ? stored.filter((entry): entry is UnsentMessage => typeof entry?.clientTurnId === 'string' && typeof entry?.text === 'string')
      : []
  } catch {
    return []
  }
}

export function saveUnsentMessages(sessionId: string, turns: readonly TranscriptTurn[]): void {
  const unsent = turns
    .filter((turn) => turn.role === 'trainee' && turn.id === null && turn.clientTurnId && (turn.status === 'unsent' || turn.status === 'sending'))
    .map((turn) => ({ clientTurnId: turn.clientTurnId as string, text: turn.text }))
  try {
    if (unsent.length === 0) window.sessionStorage.removeItem(storageKey(sessionId))
    else window.sessionStorage.setItem(storageKey(sessionId), JSON.stringify(unsent))
  } catch {
    // Storage may be full or refused; the message is still on screen.
  }
}
