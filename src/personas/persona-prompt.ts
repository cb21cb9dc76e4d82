import type { ChatMessage } from '../server/llm/llm-client'
import { buildDirectorNote, type DirectorMood, type ReplyCorrection } from './director-note'
import { buildPersonaCard } from './persona-card'
import type { PersonaSpec } from './persona-spec'

export interface TranscriptLine {
  role: 'customer' | 'trainee'
  text: string
}

export interface PersonaPromptState {
  mood: DirectorMood
  /** Ids of the hidden facts the trainee has earned so far in this call. */
  earnedFactIds: string[]
  /** The trainee turn being answered (the first is 1); when left out, counted from the transcript. */
  turn?: number
  /** Set when the reply is asked for again because the first attempt said goodbye mid-call or repeated itself. */
  correction?: ReplyCorrection
}

/** Any `<agent_said>` or `<director_note>` tag the trainee typed loses its `<`, so the text cannot close its delimiter or forge a note. */
function neutraliseDelimiters(text: string): string {
  return text.replace(/<(\s*\/?\s*(?:agent_said|director_note))/gi, '&lt;$1')
}

/** The trainee's words as data: delimited, never read as instructions (the persona card says so). */
export function wrapAgentText(text: string): string {
  return `<agent_said>${neutraliseDelimiters(text)}</agent_said>`
}

function toMessage(line: TranscriptLine): ChatMessage {
  return line.role === 'customer'
    ? { role: 'assistant', content: line.text }
    : { role: 'user', content: wrapAgentText(line.text) }
}

/** Consecutive lines from one side (e.g. after a reply that failed) become one message, so roles keep alternating. */
function mergeConsecutive(messages: ChatMessage[]): ChatMessage[] {
  const merged: ChatMessage[] = []
  for (const message of messages) {
    const previous = merged.at(-1)
    if (previous !== undefined && previous.role === message.role) {
      merged[merged.length - 1] = { role: message.role, content: `${previous.content}\n\n${message.content}` }
    } else {
      merged.push(message)
    }
  }
  return merged
}

/** Opens the conversation with a user turn: many local chat templates (llama.cpp, Gemma, Mistral) reject an assistant turn right after the system message. */
export const callConnected = '(The call connects. You speak first.)'

/**
 * Messages for the customer's next line, ordered for provider prompt caches: the stable persona card first
 * (identical on every turn), then the transcript (customer lines as `assistant`, the trainee's as delimited
 * `user` data), and last a short director's note with the mood, the facts earned so far and any end event.
 * The note rides at the end of the last user message rather than as a system message of its own, because
 * several OpenAI-compatible servers refuse a system message after the first. Hidden facts not yet earned appear nowhere.
 */
export function buildPersonaMessages(
  persona: PersonaSpec,
  state: PersonaPromptState,
  transcript: TranscriptLine[],
): ChatMessage[] {
  const conversation = mergeConsecutive([{ role: 'user', content: callConnected }, ...transcript.map(toMessage)])
  const turn = state.turn ?? transcript.filter((line) => line.role === 'trainee').length
  const note = `<director_note>\n${buildDirectorNote(persona, state.mood, state.earnedFactIds, { turn, correction: state.correction })}\n</director_note>`
  const last = conversation.at(-1)
  if (last?.role === 'user') conversation[conversation.length - 1] = { role: 'user', content: `${last.content}\n\n${note}` }
  else conversation.push({ role: 'user', content: note })
  return [{ role: 'system', content: buildPersonaCard(persona) }, ...conversation]
}
