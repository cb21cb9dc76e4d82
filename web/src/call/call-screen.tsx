import { useEffect, useRef, useState } from 'react'
import type { Me } from '../api/api-types'
import { CallReview } from '../scorecard/call-review'
import { AgentScreenDrawer, AgentScreenPanel } from './agent-screen'
import { CallEndedBanner } from './call-ended-banner'
import { CallHeader } from './call-header'
import { isBusy, retryableTurn, rewindableTurn } from './call-reducer'
import { Composer } from './composer'
import { HangUpDialog } from './hang-up-dialog'
import { Transcript } from './transcript'
import { useCallSession } from './use-call-session'
import { useCoachingPreference } from './use-coaching-preference'
import { useFollowTranscript } from './use-follow-transcript'

/** The call itself: transcript, mood, coaching, and the message box; the scorecard once it ends. */
export function CallScreen({ sessionId, models }: { sessionId: string; models: Me['models'] }) {
  const call = useCallSession(sessionId)
  const [coaching, setCoaching] = useCoachingPreference()
  const [hangingUp, setHangingUp] = useState(false)
  /** The agent's screen as a drawer (on a phone; at desktop widths it sits beside the call). */
  const [screenOpen, setScreenOpen] = useState(false)
  /** Bumped to put the focus back in the message box (after a turn is taken back). */
  const [composerFocus, setComposerFocus] = useState(0)
  const wasActive = useRef<boolean | null>(null)
  const { state } = call
  const transcriptFrame = useRef<HTMLDivElement>(null)

  useEffect(() => {
    document.title = state ? `Call with ${state.persona.name} · toughcall` : 'Call · toughcall'
  }, [state?.persona.name])

  useFollowTranscript(transcriptFrame, state?.status === 'active')

  // When the call ends while on screen, show its end from the top: the banner, then the scorecard.
  const status = state?.status
  useEffect(() => {
    if (!status) return
    if (wasActive.current === true && status === 'ended') {
      window.scrollTo(0, 0)
      document.getElementById('call-ended')?.focus()
    }
    wasActive.current = status === 'active'
  }, [status])

  if (!state) {
    return call.loadError ? (
      <div className="page">
        <h1 className="page-title">This call could not be opened</h1>
        <p className="form-problem" role="alert">
          {call.loadError.message}
        </p>
        <button type="button" className="button" onClick={() => void call.refresh()}>
          Try again
        </button>
      </div>
    ) : (
      <p className="page-loading" role="status">
        Connecting the call…
      </p>
    )
  }

  const busy = isBusy(state)
  const active = state.status === 'active'
  const retry = retryableTurn(state)
  const rewind = rewindableTurn(state)
  // A scripted customer always answers; an AI customer needs the model.
  const canAnswer = state.mode === 'scripted' || models.persona
  const customerStarted = state.turns.at(-1)?.role === 'customer' && state.turns.at(-1)?.status === 'streaming'
  const previousMood = state.moodHistory.length > 1 ? (state.moodHistory.at(-2) ?? null) : null

  return (
    <div className="call" data-active={active || undefined}>
      <CallHeader
        persona={state.persona}
        mode={state.mode}
        mood={state.mood.level}
        previousMood={previousMood}
        active={active}
        coaching={coaching}
        onCoachingChange={setCoaching}
        onHangUp={() => setHangingUp(true)}
        hangUpDisabled={busy}
        onOpenScreen={() => setScreenOpen(true)}
        screenOpen={screenOpen}
      />
      {!active && <CallEndedBanner outcome={state.outcome} customerName={state.persona.name} />}
      {active ? (
        <div className="call-body">
          <div className="call-main">
            {call.notice && (
              <p className="banner" data-tone="bad" role="alert">
                {call.notice}
              </p>
            )}
            <div ref={transcriptFrame}>
              <Transcript
                turns={state.turns}
                customerName={state.persona.name}
                showFeedback={coaching}
                named={state.rubric.criteria}
                typing={busy && !customerStarted}
                retryKey={retry?.key}
                rewindKey={rewind?.key}
                onRetry={call.retry}
                onRegrade={models.grader ? call.regrade : undefined}
                onRewind={(turnId) => void call.rewind(turnId).then((done) => done && setComposerFocus((count) => count + 1))}
              />
            </div>
            <Composer
              focusRequest={composerFocus}
              disabled={busy || !canAnswer}
              disabledReason={!canAnswer ? 'No AI model is connected any more, so this AI customer cannot answer. Hang up and start a scripted call.' : busy ? `${state.persona.name} is answering…` : undefined}
              onSend={call.send}
            />
          </div>
          <AgentScreenPanel brief={state.persona.brief} />
          <AgentScreenDrawer brief={state.persona.brief} open={screenOpen} onClose={() => setScreenOpen(false)} />
          <HangUpDialog
            open={hangingUp}
            policy={state.persona.hangUpPolicy}
            onCancel={() => setHangingUp(false)}
            onConfirm={async (reason, note) => {
              await call.hangUp(reason, note)
              setHangingUp(false)
            }}
          />
        </div>
      ) : (
        <CallReview state={state} models={models} />
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {call.announcement}
      </p>
    </div>
  )
}
