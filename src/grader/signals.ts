import { analyseTurn } from './analyse-turn'
import { findOfferedOutcomes } from './outcome-offers'
import shippedModel from './learned/signal-model.json' with { type: 'json' }
import { compileSignalModel, learnedReads, learnedSignals, signalModelSchema, turnFeatures, type CompiledSignalModel } from './learned/signal-model'
import { signalDetectors } from './signal-detectors'
import { signalIds, type CriterionRead, type Signal, type SignalContext, type SignalId, type TurnSignals } from './signal-types'

/** What the rules find that a customer takes well, and what they take badly, for settling a learned read's conflicts. */
const calming = new Set<SignalId>(['acknowledged', 'apologised', 'directed_question', 'paraphrased', 'can_do', 'collaborated', 'promised', 'ownership', 'summarised', 'thanked', 'offered_resolution'])
const escalating = new Set<SignalId>(['blamed', 'patronised', 'argued', 'sarcastic', 'dismissed', 'hostile', 'rushed', 'exasperated', 'cant_do', 'deflected'])

/** The learned layer, checked once at load: a malformed model file fails fast rather than misjudging turns. */
const learnedModel = compileSignalModel(signalModelSchema.parse(shippedModel))

export interface DetectOptions {
  /** Whether the learned layer may add what the rules missed (default true; training turns it off to compare). */
  learned?: boolean
  /** A learned layer other than the shipped one (training uses the one it is building). */
  model?: CompiledSignalModel
}

/**
 * Runs every deterministic detector over one trainee turn. Pure and fast (no model): the result
 * drives the customer's mood at once and is evidence for the grader.
 *
 * Each signal id appears at most once, with the first evidence found, in the order of `signalIds`.
 * Evidence is always an exact substring of `text`.
 */
export function detectSignals(text: string, context: SignalContext, options: DetectOptions = {}): TurnSignals {
  const turn = analyseTurn(text, context.previousTraineeTexts, context.previousCustomerTexts)
  const found = new Map<SignalId, string>()
  const learnedIds = new Set<SignalId>()
  for (const detector of signalDetectors) {
    if (found.has(detector.id)) continue
    const evidence = detector.detect(turn, context)?.trim()
    if (evidence !== undefined && evidence !== '' && text.includes(evidence)) found.set(detector.id, evidence)
  }
  let reads: CriterionRead[] = []
  if (options.learned !== false && text.trim() !== '') {
    const sentences = turn.sentences.map((sentence) => sentence.text)
    const features = turnFeatures(text, sentences)
    const model = options.model ?? learnedModel
    for (const finding of learnedSignals(model, text, sentences, features)) {
      // A learned read never contradicts a precise rule in the same sentence: a paraphrase is not an argument,
      // a directed question is not a put-down.
      const contradicted = escalating.has(finding.id) && [...found].some(([id, evidence]) => calming.has(id) && (finding.evidence.includes(evidence) || evidence.includes(finding.evidence)))
      if (!contradicted && !found.has(finding.id) && finding.evidence !== '' && text.includes(finding.evidence)) {
        found.set(finding.id, finding.evidence)
        learnedIds.add(finding.id)
      }
    }
    reads = learnedReads(model, text, sentences, features).filter((read) => read.evidence !== '' && text.includes(read.evidence))
  }
  const { offer, refused } = findOfferedOutcomes(turn, context)
  if (offer !== null && text.includes(offer.evidence)) found.set('offered_resolution', offer.evidence)
  if (refused !== null && text.includes(refused.evidence)) found.set('offered_refused', refused.evidence)
  const signals: Signal[] = []
  for (const id of signalIds) {
    const evidence = found.get(id)
    if (evidence !== undefined) signals.push(learnedIds.has(id) ? { id, evidence, source: 'learned' } : { id, evidence })
  }
  return {
    signals,
    offer: offer !== null && found.has('offered_resolution') ? offer : null,
    refused: refused !== null && found.has('offered_refused') ? refused : null,
    ...(reads.length > 0 ? { reads } : {}),
    questions: turn.sentences.filter((sentence) => sentence.question !== null).map((sentence) => sentence.text),
    wordCount: countWords(text),
  }
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}
