import type { SignalId } from '../../../../src/grader/signal-types'
import type { MoodBand } from '../../../../src/personas/mood'
import {
  type Archetype,
  type HangUpPolicy,
  type PersonaScript,
  type PersonaSpec,
  type ScriptReactionSignal,
  scriptReactionSignals,
} from '../../../../src/personas/persona-spec'

/*
 * The editor's state: the persona spec as the form holds it. Numbers stay as the text typed (so "", "-" and "7.5"
 * reach validation and are reported at the field instead of being silently coerced), and every optional part of a
 * script is either the persona's own lines or `null` for "the archetype's default lines".
 */

/** A script list: the persona's own lines, or null to use the archetype's defaults (which differs from "no lines"). */
export type ScriptLines = string[] | null

export const moodBands = ['furious', 'angry', 'frustrated', 'calming', 'satisfied'] as const satisfies readonly MoodBand[]

export interface HiddenFactForm {
  id: string
  fact: string
  answers: string
  exampleQuestions: string[]
  /** Optional hint words (the spec's `earnedBy.keywords`). */
  keywords: string[]
  requiresDirectedQuestion: boolean
  /** The script's reveal line for this fact, kept with the fact so renaming its id keeps the line; "" for none. */
  revealLine: string
}

/** A resolution or a refused outcome. */
export interface OutcomeForm {
  id: string
  description: string
  phrasings: string[]
}

/** An account row on the agent's screen, or a detail the customer knows. */
export interface LabelledValueForm {
  label: string
  value: string
}

/** One of the agent's options; "" limits for none. */
export interface AgentOptionForm {
  label: string
  limits: string
}

export interface ScriptForm {
  bands: Record<MoodBand, ScriptLines>
  reactions: Record<ScriptReactionSignal, ScriptLines>
  hangUpClosings: ScriptLines
  satisfiedClosings: ScriptLines
  fillers: ScriptLines
}

export interface MoodForm {
  start: string
  driftPerTurn: string
  hangUpThreshold: string
  patience: string
  calmThreshold: string
  /** One entry per signal the persona reacts to; a missing or empty entry counts as 0. */
  sensitivities: Partial<Record<SignalId, string>>
}

export interface PersonaForm {
  id: string
  name: string
  archetype: Archetype
  difficulty: number
  summary: string
  scenario: {
    company: string
    context: string
    whatWentWrong: string
    customerWants: string
  }
  resolutions: OutcomeForm[]
  refusedOutcomes: OutcomeForm[]
  agentOptions: AgentOptionForm[]
  agentScreen: { account: LabelledValueForm[]; history: string[]; notes: string[] }
  knownDetails: LabelledValueForm[]
  unknowns: string[]
  voiceLines: string[]
  hiddenFacts: HiddenFactForm[]
  style: {
    verbosity: PersonaSpec['style']['verbosity']
    quirks: string[]
    profanity: PersonaSpec['style']['profanity']
    manner: string
  }
  openingLine: string
  mood: MoodForm
  hangUpPolicy: { kind: HangUpPolicy['kind']; warnings: string }
  script: ScriptForm
}

const lines = (value: readonly string[] | undefined): ScriptLines => (value === undefined ? null : [...value])

export function emptyScriptForm(): ScriptForm {
  return {
    bands: { furious: null, angry: null, frustrated: null, calming: null, satisfied: null },
    reactions: Object.fromEntries(scriptReactionSignals.map((signal) => [signal, null])) as Record<ScriptReactionSignal, ScriptLines>,
    hangUpClosings: null,
    satisfiedClosings: null,
    fillers: null,
  }
}

const outcomeForm = (outcome: PersonaSpec['resolutions'][number]): OutcomeForm => ({
  id: outcome.id,
  description: outcome.description,
  phrasings: [...(outcome.phrasings ?? [])],
})

const labelledValueForm = (row: { label: string; value: string }): LabelledValueForm => ({ label: row.label, value: row.value })

/** The form for a saved (or built-in) spec. */
export function formFromSpec(spec: PersonaSpec): PersonaForm {
  const script = spec.script
  const reveals = script?.reveals ?? {}
  return {
    id: spec.id,
    name: spec.name,
    archetype: spec.archetype,
    difficulty: spec.difficulty,
    summary: spec.summary,
    scenario: {
      company: spec.scenario.company,
      context: spec.scenario.context,
      whatWentWrong: spec.scenario.whatWentWrong,
      customerWants: spec.scenario.customerWants,
    },
    resolutions: spec.resolutions.map(outcomeForm),
    refusedOutcomes: (spec.refusedOutcomes ?? []).map(outcomeForm),
    agentOptions: (spec.agentOptions ?? []).map((option) => ({ label: option.label, limits: option.limits ?? '' })),
    agentScreen: {
      account: (spec.agentScreen?.account ?? []).map(labelledValueForm),
      history: [...(spec.agentScreen?.history ?? [])],
      notes: [...(spec.agentScreen?.notes ?? [])],
    },
    knownDetails: (spec.knownDetails ?? []).map(labelledValueForm),
    unknowns: [...(spec.unknowns ?? [])],
    voiceLines: [...(spec.voiceLines ?? [])],
    hiddenFacts: (spec.hiddenFacts ?? []).map((fact) => ({
      id: fact.id,
      fact: fact.fact,
      answers: fact.answers,
      exampleQuestions: [...(fact.exampleQuestions ?? [])],
      keywords: [...(fact.earnedBy?.keywords ?? [])],
      requiresDirectedQuestion: fact.earnedBy?.requiresDirectedQuestion ?? true,
      revealLine: Object.hasOwn(reveals, fact.id) ? (reveals[fact.id] ?? '') : '',
    })),
    style: {
      verbosity: spec.style.verbosity ?? 'normal',
      quirks: [...(spec.style.quirks ?? [])],
      profanity: spec.style.profanity ?? 'none',
      manner: spec.style.manner ?? '',
    },
    openingLine: spec.openingLine,
    mood: {
      start: String(spec.mood.start),
      driftPerTurn: String(spec.mood.driftPerTurn ?? 0),
      hangUpThreshold: String(spec.mood.hangUpThreshold),
      patience: String(spec.mood.patience),
      calmThreshold: String(spec.mood.calmThreshold),
      sensitivities: Object.fromEntries(Object.entries(spec.mood.sensitivities ?? {}).map(([signal, weight]) => [signal, String(weight)])),
    },
    hangUpPolicy: {
      kind: spec.hangUpPolicy.kind,
      warnings: spec.hangUpPolicy.kind === 'after_warnings' ? String(spec.hangUpPolicy.warnings) : '2',
    },
    script: {
      bands: {
        furious: lines(script?.bands?.furious),
        angry: lines(script?.bands?.angry),
        frustrated: lines(script?.bands?.frustrated),
        calming: lines(script?.bands?.calming),
        satisfied: lines(script?.bands?.satisfied),
      },
      reactions: Object.fromEntries(scriptReactionSignals.map((signal) => [signal, lines(script?.reactions?.[signal])])) as Record<
        ScriptReactionSignal,
        ScriptLines
      >,
      hangUpClosings: lines(script?.hangUpClosings),
      satisfiedClosings: lines(script?.satisfiedClosings),
      fillers: lines(script?.fillers),
    },
  }
}

/**
 * A number as typed: blank is missing (zod reports "required"), anything else is `Number(text)`, which is NaN for
 * text that is not a number and fractional for "7.5", so validation names the problem at the field.
 */
export function numberFromText(text: string): number | undefined {
  const trimmed = text.trim()
  return trimmed === '' ? undefined : Number(trimmed)
}

/** Keeps only the parts of a record that are set, or nothing at all when none is. */
function compact<Value>(entries: Array<[string, Value | null | undefined]>): Record<string, Value> | undefined {
  const kept = entries.filter((entry): entry is [string, Value] => entry[1] !== null && entry[1] !== undefined)
  return kept.length === 0 ? undefined : Object.fromEntries(kept)
}

function scriptFromForm(form: PersonaForm): PersonaScript | undefined {
  const { script } = form
  const reveals = compact(form.hiddenFacts.map((fact) => [fact.id.trim(), fact.revealLine.trim() === '' ? null : fact.revealLine]))
  const candidate = {
    bands: compact(moodBands.map((band) => [band, script.bands[band]])),
    reactions: compact(scriptReactionSignals.map((signal) => [signal, script.reactions[signal]])),
    reveals,
    hangUpClosings: script.hangUpClosings ?? undefined,
    satisfiedClosings: script.satisfiedClosings ?? undefined,
    fillers: script.fillers ?? undefined,
  }
  const present = Object.entries(candidate).filter(([, value]) => value !== undefined)
  return present.length === 0 ? undefined : (Object.fromEntries(present) as PersonaScript)
}

/**
 * The spec the form describes, for `personaSpecSchema` to judge. Not yet valid: numbers may be missing or NaN.
 * Optional parts the trainer left empty are left out, so they take the schema's defaults.
 */
export function specFromForm(form: PersonaForm): Record<string, unknown> {
  const sensitivities = Object.fromEntries(
    Object.entries(form.mood.sensitivities)
      .filter(([, text]) => text !== undefined && text.trim() !== '')
      .map(([signal, text]) => [signal, numberFromText(text ?? '')]),
  )
  const script = scriptFromForm(form)
  return {
    id: form.id.trim(),
    name: form.name,
    archetype: form.archetype,
    difficulty: form.difficulty,
    summary: form.summary,
    scenario: { ...form.scenario },
    resolutions: form.resolutions.map(outcomeFromForm),
    refusedOutcomes: form.refusedOutcomes.map(outcomeFromForm),
    // Limits are optional: a blank one is left out rather than reported as empty.
    agentOptions: form.agentOptions.map((option) => (option.limits.trim() === '' ? { label: option.label } : { label: option.label, limits: option.limits })),
    agentScreen: {
      account: form.agentScreen.account.map((row) => ({ ...row })),
      history: [...form.agentScreen.history],
      notes: [...form.agentScreen.notes],
    },
    knownDetails: form.knownDetails.map((row) => ({ ...row })),
    unknowns: [...form.unknowns],
    voiceLines: [...form.voiceLines],
    hiddenFacts: form.hiddenFacts.map((fact) => ({
      id: fact.id.trim(),
      fact: fact.fact,
      answers: fact.answers,
      exampleQuestions: [...fact.exampleQuestions],
      earnedBy: { keywords: fact.keywords, requiresDirectedQuestion: fact.requiresDirectedQuestion },
    })),
    style: {
      verbosity: form.style.verbosity,
      quirks: form.style.quirks,
      profanity: form.style.profanity,
      ...(form.style.manner.trim() === '' ? {} : { manner: form.style.manner }),
    },
    openingLine: form.openingLine,
    mood: {
      start: numberFromText(form.mood.start),
      sensitivities,
      driftPerTurn: numberFromText(form.mood.driftPerTurn) ?? 0,
      hangUpThreshold: numberFromText(form.mood.hangUpThreshold),
      patience: numberFromText(form.mood.patience),
      calmThreshold: numberFromText(form.mood.calmThreshold),
    },
    hangUpPolicy:
      form.hangUpPolicy.kind === 'after_warnings'
        ? { kind: 'after_warnings', warnings: numberFromText(form.hangUpPolicy.warnings) }
        : { kind: form.hangUpPolicy.kind },
    ...(script === undefined ? {} : { script }),
  }
}

function outcomeFromForm(outcome: OutcomeForm) {
  return { id: outcome.id.trim(), description: outcome.description, phrasings: [...outcome.phrasings] }
}

/** How the form's parts change it: a function from the whole form to the next, so edits never race. */
export type PersonaFormUpdate = (change: (form: PersonaForm) => PersonaForm) => void
