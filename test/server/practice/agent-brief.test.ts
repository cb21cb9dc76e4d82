import { describe, expect, it } from 'vitest'
import { builtinPersonas, hostileBroadbandCallbacks } from '../../../src/personas/builtin'
import type { PersonaSpec } from '../../../src/personas/persona-spec'
import { agentBrief } from '../../../src/server/practice/agent-brief'
import { personaCard } from '../../../src/server/practice/session-view'

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}£$%]+/gu) ?? []

/** Every run of `size` words in the text (all of it when shorter): what a copied phrase would share with the brief. */
function phrases(text: string, size: number): string[] {
  const list = words(text)
  if (list.length <= size) return [list.join(' ')]
  return list.slice(0, list.length - size + 1).map((_, index) => list.slice(index, index + size).join(' '))
}

/** What the trainee must not learn from the brief: hidden facts (text and topic) and the outcomes the scenario accepts or rules out. */
function secretsOf(persona: PersonaSpec): { label: string; text: string }[] {
  return [
    ...persona.hiddenFacts.flatMap((fact) => [
      { label: `hidden fact ${fact.id}`, text: fact.fact },
      { label: `hidden fact ${fact.id} topic`, text: fact.answers },
    ]),
    // Descriptions only: a phrasing may well name an item of the agent's menu ("stay on the line and guide…"),
    // which is the point of the menu; what must not show is which outcome this customer accepts or refuses.
    ...[...persona.resolutions, ...persona.refusedOutcomes].map((outcome) => ({ label: `outcome ${outcome.id}`, text: outcome.description })),
  ]
}

describe('the agent brief', () => {
  it.each(builtinPersonas.map((persona) => [persona.id, persona] as const))('%s: the brief holds no hidden fact, no resolution and no refused outcome', (_id, persona) => {
    const brief = agentBrief(persona)
    const shown = JSON.stringify(brief)
    const shownText = ` ${words(shown).join(' ')} `
    for (const secret of secretsOf(persona)) {
      // Any five words in a row from a secret would give it away (shorter ones whole).
      const copied = phrases(secret.text, 5).filter((phrase) => shownText.includes(` ${phrase} `))
      expect({ secret: secret.label, copied }).toEqual({ secret: secret.label, copied: [] })
    }
    for (const id of [...persona.hiddenFacts, ...persona.resolutions, ...persona.refusedOutcomes].map((entry) => entry.id)) {
      expect(shown).not.toContain(id)
    }
  })

  it.each(builtinPersonas.map((persona) => [persona.id, persona] as const))('%s: the brief shows the screen, the options and what the call is about', (_id, persona) => {
    const brief = agentBrief(persona)
    expect(brief.callingAbout).toBe(persona.summary)
    expect(brief.account).toEqual(persona.agentScreen.account)
    expect(brief.history).toEqual(persona.agentScreen.history)
    expect(brief.notes).toEqual(persona.agentScreen.notes)
    expect(brief.options).toEqual(persona.agentOptions.map((option) => ({ label: option.label, limits: option.limits ?? null })))
    expect(brief.account.length + brief.options.length).toBeGreaterThan(0)
  })

  it('is built from the summary, the agent screen and the agent options only', () => {
    const marked: PersonaSpec = {
      ...hostileBroadbandCallbacks,
      scenario: { ...hostileBroadbandCallbacks.scenario, whatWentWrong: 'SECRET-WHAT-WENT-WRONG', customerWants: 'SECRET-WANTS' },
      knownDetails: [{ label: 'Postcode', value: 'SECRET-KNOWN' }],
      unknowns: ['SECRET-UNKNOWN'],
      voiceLines: ['SECRET-VOICE'],
      openingLine: 'SECRET-OPENING',
      hiddenFacts: [{ id: 'secret-fact', fact: 'SECRET-FACT', answers: 'SECRET-TOPIC', exampleQuestions: ['SECRET-QUESTION'], earnedBy: { keywords: [], requiresDirectedQuestion: true } }],
    }
    const card = JSON.stringify(personaCard({ id: marked.id, version: 1, spec: marked }))
    expect(card).not.toMatch(/SECRET|secret-fact/)
    expect(Object.keys(agentBrief(marked)).sort()).toEqual(['account', 'callingAbout', 'history', 'notes', 'options'])
  })

  it('rides on the scenario card, so the list, the assignments and the call all carry it', () => {
    const card = personaCard({ id: hostileBroadbandCallbacks.id, version: 3, spec: hostileBroadbandCallbacks })
    expect(card.brief).toEqual(agentBrief(hostileBroadbandCallbacks))
    expect(card.summary).toBe(hostileBroadbandCallbacks.summary)
  })

  it('an option without limits shows none, and a persona with no screen gives an empty brief', () => {
    const bare: PersonaSpec = { ...hostileBroadbandCallbacks, agentOptions: [{ label: 'Goodwill credit' }], agentScreen: { account: [], history: [], notes: [] } }
    expect(agentBrief(bare)).toEqual({ callingAbout: bare.summary, account: [], history: [], notes: [], options: [{ label: 'Goodwill credit', limits: null }] })
  })
})
