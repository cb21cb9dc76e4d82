export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
export type Logger = (level: LogLevel, message: string, fields?: Record<string, unknown>) => void

/** One JSON line per event on stdout. Callers never pass passwords, cookies or transcripts. */
export function createJsonLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  return (level, message, fields) => write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }))
}

export const silentLogger: Logger = () => {}
