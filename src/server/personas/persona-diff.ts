import { isDeepStrictEqual } from 'node:util'
import type { PersonaChange } from './persona-admin-types'

/**
 * The changes between two persona specs (or any JSON values), path by path, for the version history.
 *
 * - Objects are compared key by key (`scenario.company`, `mood.sensitivities.blamed`).
 * - Arrays of objects are compared by index (`hiddenFacts[1].fact`).
 * - Lists of strings or numbers are aligned (longest common subsequence), so inserting a quirk at the
 *   top reads as one `added` line rather than every line `changed`; an edited line reads as `changed`.
 * - Strings are whole values: a reworded opening line is one change with its before and after text.
 */
export function diffSpecs(before: unknown, after: unknown): PersonaChange[] {
  const changes: PersonaChange[] = []
  compare(before, after, '', changes)
  return changes
}

function compare(before: unknown, after: unknown, path: string, changes: PersonaChange[]) {
  if (isDeepStrictEqual(before, after)) return
  if (before === undefined) {
    changes.push({ path, kind: 'added', before: undefined, after })
    return
  }
  if (after === undefined) {
    changes.push({ path, kind: 'removed', before, after: undefined })
    return
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !Object.hasOwn(after, key))]
    for (const key of keys) compare(before[key], after[key], path === '' ? key : `${path}.${key}`, changes)
    return
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if ([...before, ...after].every(isScalar)) compareLists(before, after, path, changes)
    else {
      for (let index = 0; index < Math.max(before.length, after.length); index += 1) compare(before[index], after[index], `${path}[${index}]`, changes)
    }
    return
  }
  changes.push({ path, kind: 'changed', before, after })
}

/** Lists of scalars: unchanged items anchor the alignment; between anchors, removals and additions pair up as edits. */
function compareLists(before: unknown[], after: unknown[], path: string, changes: PersonaChange[]) {
  const lengths = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0))
  for (let i = before.length - 1; i >= 0; i -= 1) {
    for (let j = after.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = before[i] === after[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!)
    }
  }
  let i = 0
  let j = 0
  let removed: number[] = []
  let added: number[] = []
  const flush = () => {
    const paired = Math.min(removed.length, added.length)
    for (let index = 0; index < paired; index += 1) {
      changes.push({ path: `${path}[${added[index]}]`, kind: 'changed', before: before[removed[index]!], after: after[added[index]!] })
    }
    for (const index of removed.slice(paired)) changes.push({ path: `${path}[${index}]`, kind: 'removed', before: before[index], after: undefined })
    for (const index of added.slice(paired)) changes.push({ path: `${path}[${index}]`, kind: 'added', before: undefined, after: after[index] })
    removed = []
    added = []
  }
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      flush()
      i += 1
      j += 1
    } else if (j < after.length && (i === before.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      added.push(j)
      j += 1
    } else {
      removed.push(i)
      i += 1
    }
  }
  flush()
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}
