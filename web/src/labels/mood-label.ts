import { type MoodBand, moodBand } from '../../../src/personas/mood'

const bandNames: Record<MoodBand, string> = {
  furious: 'Furious',
  angry: 'Angry',
  frustrated: 'Frustrated',
  calming: 'Calming',
  satisfied: 'Satisfied',
}

export function bandName(band: MoodBand): string {
  return bandNames[band]
}

/** The mood meter's text, e.g. "Frustrated, 72/100" (frustration: 100 is furious). */
export function moodLabel(level: number): string {
  return `${bandNames[moodBand(level)]}, ${level}/100`
}
