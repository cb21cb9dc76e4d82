import { z } from 'zod'
import { signalIds, type SignalId } from '../signal-types'
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
}

export function compileSignalModel(model: SignalModel): CompiledSignalModel {
  const signals = new Map<SignalId, CompiledSignal>()
  for (const [id, entry] of Object.entries(model.signals) as [SignalId, SignalModel['signals'][SignalId]][]) {
    if (entry === undefined) continue
    signals.set(id, { bias: entry.bias, threshold: entry.threshold, adds: entry.adds, weights: new Map(entry.weights) })
  }
  return { signals }
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

/**
 * The signals the model finds in a turn that it is allowed to add, each with the sentence that scores highest as
 * its evidence (an exact substring of the turn, like every rule's).
 */
export function learnedSignals(model: CompiledSignalModel, text: string, sentences: readonly string[]): { id: SignalId; evidence: string; probability: number }[] {
  const turnFeatures = textFeatures(text)
  const found: { id: SignalId; evidence: string; probability: number }[] = []
  let sentenceFeatures: number[][] | null = null
  for (const [id, entry] of model.signals) {
    if (!entry.adds) continue
    const probability = signalProbability(model, id, turnFeatures)
    if (probability === null || probability < entry.threshold) continue
    sentenceFeatures ??= sentences.map((sentence) => textFeatures(sentence))
    let best = text.trim()
    let bestScore = -Infinity
    sentences.forEach((sentence, index) => {
      const score = signalProbability(model, id, sentenceFeatures![index]!) ?? 0
      if (score > bestScore) {
        bestScore = score
        best = sentence.trim()
      }
    })
    found.push({ id, evidence: best, probability })
  }
  return found
}
