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

/** The capital as written, the rest in any case; apostrophes straight or curly ("O'Brien", "O’BRIEN"). */
function name(part: string): string {
  const [head = '', ...rest] = Array.from(part)
  const tail = rest
    .map((character) => {
      if (character === "'" || character === '’') return "['’]"
      const lower = character.toLowerCase()
      const upper = character.toUpperCase()
      return lower === upper ? escape(character) : `[${escape(lower)}${escape(upper)}]`
    })
    .join('')
  return escape(head) + tail
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}
