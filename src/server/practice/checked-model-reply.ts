import type { MoodBand } from '../../personas/mood'
import type { PersonaSpec } from '../../personas/persona-spec'
import { guardReply, type ReplyProblem } from '../../personas/reply-guard'
import { resolveScript } from '../../personas/scripted-customer'
import type { AppDependencies } from '../app-dependencies'
import { appendModelCalls } from '../db/queries/practice-queries'
import type { startModelCall } from './model-call-record'
import type { EmitTurnEvent } from './turn-events'

type ModelCall = ReturnType<typeof startModelCall>

/** What checking a model-played customer's reply needs from the turn. */
export interface ReplyCheck {
  /** What the customer said earlier in the call, oldest first, the opening included (not this turn's own cut-off reply). */
  earlierCustomerLines: string[]
  /** The server ends the call with this reply (hang-up or satisfied close): a goodbye is then due. */
  callEnds: boolean
  /** The mood band the reply plays, for the last-resort line. */
  band: MoodBand
  /** Asks the model for the reply once more, the problem named in the director's note. */
  regenerate(problem: ReplyProblem): { deltas: AsyncIterable<string>; call: ModelCall }
}

interface CheckContext {
  dependencies: AppDependencies
  persona: PersonaSpec
  emit: EmitTurnEvent
  sessionId: string
  /** The trainee turn being answered. */
  turnId: string
}

/**
 * Only the server ends a call, and the customer never says the same line twice: a finished model reply that says
 * goodbye mid-call, or repeats an earlier customer line word for word, is asked for once more. The browser is told
 * to drop what it showed (`reply-reset`) and the new attempt streams in its place. If the new attempt fails the
 * same way, the kept text is the attempt with the offending sentences cut; if nothing is left of either, one of the
 * persona's own lines for the mood that has not been said yet. Returns the text to store.
 */
export async function checkedModelReply(context: CheckContext, text: string, check: ReplyCheck): Promise<string> {
  const { dependencies, emit } = context
  const first = guardReply(text, check)
  if (first.ok) return text
  dependencies.logger('info', 'persona reply asked again', { sessionId: context.sessionId, turnId: context.turnId, problem: first.problem })
  await emit('reply-reset', { replyTo: context.turnId, problem: first.problem })
  const again = check.regenerate(first.problem)
  let retried = ''
  try {
    for await (const delta of again.deltas) {
      again.call.firstToken()
      retried += delta
      await emit('reply-delta', { text: delta })
    }
    await appendModelCalls(dependencies.db, { turnId: context.turnId, calls: [again.call.finish()] })
  } catch (error) {
    // The first attempt, trimmed, still answers the turn: a failed second request does not fail it.
    await appendModelCalls(dependencies.db, { turnId: context.turnId, calls: [again.call.finish(error)] })
    return first.trimmed.trim() || unsaidLine(context.persona, check)
  }
  const second = guardReply(retried, check)
  if (second.ok) return retried
  return second.trimmed.trim() || first.trimmed.trim() || unsaidLine(context.persona, check)
}

/** One of the persona's scripted lines for the mood that has not been said in this call (the least bad last resort). */
function unsaidLine(persona: PersonaSpec, check: ReplyCheck): string {
  const lines = resolveScript(persona).bands[check.band]
  return lines.find((line) => guardReply(line, { earlierCustomerLines: check.earlierCustomerLines, callEnds: true }).ok) ?? lines[0] ?? '…'
}
