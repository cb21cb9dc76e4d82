import { useCallback, useEffect, useReducer, useRef, useState } from 'react'
import type { TraineeEndReason } from '../../../src/personas/hang-up-policy'
import { api } from '../api/api-client'
import { ApiError } from '../api/api-error'
import { streamTurn } from '../api/stream-turn'
import { callReducer } from './call-reducer'
import { newClientTurnId } from './new-client-turn-id'
import { readUnsentMessages, saveUnsentMessages } from './unsent-messages'

/** How often to look again while the server answers a turn this tab is not streaming. */
const busyPollMs = 1_500

/** One call: its state, and the trainee's actions on it. */
export function useCallSession(sessionId: string) {
  const [state, dispatch] = useReducer(callReducer, null)
  const [loadError, setLoadError] = useState<ApiError | null>(null)
  /** A problem with an action (rewind, hang up) that is not about one message. */
  const [notice, setNotice] = useState<string | null>(null)
  /** The latest complete customer reply, for the screen reader's live region. */
  const [announcement, setAnnouncement] = useState('')
  const streamAbort = useRef<AbortController | null>(null)
  const stateRef = useRef(state)
  stateRef.current = state

  const refresh = useCallback(async () => {
    try {
      const view = await api.session(sessionId)
      dispatch({ type: 'session-loaded', view, unsent: readUnsentMessages(sessionId) })
      setLoadError(null)
      // A new call: let a screen reader hear how the customer opens it.
      const opening = view.turns[0]
      if (view.turns.length === 1 && opening?.role === 'customer' && view.session.status === 'active') setAnnouncement(`${view.persona.name}: ${opening.text}`)
    } catch (error) {
      setLoadError(error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error)))
    }
  }, [sessionId])

  useEffect(() => {
    void refresh()
    return () => streamAbort.current?.abort()
  }, [refresh])

  const turns = state?.turns
  useEffect(() => {
    if (turns) saveUnsentMessages(sessionId, turns)
  }, [sessionId, turns])

  const serverBusy = state?.serverBusy === true && state.streaming === null
  useEffect(() => {
    if (!serverBusy) return
    const timer = window.setTimeout(() => void refresh(), busyPollMs)
    return () => window.clearTimeout(timer)
  }, [serverBusy, state, refresh])

  const runTurn = useCallback(
    async (clientTurnId: string, text: string) => {
      const controller = new AbortController()
      streamAbort.current = controller
      let settled = false
      let ended = false
      try {
        for await (const event of streamTurn({ sessionId, clientTurnId, text, signal: controller.signal })) {
          dispatch({ type: 'turn-event', clientTurnId, event })
          if (event.name === 'reply-end' || event.name === 'turn-error') settled = true
          if (event.name === 'reply-end') setAnnouncement(`${stateRef.current?.persona.name ?? 'The customer'}: ${event.data.text}`)
          if (event.name === 'session-ended') ended = true
        }
      } catch (error) {
        if (controller.signal.aborted) return
        if (error instanceof ApiError) {
          settled = true
          dispatch({ type: 'request-failed', clientTurnId, failure: { message: failureMessage(error), retryable: error.retryable } })
          if (error.code === 'conflict:session_ended' || error.code === 'conflict:turn_in_flight') ended = true
        }
      } finally {
        if (!controller.signal.aborted) {
          dispatch({ type: 'stream-closed', clientTurnId })
          // Whatever the stream didn't deliver (a dropped connection, the end of the call), the server has.
          if (!settled || ended) void refresh()
        }
        if (streamAbort.current === controller) streamAbort.current = null
      }
    },
    [sessionId, refresh],
  )

  const send = useCallback(
    (text: string, clientTurnId = newClientTurnId()) => {
      setNotice(null)
      dispatch({ type: 'message-sent', clientTurnId, text })
      void runTurn(clientTurnId, text)
    },
    [runTurn],
  )

  const retry = useCallback(
    (clientTurnId: string) => {
      const turn = stateRef.current?.turns.find((entry) => entry.clientTurnId === clientTurnId)
      if (!turn) return
      setNotice(null)
      dispatch({ type: 'retry-started', clientTurnId })
      void runTurn(clientTurnId, turn.text)
    },
    [runTurn],
  )

  const rewind = useCallback(
    async (turnId: string) => {
      setNotice(null)
      try {
        dispatch({ type: 'session-loaded', view: await api.rewind(sessionId, turnId) })
        return true
      } catch (error) {
        setNotice(error instanceof ApiError ? error.message : 'Could not take that reply back.')
        return false
      }
    },
    [sessionId],
  )

  const hangUp = useCallback(
    async (reason: TraineeEndReason, note?: string) => {
      await api.endSession(sessionId, reason, note)
      await refresh()
    },
    [sessionId, refresh],
  )

  /** Asks the grader again for a turn whose grade failed; the rules-only grade stays if it fails again. */
  const regrade = useCallback(async (turnId: string) => {
    setNotice(null)
    try {
      const result = await api.regrade(turnId)
      if (result.regraded) dispatch({ type: 'grade-updated', turnId, grade: result.grade })
      else setNotice(result.failure ?? 'The coach could not grade that reply this time.')
    } catch (error) {
      setNotice(error instanceof ApiError ? error.message : 'The coach could not grade that reply this time.')
    }
  }, [])

  return { state, loadError, notice, announcement, send, retry, rewind, regrade, hangUp, refresh }
}

function failureMessage(error: ApiError): string {
  if (error.status === 429 && error.retryAfterSeconds) return `${error.message} Try again in ${error.retryAfterSeconds} s.`
  if (error.code === 'model_not_configured') return `${error.message} Your message is kept.`
  return error.message
}
