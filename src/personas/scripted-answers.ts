import { topicOf, type Topic } from '../grader/topic-match'
import { toFirstPerson, type NotePronouns } from './first-person'
import type { PersonaSpec } from './persona-spec'

/*
 * What a scripted customer answers besides its mood: the known details the agent asks for ("Can I take your
 * postcode?" → "My postcode is S11 8PQ.") and, for a question about something the customer does not know, an
 * admission in their words. Matching is by topic (`topicOf`: stems and the call's synonym groups), not by one
 * keyword, and only a question or request counts.
 */

export interface KnownDetail {
  label: string
  value: string
}

/** The persona's known details, with their name added (an agent checking who they speak to asks for it). */
export function knownDetailsOf(persona: PersonaSpec): KnownDetail[] {
  const named = persona.knownDetails.some((detail) => /\bname\b/i.test(detail.label))
  return named ? persona.knownDetails : [...persona.knownDetails, { label: 'Name', value: persona.name }]
}

function shared(left: Topic, right: Topic): number {
  let count = 0
  for (const concept of left) if (right.has(concept)) count++
  return count
}

/** Whether the question asks for everything the label names (two thirds of it, for a long label). */
function asksForLabel(label: Topic, question: Topic): boolean {
  if (label.size === 0) return false
  const hits = shared(label, question)
  return label.size >= 3 ? hits * 3 >= label.size * 2 : hits === label.size
}

/**
 * The indexes (into `knownDetailsOf`) of the details these questions ask for, at most two, in the order asked. A
 * question must be mostly about details ("What's your postcode?"), not a question on another topic that happens
 * to name one ("What did the agents say about the broadband?").
 */
export function detailsAskedFor(persona: PersonaSpec, questions: readonly string[]): number[] {
  const details = knownDetailsOf(persona).map((detail) => topicOf(detail.label))
  const asked: number[] = []
  for (const question of questions) {
    const topic = topicOf(question)
    if (topic.size === 0) continue
    const matched = details.flatMap((label, index) => (asksForLabel(label, topic) ? [index] : []))
    const covered = new Set(matched.flatMap((index) => [...details[index]!].filter((concept) => topic.has(concept))))
    if (matched.length === 0 || covered.size * 2 < topic.size) continue
    for (const index of matched) if (!asked.includes(index)) asked.push(index)
  }
  return asked.slice(0, 2)
}

/**
 * The index of the unknown a question asks about, if one clearly stands out: it shares two concepts with the
 * question, or one that is at least half of what the question is about ("Do you know your password?").
 */
export function unknownAskedAbout(persona: PersonaSpec, questions: readonly string[]): number | null {
  let best: { index: number; score: number } | null = null
  for (const question of questions) {
    const topic = topicOf(question)
    persona.unknowns.forEach((unknown, index) => {
      const hits = shared(topicOf(unknown), topic)
      if (hits === 0 || (hits < 2 && hits * 2 < topic.size)) return
      if (best === null || hits > best.score) best = { index, score: hits }
    })
  }
  return best === null ? null : (best as { index: number }).index
}

/** Labels that name an identifier ("Account number", "Postcode", "Date of birth") read as "My … is …". */
const identifierLabel = /^(?:[\p{L}-]+\s+){0,2}(?:number|no|postcode|post code|zip code|code|address|name|birth|email|e-mail|reference|id)$/iu

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * A known detail in the customer's words: "My postcode is S11 8PQ." for a label that names an identifier, else
 * the label asked back and answered ("How I paid? My debit card, online."), both in the first person.
 */
export function detailSentence(detail: KnownDetail, pronouns: NotePronouns | null): string {
  const label = toFirstPerson(detail.label.trim(), pronouns)
  const value = toFirstPerson(detail.value.trim(), pronouns).replace(/[.;,\s]+$/u, '')
  const plain = identifierLabel.test(detail.label.trim())
  const lower = /^\p{Lu}\p{Ll}/u.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label
  if (plain) return `My ${lower} is ${value}.`
  return `${capitalise(label)}? ${capitalise(value)}.`
}
