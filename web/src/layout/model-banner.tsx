import type { Me } from '../api/api-types'

/** What runs without a model: scripted customers, or the rules-only grade; and what an operator sets to connect one. */
export function ModelBanner({ models }: { models: Me['models'] }) {
  if (models.persona && models.grader) return null
  if (models.persona) {
    return (
      <div className="banner" data-tone="neutral" role="note">
        <strong className="banner-title">No grader model is configured.</strong> Calls work, but feedback is the quick rules-only grade. An operator can set{' '}
        <code>GRADER_MODEL</code> to add the full coach.
      </div>
    )
  }
  return (
    <p className="banner model-banner" data-tone="info" id="model-banner" role="note" data-testid="model-banner">
      Practising with scripted customers — no AI model is connected. An operator can connect one: set <code>LLM_BASE_URL</code> (or{' '}
      <code>LLM_API_KEY</code>), <code>PERSONA_MODEL</code>
      {models.grader ? '' : <> and <code>GRADER_MODEL</code></>}, then restart toughcall.
    </p>
  )
}
