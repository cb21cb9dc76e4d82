/**
 * The features the learned signal layer reads from a piece of trainee text: lower-cased word unigrams and
 * bigrams, and character 3- and 4-grams inside words (which carry typos, spelling variants and inflections),
 * each hashed into a fixed space. Shared by the training script and the runtime, so both see the same numbers.
 */

/** The size of the hashed feature space, as a power of two. */
export const featureBits = 18
const featureMask = (1 << featureBits) - 1

/** FNV-1a, 32 bits, over `prefix` then `text[start, end)`: fast, stable across runs and platforms, no substring built. */
function hash(text: string, prefix = '', start = 0, end = text.length): number {
  let value = 0x811c9dc5
  for (let index = 0; index < prefix.length; index += 1) {
    value ^= prefix.charCodeAt(index)
    value = Math.imul(value, 0x01000193)
  }
  for (let index = start; index < end; index += 1) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193)
  }
  return (value >>> 0) & featureMask
}

function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019\u02BC`]/g, "'")
      .replace(/\d+/g, '0')
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?|[!?]+|[\u{1F300}-\u{1FAFF}]/gu) ?? []
  )
}

/** Hashed feature indexes of `text`, each once (presence, not counts), in ascending order. */
export function textFeatures(text: string): number[] {
  const tokens = words(text)
  const features = new Set<number>()
  features.add(hash('bias'))
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!
    features.add(hash(`w:${token}`))
    if (index + 1 < tokens.length) features.add(hash(`b:${token} ${tokens[index + 1]}`))
    if (index === 0) features.add(hash(`s:${token}`))
    const padded = `<${token}>`
    for (let size = 3; size <= 4; size += 1) {
      for (let start = 0; start + size <= padded.length; start += 1) features.add(hash(padded, 'c:', start, start + size))
    }
  }
  // Shape features: capitals and punctuation say something about tone whatever the words.
  if (/\b[A-Z]{3,}\b/.test(text)) features.add(hash('shape:caps'))
  if (/[!?]{2,}/.test(text)) features.add(hash('shape:punct'))
  if (/\.\.\.|…/.test(text)) features.add(hash('shape:ellipsis'))
  return [...features].sort((first, second) => first - second)
}
