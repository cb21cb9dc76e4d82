import { z } from 'zod'
import { signalIds, type CriterionRead, type SignalId } from '../signal-types'
import { textFeatures } from './text-features'

/**
 * A small linear model per signal over hashed word and character n-grams, trained from the labelled gold set by
 * `npm run train:signals` (scripts/train-signal-model.ts) and shipped as `signal-model.json`. It adds what the
 * rules miss where it was shown to win on the dev split; the rules' precise findings stand beside it.
 */
export const signalModelSchema = z.object({
  version: z.literal(1),
  featureBits: z.int(),
  /** What the model was trained on, for the record. */
  trainedOn: z.object({ rows: z.int(), split: z.string(), sha256: z.string() }),
  signals: z.partialRecord(
    z.enum(signalIds),
    z.object({
      bias: z.number(),
      /** Fires at or above this probability (chosen on the dev split for precision first). */
      threshold: z.number(),
      /** Whether the model may add this signal where the rules found nothing. */
      adds: z.boolean(),
      /** Pairs of hashed feature index and weight; features not listed weigh 0. */
      weights: z.array(z.tuple([z.int(), z.number()])),
    }),
  ),
  /**
   * Per criterion, a model of "the gold scores this 0" and of "the gold scores this at most 1", each with the
   * probability from which it sets a ceiling on the instant grade (chosen on the dev split).
   */
  criteria: z
    .partialRecord(
      z.enum(['no_blame', 'composure', 'clarify']),
      z.partialRecord(z.enum(['zero', 'low']), z.object({ bias: z.number(), threshold: z.number(), weights: z.array(z.tuple([z.int(), z.number()])) })),
    )
    .default({}),
})

export type SignalModel = z.infer<typeof signalModelSchema>

interface CompiledSignal {
  bias: number
  threshold: number
  adds: boolean
  weights: Map<number, number>
}

export interface CompiledSignalModel {
  signals: Map<SignalId, CompiledSignal>
  criteria: { criterionId: CriterionRead['criterionId']; ceiling: 0 | 1; model: CompiledSignal }[]
}

export function compileSignalModel(model: SignalModel): CompiledSignalModel {
  const signals = new Map<SignalId, CompiledSignal>()
  for (const [id, entry] of Object.entries(model.signals) as [SignalId, SignalModel['signals'][SignalId]][]) {
    if (entry === undefined) continue
    signals.set(id, { bias: entry.bias, threshold: entry.threshold, adds: entry.adds, weights: new Map(entry.weights) })
  }
  const criteria: CompiledSignalModel['criteria'] = []
  for (const [criterionId, levels] of Object.entries(model.criteria) as [CriterionRead['criterionId'], SignalModel['criteria'][CriterionRead['criterionId']]][]) {
    for (const [level, entry] of Object.entries(levels ?? {}) as ['zero' | 'low', { bias: number; threshold: number; weights: [number, number][] }][]) {
      if (entry.threshold <= 1) criteria.push({ criterionId, ceiling: level === 'zero' ? 0 : 1, model: { bias: entry.bias, threshold: entry.threshold, adds: true, weights: new Map(entry.weights) } })
    }
  }
  return { signals, criteria }
}

function score(model: CompiledSignal, features: readonly number[]): number {
  let sum = model.bias
  for (const feature of features) sum += model.weights.get(feature) ?? 0
  return sigmoid(sum)
}

/** A turn's features, and its sentences' (computed only if some finding needs its evidence). */
export interface TurnFeatures {
  turn: number[]
  sentences(): number[][]
}

export function turnFeatures(text: string, sentences: readonly string[]): TurnFeatures {
  let perSentence: number[][] | null = null
  return { turn: textFeatures(text), sentences: () => (perSentence ??= sentences.map((sentence) => textFeatures(sentence))) }
}

/** Ceilings the learned layer sets on criteria, the lowest per criterion, each with its best sentence. */
export function learnedReads(model: CompiledSignalModel, text: string, sentences: readonly string[], shared: TurnFeatures = turnFeatures(text, sentences)): CriterionRead[] {
  if (model.criteria.length === 0) return []
  const features = shared.turn
  const reads = new Map<CriterionRead['criterionId'], CriterionRead>()
  for (const entry of model.criteria) {
    const probability = score(entry.model, features)
    if (probability < entry.model.threshold) continue
    const current = reads.get(entry.criterionId)
    if (current !== undefined && current.ceiling <= entry.ceiling) continue
    let evidence = text.trim()
    let best = -Infinity
    const sentenceFeatures = shared.sentences()
    for (const [index, sentence] of sentences.entries()) {
      const value = score(entry.model, sentenceFeatures[index]!)
      if (value > best) {
        best = value
        evidence = sentence.trim()
      }
    }
    reads.set(entry.criterionId, { criterionId: entry.criterionId, ceiling: entry.ceiling, evidence, probability: Math.round(probability * 1000) / 1000 })
  }
  return [...reads.values()]
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value))
}

/** The model's probability that `text` shows `signal` (null when the model has no weights for it). */
export function signalProbability(model: CompiledSignalModel, signal: SignalId, features: readonly number[]): number | null {
  const entry = model.signals.get(signal)
  if (entry === undefined) return null
  let sum = entry.bias
  for (const feature of features) sum += entry.weights.get(feature) ?? 0
  return sigmoid(sum)
}

/** Turns shorter than this are left to the rules. */
const minimumWords = 6

/**
 * The signals the model finds in a turn that it is allowed to add, each with the sentence that scores highest as
 * its evidence (an exact substring of the turn, like every rule's).
 */
export function learnedSignals(
  model: CompiledSignalModel,
  text: string,
  sentences: readonly string[],
  features: TurnFeatures = turnFeatures(text, sentences),
): { id: SignalId; evidence: string; probability: number }[] {
  // A handful of words carries too little for a linear model to go on ("Right, give me two seconds").
  if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < minimumWords) return []
  const turnFeatures = features.turn
  const found: { id: SignalId; evidence: string; probability: number }[] = []
  for (const [id, entry] of model.signals) {
    if (!entry.adds) continue
    const probability = signalProbability(model, id, turnFeatures)
    if (probability === null || probability < entry.threshold) continue
    const sentenceFeatures = features.sentences()
    let best = text.trim()
    let bestScore = -Infinity
    sentences.forEach((sentence, index) => {
      const score = signalProbability(model, id, sentenceFeatures[index]!) ?? 0
      if (score > bestScore) {
        bestScore = score
        best = sentence.trim()
      }
    })
    found.push({ id, evidence: best, probability })
  }
  return found
}
