import { customerNameForms } from '../customer-name-forms'
import type { SignalDetector } from '../signal-detector'

/**
 * First names and surnames that are also everyday words. Written with its capital at the start of a sentence
 * ("Hope this helps", "Bill payments are due", "Will you hold?"), such a word is not the customer's name; it
 * counts as the name when it addresses them: after a greeting or a title, or set off by punctuation.
 */
const everydayWords = new Set(
  `bill hope grace will rose summer joy faith may june april august mark pat sue art bob jack ray dawn holly ivy daisy
  iris ruby amber pearl crystal sky rich frank earl sunny lily robin victor chase hunter page grant carol penny sandy
  rusty dean drew gene guy miles max wade woody cliff hazel heather violet olive autumn destiny star honey willow river
  brook forest storm basil sage jasmine ginger clay reed rock stone hart king young white brown black green long short
  small sharp little bond banks price cash wells good best love fair bright field hill wood gay noble rich`.split(/\s+/),
)

const addressing = /(?:^|[\s,])(?:hi|hello|hey|dear|thanks|thank you|sorry|ok|okay|right|well|yes|no|morning|afternoon|evening|mr|mrs|ms|miss|mx|dr|sir|madam)[\s,.]*$/iu

function isAddress(text: string, index: number, form: string): boolean {
  const words = form.trim().split(/\s+/)
  if (words.length > 1 || !everydayWords.has(form.toLowerCase())) return true
  const before = text.slice(0, index)
  const after = text.slice(index + form.length)
  if (/^\s*(?:[,.!?;:…—–-]|$)/u.test(after)) return true
  if (addressing.test(before)) return true
  // Mid-sentence with its capital is a name; at the start of a sentence it is most likely the word.
  return !/(?:^|[.!?…]\s*|\n\s*)$/u.test(before)
}

/** The name forms of each customer, compiled once: a call asks for the same name every turn. */
const formsByName = new Map<string, RegExp[]>()

function formsOf(customerName: string): RegExp[] {
  let forms = formsByName.get(customerName)
  if (forms === undefined) {
    forms = customerNameForms(customerName).map((form) => new RegExp(form.source, form.flags.includes('g') ? form.flags : `${form.flags}g`))
    if (formsByName.size >= 5_000) formsByName.delete(formsByName.keys().next().value!)
    formsByName.set(customerName, forms)
  }
  return forms
}

/** Finds the customer's name in any of the forms an agent may use. */
export const nameDetector: SignalDetector = {
  id: 'used_name',
  detect(turn, context) {
    if (context.customerName.trim() === '') return null
    for (const global of formsOf(context.customerName)) {
      for (const match of turn.text.matchAll(global)) {
        if (match[0].trim() !== '' && isAddress(turn.text, match.index ?? 0, match[0])) return match[0].trim()
      }
    }
    return null
  },
}
