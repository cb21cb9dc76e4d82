import { api } from '../api/api-client'
import type { CallMode } from '../api/api-types'
import { navigate } from '../routing/navigation'

/** Starts a new call with this persona, played by the AI or the script, and opens it. */
export async function startCall(personaId: string, mode?: CallMode): Promise<void> {
  const view = await api.startSession(personaId, mode)
  navigate(`/call/${encodeURIComponent(view.session.id)}`)
}
