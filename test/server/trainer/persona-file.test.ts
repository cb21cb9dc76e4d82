import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError } from '../../../src/server/personas/json-syntax-error'
import { guessPersonaFileFormat, parsePersonaFile } from '../../../src/server/personas/persona-file'

describe('persona files', () => {
  it.each([
    ['a trailing comma', '{\n  "id": "x",\n}', 15, 'Expected a key in double quotes, found "}"'],
    ['a missing comma', '{"id": "x" "name": "y"}', 11, 'Expected "}" or "," after a value in an object, found """'],
    ['an unclosed string', '{"id": "x', 9, 'A string is not closed with a double quote'],
    ['a single-quoted key', "{'id': 1}", 1, 'Expected a key in double quotes, found "\'"'],
    ['text after the value', '{} {}', 3, 'Unexpected "{" after the end of the JSON value'],
  ])('finds the first JSON syntax error: %s', (_name, text, offset, message) => {
    expect(JSON.parse.bind(null, text)).toThrow()
    expect(findJsonSyntaxError(text)).toEqual({ offset, message })
  })

  it('finds no error in valid JSON, and stops at absurd nesting instead of overflowing the stack', () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, true, null, "\\u00e9\\n"], "b": {}}')).toBeNull()
    expect(findJsonSyntaxError('['.repeat(100_000))?.message).toMatch(/^Nested more than 200 levels deep/)
  })

  it('refuses a YAML alias bomb rather than expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, level) => `${'bcdefghij'[level]}: &${'bcdefghij'[level]} [${Array(10).fill(`*${'abcdefghij'[level]}`).join(', ')}]`)].join('\n')
    const parsed = parsePersonaFile(bomb, 'yaml')
    expect(parsed.ok).toBe(false)
  })

  it('locates keys and list items in JSON as well as YAML', () => {
    const json = parsePersonaFile('{\n  "mood": {\n    "start": 5\n  },\n  "quirks": ["a", "b"]\n}', 'json')
    if (!json.ok) throw new Error('expected valid JSON')
    expect(json.locate(['mood', 'start'])).toEqual({ line: 3, column: 5 })
    expect(json.locate(['quirks', 1])).toEqual({ line: 5, column: 19 })
    // A missing key is placed at the nearest enclosing one.
    expect(json.locate(['mood', 'calmThreshold'])).toEqual({ line: 2, column: 3 })
  })

  it('guesses the format from the file name, else from the content', () => {
    expect(guessPersonaFileFormat({ content: 'id: x', filename: 'x.JSON' })).toBe('json')
    expect(guessPersonaFileFormat({ content: '{"id": "x"}', filename: 'x.yml' })).toBe('yaml')
    expect(guessPersonaFileFormat({ content: '\uFEFF  {"id": "x"}' })).toBe('json')
    expect(guessPersonaFileFormat({ content: 'id: x' })).toBe('yaml')
  })
})
