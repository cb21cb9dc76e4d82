const maximumDepth = 200

/**
 * Where a JSON text first breaks the grammar, for an error message with a line and column. Node 20's
 * `JSON.parse` often names no position ("Unexpected token '}', ... is not valid JSON"), so this walks
 * the text once (RFC 8259) and stops at the first character that cannot continue it.
 */
export function findJsonSyntaxError(text: string): { offset: number; message: string } | null {
  let position = 0
  let depth = 0

  class JsonSyntaxError extends Error {
    constructor(message: string) {
      super(message)
    }
  }
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message)
  }
  const describe = () => (position >= text.length ? 'the end of the file' : `"${text[position]}"`)
  const skipSpace = () => {
    while (position < text.length && ' \t\n\r'.includes(text[position]!)) position += 1
  }
  const expect = (character: string, context: string) => {
    if (text[position] !== character) fail(`Expected "${character}" ${context}, found ${describe()}`)
    position += 1
  }

  const value = () => {
    skipSpace()
    const character = text[position]
    if (character === '{' || character === '[') {
      // No persona nests this deep; stop before the call stack does.
      if (++depth > maximumDepth) fail(`Nested more than ${maximumDepth} levels deep`)
      if (character === '{') object()
      else array()
      depth -= 1
      return
    }
    if (character === '"') return string()
    if (character === '-' || (character !== undefined && character >= '0' && character <= '9')) return number()
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, position)) {
        position += literal.length
        return
      }
    }
    fail(`Expected a value, found ${describe()}`)
  }
  const object = () => {
    position += 1
    skipSpace()
    if (text[position] === '}') {
      position += 1
      return
    }
    for (;;) {
      skipSpace()
      if (text[position] !== '"') fail(`Expected a key in double quotes, found ${describe()}`)
      string()
      skipSpace()
      expect(':', 'after a key')
      value()
      skipSpace()
      if (text[position] === ',') {
        position += 1
        continue
      }
      expect('}', 'or "," after a value in an object')
      return
    }
  }
  const array = () => {
    position += 1
    skipSpace()
    if (text[position] === ']') {
      position += 1
      return
    }
    for (;;) {
      value()
      skipSpace()
      if (text[position] === ',') {
        position += 1
        continue
      }
      expect(']', 'or "," after a value in a list')
      return
    }
  }
  const string = () => {
    position += 1
    while (position < text.length) {
      const character = text[position]!
      if (character === '"') {
        position += 1
        return
      }
      if (character === '\\') {
        const escaped = text[position + 1]
        if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(position + 2, position + 6))) position += 6
        else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) position += 2
        else fail('Invalid escape in a string')
        continue
      }
      if (character < ' ') fail('A line break or control character inside a string (use \\n)')
      position += 1
    }
    fail('A string is not closed with a double quote')
  }
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(position))
    if (!match) return fail(`Invalid number at ${describe()}`)
    position += match[0].length
  }

  try {
    value()
    skipSpace()
    if (position < text.length) fail(`Unexpected ${describe()} after the end of the JSON value`)
    return null
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { offset: Math.min(position, text.length), message: error.message }
    throw error
  }
}
