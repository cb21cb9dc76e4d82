import type { RubricChange } from './rubric-api'
import { rubricFieldHelp } from './rubric-field-help'

/** A change from the version diff, in words: where, and what it was and became. */
export function rubricChangeText(change: RubricChange, titles: ReadonlyMap<string, string>): { where: string; what: string; before?: string; after?: string } {
  const criterion = (id: string | null) => (id ? (titles.get(id) ?? id) : '')
  switch (change.kind) {
    case 'added':
      return { where: change.title, what: 'Added' }
    case 'retired':
      return { where: change.title, what: 'Retired' }
    case 'reordered':
      return { where: 'Criteria', what: 'Order changed', before: change.before.map(criterion).join(' → '), after: change.after.map(criterion).join(' → ') }
    case 'changed': {
      const field = change.field in rubricFieldHelp ? rubricFieldHelp[change.field as keyof typeof rubricFieldHelp].label : change.field
      const where = change.criterionId ? `${criterion(change.criterionId)} · ${field.replace(' (optional)', '')}` : field
      const show = (value: string | number | null) => (value === null || value === '' ? '(empty)' : String(value))
      return { where, what: 'Changed', before: show(change.before), after: show(change.after) }
    }
  }
}
