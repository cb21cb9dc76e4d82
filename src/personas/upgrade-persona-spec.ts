/**
 * Persona specs written before the current shape are upgraded here, on read, by one pure function: stored
 * persona versions, trainers' personas and imported files all pass through it before they are validated.
 * A spec already in the current shape comes back unchanged (the same object), so upgrading is idempotent.
 *
 * Shape 1 (before resolutions had ids): `scenario.acceptableResolutions` and `scenario.unacceptableResolutions`
 * as plain strings, hidden facts earned by keywords alone. Shape 2 moves the outcomes to the top level as
 * `resolutions` and `refusedOutcomes` with ids, and gives each hidden fact `answers`.
 */
export interface PersonaSpecUpgrade {
  /** The spec in the current shape (still to be validated). */
  spec: unknown
  /** What was inferred, in a trainer's words; empty when nothing changed. */
  notes: string[]
}

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether `spec` is in an older shape that `upgradePersonaSpec` would change. */
export function needsUpgrade(spec: unknown): boolean {
  if (!isObject(spec)) return false
  const scenario = spec.scenario
  if (isObject(scenario) && ('acceptableResolutions' in scenario || 'unacceptableResolutions' in scenario)) return true
  if (!('resolutions' in spec)) return true
  return Array.isArray(spec.hiddenFacts) && spec.hiddenFacts.some((fact) => isObject(fact) && !('answers' in fact))
}

export function upgradePersonaSpec(spec: unknown): PersonaSpecUpgrade {
  if (!needsUpgrade(spec) || !isObject(spec)) return { spec, notes: [] }
  const notes: string[] = []
  const upgraded: Json = { ...spec }
  const scenario = isObject(spec.scenario) ? { ...spec.scenario } : spec.scenario
  if (isObject(scenario)) {
    const acceptable = scenario.acceptableResolutions
    const unacceptable = scenario.unacceptableResolutions
    delete scenario.acceptableResolutions
    delete scenario.unacceptableResolutions
    upgraded.scenario = scenario
    if (!('resolutions' in spec) && acceptable !== undefined) {
      upgraded.resolutions = toOutcomes(acceptable, 'resolution')
      notes.push('The acceptable resolutions became Resolutions (`resolutions`), each with an id made from its wording; add a few phrasings to help the rules recognise an offer.')
    }
    if (!('refusedOutcomes' in spec) && unacceptable !== undefined) {
      upgraded.refusedOutcomes = toOutcomes(unacceptable, 'refused')
      notes.push('The unacceptable resolutions became Refused outcomes (`refusedOutcomes`), each with an id made from its wording.')
    }
  }
  if (Array.isArray(spec.hiddenFacts)) {
    let inferred = 0
    upgraded.hiddenFacts = spec.hiddenFacts.map((fact) => {
      if (!isObject(fact) || 'answers' in fact) return fact
      inferred += 1
      return { ...fact, answers: answersFrom(fact) }
    })
    if (inferred > 0) {
      notes.push(
        `${inferred} hidden fact${inferred === 1 ? '' : 's'} got what ${inferred === 1 ? 'it answers' : 'they answer'} (\`answers\`) from ${inferred === 1 ? 'its' : 'their'} hint words or wording; write what each fact answers, and a few example questions, so natural questions earn it.`,
      )
    }
  }
  const missing = newFields.filter(([field]) => !(field in spec)).map(([, words]) => words)
  if (missing.length > 0) {
    notes.push(`New fields left empty: ${missing.join(', ')}. Fill them in so the trainee's brief shows the account and the options, and the customer knows their own details.`)
  }
  return { spec: upgraded, notes }
}

/** Fields shape 2 added, in a trainer's words; an upgraded spec leaves them empty (their defaults). */
const newFields: readonly [string, string][] = [
  ['agentOptions', "the agent's options"],
  ['agentScreen', "the agent's screen"],
  ['knownDetails', 'known details'],
  ['unknowns', 'unknowns'],
  ['voiceLines', 'voice lines'],
]

/** Plain strings become outcomes with ids from their first words; anything else is left for validation to report. */
function toOutcomes(value: unknown, fallback: string): unknown {
  if (!Array.isArray(value)) return value
  const used = new Set<string>()
  return value.map((entry, index) => {
    if (typeof entry !== 'string') return entry
    const base = slugFrom(entry) || `${fallback}-${index + 1}`
    let id = base
    for (let suffix = 2; used.has(id); suffix += 1) id = `${base}-${suffix}`
    used.add(id)
    return { id, description: entry, phrasings: [] }
  })
}

const fillerWords = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'with', 'his', 'her', 'their', 'is', 'be', 'being', 'if', 'on', 'in', 'by'])

function slugFrom(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !fillerWords.has(word))
  return words.slice(0, 5).join('-').slice(0, 60).replace(/-+$/, '')
}

/** The fact's keywords say what it is about better than its text; without them, its first sentence will do. */
function answersFrom(fact: Json): string {
  const earnedBy = isObject(fact.earnedBy) ? fact.earnedBy : {}
  const keywords = Array.isArray(earnedBy.keywords) ? earnedBy.keywords.filter((keyword): keyword is string => typeof keyword === 'string') : []
  const text = typeof fact.fact === 'string' ? fact.fact : ''
  const firstSentence = text.split(/(?<=[.!?])\s/)[0] ?? text
  const answers = keywords.length > 0 ? `questions about ${keywords.slice(0, 6).join(', ')}` : firstSentence
  return answers.slice(0, 200) || 'this detail of the case'
}
