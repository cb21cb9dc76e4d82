import type { SignalId } from '../../../../src/grader/signal-types'
import { personaFieldHelp } from '../../../../src/personas/persona-spec'
import { signalLabels } from '../../labels/signal-labels'
import { personaFieldLabels } from './persona-field-labels'

/** A field's place in the spec: dotted (`hiddenFacts.1.id`), as zod path segments, or as the diff writes it (`hiddenFacts[1].id`). */
export type FieldPath = string | readonly PropertyKey[]

/** The one spelling used for matching: dotted, with list indexes as plain segments. */
export function normalizePath(path: FieldPath): string {
  if (typeof path !== 'string') return path.map(String).join('.')
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '')
}

const isIndex = (segment: string) => /^\d+$/.test(segment)

/** The key of `personaFieldHelp` that documents this path: indexes left out, then the nearest documented ancestor. */
export function helpKey(path: FieldPath): string | null {
  const segments = normalizePath(path).split('.').filter((segment) => segment !== '' && !isIndex(segment))
  for (let length = segments.length; length > 0; length--) {
    const key = segments.slice(0, length).join('.')
    if (Object.hasOwn(personaFieldHelp, key)) return key
  }
  return null
}

/** The help text trainers read beside the field. */
export function fieldHelp(path: FieldPath): string {
  const key = helpKey(path)
  return key === null ? '' : (personaFieldHelp[key] ?? '')
}

/** What one entry of a list field is called, for "Hidden fact 2" rather than "Hidden facts 2". */
const itemLabels: Record<string, string> = {
  resolutions: 'Resolution',
  'resolutions.phrasings': 'Phrasing',
  refusedOutcomes: 'Refused outcome',
  'refusedOutcomes.phrasings': 'Phrasing',
  agentOptions: 'Agent option',
  'agentScreen.account': 'Account row',
  'agentScreen.history': 'History entry',
  'agentScreen.notes': 'Note',
  knownDetails: 'Known detail',
  unknowns: 'Unknown',
  voiceLines: 'Voice line',
  hiddenFacts: 'Hidden fact',
  'hiddenFacts.exampleQuestions': 'Example question',
  'hiddenFacts.earnedBy.keywords': 'Hint word',
  'style.quirks': 'Quirk',
}

/** The field's name in words, e.g. "Hidden fact 2 › Keywords" for `hiddenFacts.1.earnedBy.keywords`. */
export function fieldLabel(path: FieldPath): string {
  const segments = normalizePath(path).split('.').filter((segment) => segment !== '')
  const parts: string[] = []
  const keySegments: string[] = []
  for (const segment of segments) {
    if (isIndex(segment)) {
      const key = keySegments.join('.')
      const item = itemLabels[key] ?? parts.pop() ?? 'Item'
      if (itemLabels[key] !== undefined) parts.pop()
      parts.push(`${item} ${Number(segment) + 1}`)
      continue
    }
    keySegments.push(segment)
    const key = keySegments.join('.')
    const parent = keySegments.slice(0, -1).join('.')
    if (parent === 'mood.sensitivities' && Object.hasOwn(signalLabels, segment)) parts.push(signalLabels[segment as SignalId].label)
    else parts.push(personaFieldLabels[key] ?? segment)
  }
  return parts.join(' › ')
}

/** The id of the input (or list) that shows this path, for labels, error links and focus. */
export function fieldDomId(path: FieldPath): string {
  return `persona-field-${normalizePath(path).replace(/[^A-Za-z0-9_-]/g, '_')}`
}

/** The label above a field: its own name only ("Company"), where the form's headings give the context. */
export function shortFieldLabel(path: FieldPath): string {
  const segments = normalizePath(path).split('.')
  const last = segments.at(-1) ?? ''
  if (segments.at(-2) === 'sensitivities' && Object.hasOwn(signalLabels, last)) return signalLabels[last as SignalId].label
  const key = helpKey(path)
  return key === null ? last : (personaFieldLabels[key] ?? last)
}
