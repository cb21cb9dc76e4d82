/**
 * `npx tsx bench/summarise-profile.ts <file.cpuprofile> [top]`: where a `node --cpu-prof` profile
 * (written by `npm run bench -- --profile`) spent its time, by function and by package, self time.
 */
import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
  endTime: number
}

export function summariseProfile(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfMicros = new Map<number, number>()
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)))
  const total = profile.endTime - profile.startTime
  const byFunction = new Map<string, number>()
  const byPackage = new Map<string, number>()
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)!.callFrame
    const where = place(frame.url)
    const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros)
    byPackage.set(where.split(':')[0]!, (byPackage.get(where.split(':')[0]!) ?? 0) + micros)
  }
  const list = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `${(micros / 1000).toFixed(0).padStart(8)} ms ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n')
  return (
    `profile ${(total / 1e6).toFixed(1)} s\n\nby package (self time)\n${list(byPackage)}\n\nby function (self time)\n${list(byFunction)}` +
    `\n\nlongest busy stretches (the event loop blocked), with their heaviest frames\n${busyStretches(profile, byId).join('\n')}`
  )
}

/** Runs of consecutive non-idle samples: while one runs, no other stream gets a byte out. */
function busyStretches(profile: Profile, byId: Map<number, ProfileNode>, top = 8): string[] {
  const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id))
  const stretches: { micros: number; frames: Map<string, number> }[] = []
  let current: { micros: number; frames: Map<string, number> } | null = null
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index + 1] ?? 0
    if (idle.has(id)) {
      if (current) stretches.push(current)
      current = null
      return
    }
    current ??= { micros: 0, frames: new Map() }
    current.micros += delta
    const frame = byId.get(id)!.callFrame
    const name = `${frame.functionName || '(anonymous)'} ${place(frame.url)}`
    current.frames.set(name, (current.frames.get(name) ?? 0) + delta)
  })
  if (current) stretches.push(current)
  return stretches
    .sort((a, b) => b.micros - a.micros)
    .slice(0, top)
    .map((stretch) => {
      const heaviest = [...stretch.frames.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, micros]) => `${name} ${(micros / 1000).toFixed(1)}`)
      return `${(stretch.micros / 1000).toFixed(1).padStart(8)} ms  ${heaviest.join(' | ')}`
    })
}

function place(url: string): string {
  if (!url) return '(native)'
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url)
  if (modules) return `${modules[1]}:${modules[2]}`
  // The server runs as one bundle (`dist/server/main.mjs`): its frames are toughcall's own code.
  const bundle = /\/dist\/server\/(.*)$/.exec(url)
  if (bundle) return `src:${bundle[1]}`
  const source = /\/(src|bench|test)\/(.*)$/.exec(url)
  if (source) return `${source[1]}:${source[2]}`
  if (url.startsWith('node:')) return `node:${url.slice(5)}`
  return url
}

if (process.argv[2]) {
  console.log(summariseProfile(JSON.parse(readFileSync(process.argv[2], 'utf8')) as Profile, Number(process.argv[3] ?? 25)))
}
