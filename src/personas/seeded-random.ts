/** A source of numbers in [0, 1), like `Math.random`, but the same sequence for the same seed. */
export type RandomSource = () => number

/**
 * cyrb53-style string hash to 32 bits: spreads similar seeds ("call-1", "call-2") far apart so their
 * sequences do not start alike. Works on UTF-16 code units, so any string is a valid seed.
 */
function hashSeed(seed: string): number {
  let first = 0xdeadbeef
  let second = 0x41c6ce57
  for (let index = 0; index < seed.length; index++) {
    const code = seed.charCodeAt(index)
    first = Math.imul(first ^ code, 2654435761)
    second = Math.imul(second ^ code, 1597334677)
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909)
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909)
  return (first ^ second) >>> 0
}

/**
 * A tiny deterministic generator (mulberry32) seeded from a string. Not for secrets: scripted customers need
 * repeatable choices, so that two trainees given the same seed and typing the same replies hear the same call.
 */
export function seededRandom(seed: string): RandomSource {
  let state = hashSeed(seed)
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}
