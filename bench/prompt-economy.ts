/**
 * Prompt economy of a long-winded call, on the prompts the server really sent: the bench holds one
 * 30-turn call with the built-in long-winded persona (bench/fixtures/long-winded-call.json) and the
 * fake model hands over every request's messages.
 *
 * Tokens are approximated, since no tokenizer is a dependency: ⌈characters / 4⌉ per message
 * (OpenAI's rule of thumb for English) plus 4 per message for the role and chat-template framing.
 * On English prose that is within ~10% of cl100k/o200k counts, enough for the ratios measured here.
 *
 * The cacheable prefix is the longest byte-identical prefix of the JSON-serialised messages that a
 * prompt shares with the previous turn's prompt, as a share of its own length: what a provider's
 * prompt cache, which matches exact prefixes, can reuse.
 */
import type { CapturedRequest } from './processes'

export interface PromptPoint {
  turn: number
  tokens: number
  /** Share of this prompt that is a byte-identical prefix of the previous turn's (null on turn 1). */
  cachedPrefixShare: number | null
}

export interface PromptSeries {
  points: PromptPoint[]
  at: Record<'1' | '10' | '30', PromptPoint | null>
  /** Tokens at turn 30 over tokens at turn 10 (target ≤ 2). */
  growth30Over10: number | null
  /** Lowest cacheable-prefix share from turn 3 on (target ≥ 0.9), and the turns below 0.9. */
  minCachedPrefixShareFromTurn3: number | null
  turnsBelow90Percent: number[]
  /** Over the whole call from turn 2: cacheable prefix characters over all prompt characters (what caching saves in total). */
  callCachedShare: number | null
}

export interface PromptEconomy {
  turns: number
  persona: PromptSeries
  grader: PromptSeries
  method: string
}

export const promptEconomyMethod =
  'One 30-turn call with the long-winded built-in persona through the running server; the fake model records the messages of every request. ' +
  "Tokens ≈ ⌈chars/4⌉ + 4 per message. Cacheable prefix = longest byte-identical prefix of JSON.stringify(messages) shared with the previous turn's prompt, over this prompt's length."

export function approximateTokens(messages: Array<{ content: string }>): number {
  return messages.reduce((total, message) => total + Math.ceil(message.content.length / 4) + 4, 0)
}

export function sharedPrefixLength(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  let index = 0
  while (index < length && a.charCodeAt(index) === b.charCodeAt(index)) index++
  return index
}

/** `captured` holds the call's requests in order; the first `turns` of each kind are analysed. */
export function analysePrompts(captured: CapturedRequest[], turns: number): PromptEconomy {
  const persona = captured.filter((request) => request.kind === 'stream').map((request) => request.messages).slice(0, turns)
  const grader = captured.filter((request) => request.kind === 'object').map((request) => request.messages).slice(0, turns)
  return { turns: persona.length, persona: series(persona), grader: series(grader), method: promptEconomyMethod }
}

function series(prompts: Array<Array<{ role: string; content: string }>>): PromptSeries {
  const serialised = prompts.map((messages) => JSON.stringify(messages))
  const points = prompts.map((messages, index): PromptPoint => ({
    turn: index + 1,
    tokens: approximateTokens(messages),
    cachedPrefixShare: index === 0 ? null : sharedPrefixLength(serialised[index - 1]!, serialised[index]!) / serialised[index]!.length,
  }))
  const at = (turn: number) => points[turn - 1] ?? null
  const later = points.slice(2)
  let cachedCharacters = 0
  let promptCharacters = 0
  for (let index = 1; index < serialised.length; index++) {
    cachedCharacters += sharedPrefixLength(serialised[index - 1]!, serialised[index]!)
    promptCharacters += serialised[index]!.length
  }
  return {
    points,
    at: { '1': at(1), '10': at(10), '30': at(30) },
    growth30Over10: at(30) && at(10) ? at(30)!.tokens / at(10)!.tokens : null,
    minCachedPrefixShareFromTurn3: later.length === 0 ? null : Math.min(...later.map((point) => point.cachedPrefixShare ?? 1)),
    turnsBelow90Percent: later.filter((point) => (point.cachedPrefixShare ?? 1) < 0.9).map((point) => point.turn),
    callCachedShare: promptCharacters === 0 ? null : cachedCharacters / promptCharacters,
  }
}
