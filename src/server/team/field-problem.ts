import { AppError } from '../app-error'

/** A 400 `validation_failed` for one field, in the same shape `parseBody` answers, so the form shows it at the field. */
export function fieldProblem(field: string, message: string): AppError {
  return new AppError('validation_failed', `${field}: ${message}`, { issues: [{ path: [field], message, code: 'custom' }] })
}
