import type { PersonaSpec } from './persona-spec'

/** The pronouns a persona's notes use for the customer: the spec describes them in the third person. */
export type NotePronouns = 'he' | 'she'

const masculine = /\b(?:he|his|him|himself)\b/giu
const feminine = /\b(?:she|her|hers|herself)\b/giu

/**
 * Which pronouns the persona's scenario uses for the customer, or null when it is not clear (no pronouns, both
 * about equally, or "they", which could as well be other people): then nothing is converted.
 */
export function notePronouns(persona: PersonaSpec): NotePronouns | null {
  const text = [persona.scenario.whatWentWrong, persona.scenario.customerWants].join(' ')
  const he = text.match(masculine)?.length ?? 0
  const she = text.match(feminine)?.length ?? 0
  if (he > 0 && she === 0) return 'he'
  if (she > 0 && he === 0) return 'she'
  if (he >= 3 * she && he > 0) return 'he'
  if (she >= 3 * he && she > 0) return 'she'
  return null
}

/** Words after "her" that show it is the object ("told her the date"), not the possessive ("her card"). */
const afterObjectHer = new Set(
  'a an the to for from at in on of with and or but that this these those about by up down off out over back again too as so then when if because before after until while now there here than is was will would can could has had did does not who which what how why where yet very more most less all both'.split(' '),
)

/** Third-person verb forms after the customer's pronoun, and what they are after "I". */
const irregular: Record<string, string> = {
  is: 'am',
  "isn't": "'m not",
  was: 'was',
  "wasn't": "wasn't",
  has: 'have',
  "hasn't": "haven't",
  does: 'do',
  "doesn't": "don't",
  goes: 'go',
}

/** Words that may sit between the pronoun and its verb: "he always says". */
const adverbs = new Set('always never also still just often usually only really even already sometimes actually'.split(' '))

/** Words ending in "s" that are not verbs: left alone after the pronoun. */
const notVerbs = new Set('was has is does goes always sometimes perhaps unless thus whereas'.split(' '))

function firstPersonVerb(verb: string): string | null {
  const lower = verb.toLowerCase()
  if (Object.hasOwn(irregular, lower)) return irregular[lower]!
  if (notVerbs.has(lower) || !/^[a-z]+s$/.test(lower) || lower.endsWith('ss') || lower.endsWith('us') || lower.length < 4) return null
  if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`
  if (/(?:sh|ch|x|z|o)es$/.test(lower) || /sses$/.test(lower)) return lower.slice(0, -2)
  return lower.slice(0, -1)
}

function withCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

/**
 * Turns a note about the customer ("He took the morning off", "the tablet his granddaughter set up for him") into
 * their own words ("I took the morning off", "the tablet my granddaughter set up for me"), by simple pronoun rules:
 * only the customer's own pronouns change (a woman's notes keep "his" for her son), and a verb right after the
 * subject follows "I" ("he has" → "I have", "she wants" → "I want"). Without clear pronouns the text is kept.
 */
export function toFirstPerson(text: string, pronouns: NotePronouns | null): string {
  if (pronouns === null) return text
  const words = pronouns === 'he' ? { subject: 'he', possessive: 'his', object: 'him', reflexive: 'himself' } : { subject: 'she', possessive: 'her', object: 'her', reflexive: 'herself' }
  const tokens = text.split(/(\s+)/)
  const out: string[] = []
  let afterSubject = false
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (/^\s+$/.test(token) || token === '') {
      out.push(token)
      continue
    }
    const match = /^([^\p{L}]*)([\p{L}'’-]+)([^\p{L}]*)$/u.exec(token)
    if (match === null) {
      afterSubject = false
      out.push(token)
      continue
    }
    const [, before, word, after] = match as unknown as [string, string, string, string]
    const lower = word.toLowerCase().replace('’', "'")
    let replaced: string | null = null
    let subjectNow = false
    if (lower === words.subject) {
      replaced = 'I'
      subjectNow = after === ''
    } else if (lower === `${words.subject}'s`) {
      const next = (tokens[index + 2] ?? '').toLowerCase()
      replaced = /^(?:got|been|had)\b/.test(next) ? "I've" : "I'm"
    } else if (lower === words.reflexive) {
      replaced = withCase('myself', word)
    } else if (pronouns === 'she' && lower === 'her') {
      const next = (tokens[index + 2] ?? '').toLowerCase().replace(/[^\p{L}']/gu, '')
      const objectUse = after !== '' || next === '' || afterObjectHer.has(next)
      replaced = withCase(objectUse ? 'me' : 'my', word)
    } else if (lower === words.possessive) {
      replaced = withCase('my', word)
    } else if (lower === words.object) {
      replaced = withCase('me', word)
    } else if (pronouns === 'she' && lower === 'hers') {
      replaced = withCase('mine', word)
    } else if (afterSubject) {
      if (adverbs.has(lower)) {
        out.push(token)
        continue
      }
      const verb = firstPersonVerb(word)
      if (verb !== null) {
        // "I'm not" is written onto the "I" before it, without the space.
        if (verb.startsWith("'")) {
          out.pop()
          out[out.length - 1] = `${out.at(-1)}${verb}`
          out.push(after)
          afterSubject = false
          continue
        }
        replaced = verb
      }
    }
    afterSubject = subjectNow
    out.push(`${before}${replaced ?? word}${after}`)
  }
  return out.join('')
}
