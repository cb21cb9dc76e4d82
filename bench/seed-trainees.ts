/**
 * Creates the bench's trainee accounts, already signed in, before the server starts (PGlite allows
 * one process per data directory). One password hash serves every account: scrypt costs ~100 ms a
 * hash, and hashing 500 of them measures nothing the bench is about. The sign-in rows are the ones
 * `POST /api/auth/login` writes; the bench still signs the first trainee in through the API.
 *
 * Usage (a child of bench/run.ts): `node --import tsx bench/seed-trainees.ts <json>` with
 * `{ count, password, target }`; prints `{ trainees: [{ email, token }] }` on stdout.
 */
import { randomUUID } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { hashPassword } from '../src/server/auth/password'
import { hashToken, newToken } from '../src/server/auth/tokens'
import { openDatabase, type DatabaseTarget } from '../src/server/db/database'
import { createAuthSession, createUser } from '../src/server/db/queries/user-queries'

export interface SeedRequest {
  count: number
  password: string
  target: DatabaseTarget
}

export interface SeededTrainee {
  email: string
  token: string
}

export async function seedTrainees({ count, password, target }: SeedRequest): Promise<SeededTrainee[]> {
  const database = await openDatabase(target)
  try {
    const passwordHash = await hashPassword(password)
    const expiresAt = new Date(Date.now() + 24 * 3_600_000)
    const trainees: SeededTrainee[] = []
    for (let index = 0; index < count; index++) {
      const email = `trainee-${index + 1}@bench.toughcall.test`
      const user = await createUser(database.db, { id: randomUUID(), email, name: `Bench Trainee ${index + 1}`, role: 'trainee', passwordHash })
      const token = newToken()
      await createAuthSession(database.db, { tokenHash: hashToken(token), userId: user.id, expiresAt })
      trainees.push({ email, token })
    }
    return trainees
  } finally {
    await database.close()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  seedTrainees(JSON.parse(process.argv[2] ?? '{}') as SeedRequest)
    .then((trainees) => process.stdout.write(JSON.stringify({ trainees })))
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
