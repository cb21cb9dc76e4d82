/**
 * Builds the gold set's splits from its sources, deterministically:
 *
 *   npm run eval:split
 *
 * Sources are `eval/gold/sets/*.jsonl`, each written separately (different writers, voices and industries).
 * Every row of one scenario goes to the same split, so a split never holds near-copies of another's calls:
 * a scenario's key (its company and context, or its persona and customer) is hashed, and the hash decides
 * train (60 %), dev (20 %) or test (20 %). The original 165 rows (`00-original.jsonl`), which the rules were
 * written against before the split existed, all go to train. Writes `train.jsonl`, `dev.jsonl`, `test.jsonl`
 * and `turns.jsonl` (every row, for `npm run eval:grader -- --data eval/gold/turns.jsonl`).
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const goldDirectory = path.join(root, 'eval/gold')
const setsDirectory = path.join(goldDirectory, 'sets')

export type SplitName = 'train' | 'dev' | 'test'

/** The split of a scenario key: the first byte of its SHA-256, in tenths. */
export function splitOf(key: string): SplitName {
  const tenth = createHash('sha256').update(key).digest()[0]! % 10
  return tenth < 6 ? 'train' : tenth < 8 ? 'dev' : 'test'
}

interface Row {
  id: string
  persona: string
  customerName: string
  scenario?: { company?: string; context?: string }
}

function scenarioKey(row: Row): string {
  return row.scenario ? `${row.scenario.company ?? ''}|${row.scenario.context ?? ''}` : `${row.persona}|${row.customerName}`
}

function main() {
  const files = readdirSync(setsDirectory).filter((file) => file.endsWith('.jsonl')).sort()
  const splits: Record<SplitName, string[]> = { train: [], dev: [], test: [] }
  const all: string[] = []
  const counts: string[] = []
  for (const file of files) {
    const lines = readFileSync(path.join(setsDirectory, file), 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '')
    const perFile: Record<SplitName, number> = { train: 0, dev: 0, test: 0 }
    for (const line of lines) {
      const row = JSON.parse(line) as Row
      const split = file.startsWith('00-') ? 'train' : splitOf(scenarioKey(row))
      splits[split].push(line)
      perFile[split] += 1
      all.push(line)
    }
    counts.push(`${file}: ${lines.length} rows (train ${perFile.train}, dev ${perFile.dev}, test ${perFile.test})`)
  }
  for (const name of ['train', 'dev', 'test'] as const) writeFileSync(path.join(goldDirectory, `${name}.jsonl`), `${splits[name].join('\n')}\n`)
  writeFileSync(path.join(goldDirectory, 'turns.jsonl'), `${all.join('\n')}\n`)
  console.log(counts.join('\n'))
  console.log(`train ${splits.train.length} · dev ${splits.dev.length} · test ${splits.test.length} · all ${all.length}`)
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) main()
