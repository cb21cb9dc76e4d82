/**
 * A fresh id for one trainee message; resubmitting it never makes a second turn. `randomUUID` needs a
 * secure context, so a plain-HTTP deployment on a LAN address falls back to `getRandomValues`.
 */
export function newClientTurnId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
