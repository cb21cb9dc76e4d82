import type { Archetype } from '../../../src/personas/persona-spec'

const archetypeNames: Record<Archetype, string> = {
  hostile: 'Hostile',
  'long-winded': 'Long-winded',
  'know-it-all': 'Know-it-all',
  'elderly-confused': 'Elderly and confused',
  custom: 'Custom',
}

export function archetypeName(archetype: string): string {
  return (archetypeNames as Record<string, string>)[archetype] ?? archetype
}
