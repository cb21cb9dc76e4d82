import { customerNameForms } from '../customer-name-forms'
import { firstMatch } from '../phrase-pattern'
import type { SignalDetector } from '../signal-detector'

/** Finds the customer's name in any of the forms an agent may use. */
export const nameDetector: SignalDetector = {
  id: 'used_name',
  detect(turn, context) {
    if (context.customerName.trim() === '') return null
    return firstMatch(turn.text, customerNameForms(context.customerName))
  },
}
