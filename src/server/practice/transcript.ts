import type { TurnRow } from '../db/queries/practice-queries'

export interface TranscriptLine {
  role: 'customer' | 'trainee'
  text: string
}

/**
 * The call as both sides heard it. A reply that was cut off and then regenerated is replaced by
 * the regenerated one; a cut-off reply that was never retried stays (the trainee saw it).
 */
export function transcriptFromTurns(rows: TurnRow[]): TranscriptLine[] {
  const completedReplyTo = new Set(rows.filter((row) => row.role === 'customer' && row.status === 'complete' && row.replyTo).map((row) => row.replyTo))
  return rows
    .filter((row) => !(row.role === 'customer' && row.status === 'partial' && completedReplyTo.has(row.replyTo)))
    .map((row) => ({ role: row.role, text: row.text }))
}

/**
 * Bounds a long call's prompt: the opening line and the latest lines. The cut moves in
 * blocks of `block` lines, so consecutive turns share a byte-identical prefix that a provider's
 * prompt cache can reuse.
 */
export function windowTranscript(lines: TranscriptLine[], keep: number, block = Math.max(1, Math.floor(keep / 2))): TranscriptLine[] {
  if (lines.length <= keep) return lines
  const [opening, ...rest] = lines
  const overflow = rest.length - (keep - 1)
  const dropped = Math.ceil(overflow / block) * block
  return [opening!, ...rest.slice(dropped)]
}
