import { describe, expect, it } from 'vitest'
import { builtinPersonas } from '../../src/personas/builtin'
import { notePronouns, toFirstPerson } from '../../src/personas/first-person'

describe('toFirstPerson', () => {
  it.each([
    ['He took the morning off, nobody came and nobody rang.', 'I took the morning off, nobody came and nobody rang.'],
    ['He works from home. He has been running his work off his phone.', 'I work from home. I have been running my work off my phone.'],
    ['He is using a tablet his granddaughter set up for him; he has no computer.', 'I am using a tablet my granddaughter set up for me; I have no computer.'],
    ['He switched data roaming on himself when his phone prompted him to.', 'I switched data roaming on myself when my phone prompted me to.'],
    ['He does not know whether that means two places.', 'I do not know whether that means two places.'],
    ["He isn't sure which day it was.", "I'm not sure which day it was."],
  ])('turns a man\'s note "%s" into his own words', (note, spoken) => {
    expect(toFirstPerson(note, 'he')).toBe(spoken)
  })

  it.each([
    ['Her grandson signed for it while she was out.', 'My grandson signed for it while I was out.'],
    ['Her son and his family fly in on the 28th; it matters more to her than any refund.', 'My son and his family fly in on the 28th; it matters more to me than any refund.'],
    ['She wants the chair her husband would have liked, and nobody told her.', 'I want the chair my husband would have liked, and nobody told me.'],
    ['Her debit card, online', 'My debit card, online'],
  ])('turns a woman\'s note "%s" into her own words, leaving other people\'s pronouns alone', (note, spoken) => {
    expect(toFirstPerson(note, 'she')).toBe(spoken)
  })

  it('leaves the text alone when the pronouns are not clear', () => {
    expect(toFirstPerson('They said he would ring.', null)).toBe('They said he would ring.')
  })

  it('reads the customer\'s pronouns from the scenario', () => {
    expect(builtinPersonas.map((persona) => [persona.id, notePronouns(persona)])).toEqual([
      ['hostile-broadband-callbacks', 'he'],
      ['long-winded-armchair-delivery', 'she'],
      ['know-it-all-roaming-charges', 'he'],
      ['elderly-alum-reunion-registration', 'he'],
    ])
  })
})
