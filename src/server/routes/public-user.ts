import type { UserRow } from '../db/queries/user-queries'

/** What the API shows of an account: never the password hash. */
export function publicUser(user: UserRow) {
  return { id: user.id, email: user.email, name: user.name, role: user.role }
}
