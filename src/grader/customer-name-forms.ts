const titles = /^(mr|mrs|ms|miss|mx|dr|doctor|sir|dame|madam|prof|professor|rev|reverend|lord|lady)\.?$/i
const addressTitles = '(Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Sir|Dame|Madam|Madame|Ma’am|Ma\'am|Prof|Professor|Rev|Reverend|Lord|Lady)\\.?'

/**
 * Ways an agent may address a customer named e.g. "Margaret Doyle", longest first:
 * the full name, a title with the surname ("Mrs Doyle", "Ms. Doyle"), the surname, the first name.
 * A name must start with its capital letter, so a customer called "Bill" is not found in "your bill".
 */
export function customerNameForms(customerName: string): RegExp[] {
  const parts = customerName
    .split(/\s+/)
    .filter((part) => part !== '' && !titles.test(part))
  const first = parts[0]
  const surname = parts.length > 1 ? parts[parts.length - 1] : undefined
  const forms: RegExp[] = []
  if (first !== undefined && surname !== undefined) forms.push(namePattern(`${name(first)}\\s+${name(surname)}`))
  if (surname !== undefined) {
    forms.push(namePattern(`${addressTitles}\\s+${name(surname)}`))
    forms.push(namePattern(name(surname)))
  }
  if (first !== undefined) forms.push(namePattern(name(first)))
  return forms
}

function namePattern(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])${source}(?![\\p{L}\\p{N}_])`, 'u')
}

/**
 * The capital as written, the rest in any case; apostrophes straight or curly ("O'Brien", "O’BRIEN"), hyphens as
 * any dash ("Anne-Marie", "Al‑Sayed"), accents as written. Scripts without case (Arabic, Chinese) match as written.
 */
function name(part: string): string {
  const [head = '', ...rest] = Array.from(part.normalize('NFC'))
  const tail = rest
    .map((character) => {
      if (character === "'" || character === '’') return "['’]"
      if (/\p{Pd}/u.test(character)) return '[\\p{Pd}\\s]?'
      const lower = character.toLowerCase()
      const upper = character.toUpperCase()
      return lower === upper || lower.length !== 1 || upper.length !== 1 ? escape(character) : `[${escapeInClass(lower)}${escapeInClass(upper)}]`
    })
    .join('')
  return escape(head) + tail
}

/** Escapes a character outside a class: in a `u` pattern only syntax characters may be escaped ("\\-" is an error). */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** Inside a class, `-`, `]`, `\\` and `^` need escaping; `\\-` is allowed there. */
function escapeInClass(text: string): string {
  return text.replace(/[\]\\^-]/g, '\\$&')
}
