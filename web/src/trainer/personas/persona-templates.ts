import type { Archetype, PersonaSpec } from '../../../../src/personas/persona-spec'
import {
  elderlyAlumReunionRegistration,
  hostileBroadbandCallbacks,
  knowItAllRoamingCharges,
  longWindedArmchairDelivery,
} from '../../../../src/personas/builtin'
import { emptyScriptForm, formFromSpec, type PersonaForm } from './persona-form'

/** What a new persona can start from: a built-in persona per archetype, or a blank custom one. */
export const startChoices = ['hostile', 'long-winded', 'know-it-all', 'elderly-confused', 'custom'] as const satisfies readonly Archetype[]
export type StartChoice = (typeof startChoices)[number]

export const startChoiceText: Record<StartChoice, { title: string; hint: string }> = {
  hostile: { title: 'Hostile', hint: 'Shouts, may swear, wants to vent. Calmed by being heard and ownership.' },
  'long-winded': { title: 'Long-winded', hint: 'Rambles and buries the key fact. Needs patient, directed questions.' },
  'know-it-all': { title: 'Know-it-all', hint: 'Cites policy and rights, demands credits. Needs calm facts and clear limits.' },
  'elderly-confused': { title: 'Elderly and confused', hint: 'Lost by jargon and web steps. Needs plain words, one step at a time.' },
  custom: { title: 'Blank custom', hint: 'An empty form with neutral mood dynamics; you describe the behaviour.' },
}

const templates: Record<Exclude<StartChoice, 'custom'>, { spec: PersonaSpec; freshName: string }> = {
  hostile: { spec: hostileBroadbandCallbacks, freshName: 'Jordan Reid' },
  'long-winded': { spec: longWindedArmchairDelivery, freshName: 'Maureen Cobb' },
  'know-it-all': { spec: knowItAllRoamingCharges, freshName: 'Victor Lane' },
  // The built-in's text says "he" and "Mr": a fresh name that fits it.
  'elderly-confused': { spec: elderlyAlumReunionRegistration, freshName: 'Walter Marsh' },
}

/** A persona id from the customer's name: "Zoë O'Brien" becomes "zoe-o-brien" (at most 60 characters). */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '')
}

/** Middle-of-the-road dynamics for a blank persona: calming behaviour calms, escalating behaviour escalates. */
const blankSensitivities: PersonaSpec['mood']['sensitivities'] = {
  acknowledged: -8,
  apologised: -5,
  directed_question: -5,
  vague_question: 3,
  paraphrased: -6,
  blamed: 12,
  patronised: 12,
  argued: 10,
  cant_do: 10,
  can_do: -10,
  collaborated: -5,
  promised: -8,
  over_promised: 6,
  ownership: -8,
  deflected: 8,
  used_name: -3,
  hostile: 12,
  profanity: 10,
  jargon: 4,
  rushed: 6,
  summarised: -8,
  thanked: -3,
  instruction_to_ai: 5,
}

function blankForm(): PersonaForm {
  return {
    id: '',
    name: '',
    archetype: 'custom',
    difficulty: 3,
    summary: '',
    scenario: { company: '', context: '', whatWentWrong: '', customerWants: '' },
    resolutions: [{ id: 'resolution-1', description: '', phrasings: [] }],
    refusedOutcomes: [],
    agentOptions: [],
    agentScreen: { account: [], history: [], notes: [] },
    knownDetails: [],
    unknowns: [],
    voiceLines: [],
    hiddenFacts: [],
    style: { verbosity: 'normal', quirks: [], profanity: 'none', manner: '' },
    openingLine: '',
    mood: {
      start: '70',
      driftPerTurn: '0',
      hangUpThreshold: '90',
      patience: '3',
      calmThreshold: '30',
      sensitivities: Object.fromEntries(Object.entries(blankSensitivities).map(([signal, weight]) => [signal, String(weight)])),
    },
    hangUpPolicy: { kind: 'last_resort', warnings: '2' },
    script: emptyScriptForm(),
  }
}

/**
 * The form a new persona opens with: a copy of the archetype's built-in persona (its resolutions, the agent's options
 * and screen, known details, unknowns, voice lines and hidden facts included) under a fresh name and id. The
 * built-in's name is replaced wherever the text uses it ("Mr Dale Harrow" on the agent's screen becomes "Mr Jordan
 * Reid"). The built-in's own script is left out (its lines name its company and facts); the scripted customer uses the
 * archetype's default lines until the trainer writes their own.
 */
export function templateForm(choice: StartChoice): PersonaForm {
  if (choice === 'custom') return blankForm()
  const { spec, freshName } = templates[choice]
  const { script: _builtinScript, ...generic } = spec
  return { ...formFromSpec(withNameReplaced(generic, spec.name, freshName)), name: freshName, id: slugFromName(freshName) }
}

/** Every text of the spec (ids aside) with one customer's first name and surname put in place of another's. */
function withNameReplaced<Value>(value: Value, from: string, to: string): Value {
  const fromWords = from.split(/\s+/)
  const toWords = to.split(/\s+/)
  const words: Array<[string, string]> = [
    [fromWords.at(-1) ?? '', toWords.at(-1) ?? ''],
    [fromWords[0] ?? '', toWords[0] ?? ''],
  ]
  const pairs = words.filter(([word]) => word !== '').map(([word, replacement]): [RegExp, string] => [new RegExp(`\\b${escaped(word)}\\b`, 'g'), replacement])
  const rename = (item: unknown): unknown => {
    if (typeof item === 'string') return pairs.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), item)
    if (Array.isArray(item)) return item.map(rename)
    if (typeof item === 'object' && item !== null) return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, key === 'id' ? entry : rename(entry)]))
    return item
  }
  return rename(value) as Value
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function isStartChoice(value: string | null): value is StartChoice {
  return (startChoices as readonly string[]).includes(value ?? '')
}
