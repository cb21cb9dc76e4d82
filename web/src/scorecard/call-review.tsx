import type { Me } from '../api/api-types'
import type { CallState } from '../call/call-reducer'
import { Transcript } from '../call/transcript'
import { ScorecardView } from './scorecard-view'

/** A finished (or opened-from-history) call: the scorecard, then the whole transcript with every grade. */
export function CallReview({ state, models }: { state: CallState; models: Me['models'] }) {
  const kept = state.turns.filter((turn) => turn.role === 'trainee' && !turn.rewound && turn.id !== null)
  return (
    <div className="call-review">
      {state.scorecard && (
        <ScorecardView
          scorecard={state.scorecard}
          rubric={state.rubric}
          outcome={state.outcome}
          persona={state.persona}
          mode={state.mode}
          models={models}
          moodLevels={state.moodHistory}
          turnTexts={kept.map((turn) => turn.text)}
          endedAt={state.endedAt}
          facts={state.facts}
        />
      )}
      <section className="review-transcript" aria-labelledby="review-transcript-title">
        <h2 id="review-transcript-title" className="section-title">
          Transcript and grades
        </h2>
        <p className="section-intro">Every reply with its grade. Replies you took back are marked, so you can compare attempts.</p>
        <Transcript turns={state.turns} customerName={state.persona.name} showFeedback named={state.rubric.criteria} />
      </section>
    </div>
  )
}
