export type CsvValue = string | number | boolean | null | undefined

/** Text a spreadsheet would run as a formula (or a DDE command) when the file is opened. */
const formulaStart = /^[=+\-@\t\r]/

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break, with quotes doubled.
 * Text that a spreadsheet would treat as a formula gets a leading apostrophe, so a trainee who
 * types `=HYPERLINK(…)` cannot make a trainer's spreadsheet run it (OWASP "CSV injection").
 * Numbers are written as they are; null and undefined as an empty cell.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = formulaStart.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * A whole CSV file: header row, then one line per row, CRLF line ends, with a UTF-8 byte order mark
 * so spreadsheet programs read names with accents correctly.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
