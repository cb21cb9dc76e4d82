import { isAlias, isMap, isScalar, isSeq, parseDocument, stringify, type Document } from 'yaml'
import { findJsonSyntaxError } from './json-syntax-error'

/*
 * Persona files: the YAML or JSON a trainer keeps in git. Reading keeps the parsed document so a
 * problem at a spec path (`mood.start`) can be reported at its line and column in the file.
 */

export const personaFileFormats = ['yaml', 'json'] as const
export type PersonaFileFormat = (typeof personaFileFormats)[number]

/** 1-based, in characters (UTF-16 code units) from the start of the line. */
export interface FilePosition {
  line: number
  column: number
}

export type ParsedPersonaFile =
  | {
      ok: true
      value: unknown
      /** Where the key (or list item) at `path` starts; the nearest enclosing one when it is missing. */
      locate(path: readonly PropertyKey[]): FilePosition | null
    }
  | { ok: false; errors: { message: string; position: FilePosition | null }[] }

/** The format from the file name, else from the content: JSON starts with `{` or `[`. */
export function guessPersonaFileFormat({ content, filename }: { content: string; filename?: string }): PersonaFileFormat {
  if (filename !== undefined && /\.json$/i.test(filename)) return 'json'
  if (filename !== undefined && /\.ya?ml$/i.test(filename)) return 'yaml'
  return /^\uFEFF?\s*[{[]/.test(content) ? 'json' : 'yaml'
}

export function parsePersonaFile(content: string, format: PersonaFileFormat): ParsedPersonaFile {
  const text = content.replace(/^\uFEFF/, '')
  let document: Document.Parsed | null = null
  const yamlDocument = () => {
    try {
      document ??= parseDocument(text, { prettyErrors: false, uniqueKeys: true })
    } catch {
      // A pathological file (e.g. nested thousands deep): parse errors are reported already; just no positions.
      return null
    }
    return document
  }
  const locate = (path: readonly PropertyKey[]) => {
    const parsed = yamlDocument()
    if (!parsed) return null
    const offset = offsetOf(parsed, path)
    return offset === null ? null : positionAt(text, offset)
  }

  if (format === 'json') {
    try {
      return { ok: true, value: JSON.parse(text), locate }
    } catch {
      const found = findJsonSyntaxError(text)
      return { ok: false, errors: [{ message: `JSON syntax error: ${found?.message ?? 'the file is not valid JSON'}`, position: found ? positionAt(text, found.offset) : null }] }
    }
  }

  const parsed = yamlDocument()
  if (!parsed) return { ok: false, errors: [{ message: 'YAML syntax error: the file is nested too deeply to read', position: null }] }
  if (parsed.errors.length > 0) {
    return { ok: false, errors: parsed.errors.map((error) => ({ message: `YAML syntax error: ${error.message}`, position: positionAt(text, error.pos[0]) })) }
  }
  try {
    // Aliases are capped so a small file cannot expand into a huge one ("billion laughs").
    return { ok: true, value: parsed.toJS({ maxAliasCount: 100 }), locate }
  } catch (error) {
    return { ok: false, errors: [{ message: `YAML error: ${error instanceof Error ? error.message : 'the file could not be read'}`, position: null }] }
  }
}

/** A spec or bundle as a file: YAML with no line folding (one line per text, for readable git diffs) or indented JSON. */
export function serialisePersonaFile(value: unknown, format: PersonaFileFormat): string {
  return format === 'json' ? `${JSON.stringify(value, null, 2)}\n` : stringify(value, { lineWidth: 0 })
}

function offsetOf(document: Document.Parsed, path: readonly PropertyKey[]): number | null {
  let node: unknown = document.contents
  let offset: number | null = rangeStart(node)
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document)
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
      if (!pair) break
      offset = rangeStart(pair.key) ?? offset
      node = pair.value
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)]
      if (item === undefined) break
      offset = rangeStart(item) ?? offset
      node = item
    } else {
      break
    }
  }
  return offset
}

function rangeStart(node: unknown): number | null {
  const range = (node as { range?: [number, number, number] } | null)?.range
  return range ? range[0] : null
}

function positionAt(text: string, offset: number): FilePosition {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: offset - lineStart + 1 }
}
