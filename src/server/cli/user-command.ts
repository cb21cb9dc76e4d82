import { randomUUID } from 'node:crypto'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { emailSchema, nameSchema, passwordSchema, roleSchema } from '../auth/account-schemas'
import { addUser } from '../auth/accounts'
import { ConfigError, loadConfig } from '../config'
import { openDatabase } from '../db/database'

const usage = 'Usage: npm run user -- add --email E --password P --role trainee|trainer --name N'
const addSchema = z.object({ email: emailSchema, password: passwordSchema, role: roleSchema, name: nameSchema })

/** Operator command: `npm run user -- add …` creates an account in the configured database. */
async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
  })
  if (positionals[0] !== 'add') throw new UsageError(usage)
  const parsed = addSchema.safeParse(values)
  if (!parsed.success) throw new UsageError(`${parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n')}\n${usage}`)
  const config = loadConfig()
  const database = await openDatabase(config.database.kind === 'postgres' ? config.database : { kind: 'pglite', dataDir: config.database.dataDir })
  try {
    const user = await addUser({ db: database.db, newId: randomUUID }, parsed.data)
    console.log(`Created ${user.role} ${user.name} <${user.email}>.`)
  } finally {
    await database.close()
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof UsageError || error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error))
  process.exit(1)
})
