import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/** scrypt is memory-hard and built into Node. N=2^15, r=8 costs 32 MiB per hash. */
const defaults = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 }

function derive(password: string, salt: Buffer, N: number, r: number, p: number, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

/** Returns `scrypt$N$r$p$salt$hash` (base64url), self-describing so the cost can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, defaults.N, defaults.r, defaults.p, defaults.keyLength)
  return ['scrypt', defaults.N, defaults.r, defaults.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !N || !r || !p || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const key = await derive(password, Buffer.from(salt, 'base64url'), Number(N), Number(r), Number(p), expected.length)
  return timingSafeEqual(key, expected)
}

/** A hash of a random password, compared against when the email is unknown so timing doesn't reveal which emails exist. */
export const decoyHash = hashPassword(randomBytes(16).toString('hex'))
