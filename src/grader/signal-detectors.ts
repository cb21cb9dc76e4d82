import { blameDetectors } from './detectors/blame-detectors'
import { closingDetectors } from './detectors/closing-detectors'
import { conductDetectors } from './detectors/conduct-detectors'
import { empathyDetectors } from './detectors/empathy-detectors'
import { instructionDetector } from './detectors/instruction-detector'
import { jargonDetector } from './detectors/jargon-detector'
import { nameDetector } from './detectors/name-detector'
import { questionDetectors } from './detectors/question-detectors'
import { solutionDetectors } from './detectors/solution-detectors'
import { toneDetectors } from './detectors/tone-detectors'
import type { SignalDetector } from './signal-detector'

/** Every detector, by family. A signal id may have several detectors; the first to find evidence wins. */
export const signalDetectors: readonly SignalDetector[] = [
  ...empathyDetectors,
  ...questionDetectors,
  ...blameDetectors,
  ...solutionDetectors,
  nameDetector,
  ...conductDetectors,
  jargonDetector,
  instructionDetector,
  ...closingDetectors,
  ...toneDetectors,
]
