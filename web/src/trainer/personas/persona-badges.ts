import type { ManagedPersona } from '../../../../src/server/personas/persona-admin-types'

export interface PersonaBadge {
  label: string
  tone: 'good' | 'neutral' | 'info' | 'none'
  hint: string
}

/** The lifecycle badges of a persona: built-in or not, published or draft, and archived. */
export function personaBadges(persona: Pick<ManagedPersona, 'builtin' | 'published' | 'archived'>): PersonaBadge[] {
  const badges: PersonaBadge[] = []
  if (persona.builtin) badges.push({ label: 'Built-in', tone: 'info', hint: 'Shipped with toughcall; duplicate it to make changes.' })
  if (persona.published) badges.push({ label: 'Published', tone: 'good', hint: 'Trainees can practise with it.' })
  else badges.push({ label: 'Draft', tone: 'neutral', hint: 'Only trainers can see and test-drive it.' })
  if (persona.archived) badges.push({ label: 'Archived', tone: 'none', hint: 'Hidden from trainees; its history is kept.' })
  return badges
}
