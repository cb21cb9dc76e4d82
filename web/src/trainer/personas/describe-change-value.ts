/** A value from a version diff, ready to show: absent, one piece of text, a list of lines, or structured data. */
export type ValueView =
  | { kind: 'absent' }
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'data'; text: string }

const scalarText = (value: string | number | boolean): string => (typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value))

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'

/** How one side of a change reads: text as written, lists as lists, anything nested as indented JSON. */
export function describeChangeValue(value: unknown): ValueView {
  if (value === undefined || value === null) return { kind: 'absent' }
  if (isScalar(value)) return { kind: 'text', text: scalarText(value) }
  if (Array.isArray(value) && value.every(isScalar)) return value.length === 0 ? { kind: 'text', text: '(empty list)' } : { kind: 'list', items: value.map(scalarText) }
  return { kind: 'data', text: JSON.stringify(value, null, 2) }
}
