/**
 * In-process counters and histograms, exposed in Prometheus' text format at GET /metrics. Each
 * instance reports its own; Prometheus sums across instances.
 */
const latencyBucketsSeconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]

type Labels = Record<string, string>

function labelKey(labels: Labels): string {
  return Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}="${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`)
    .join(',')
}

class Counter {
  readonly values = new Map<string, number>()
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  add(labels: Labels, amount = 1) {
    const key = labelKey(labels)
    this.values.set(key, (this.values.get(key) ?? 0) + amount)
  }
  render(): string[] {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`, ...[...this.values].map(([key, value]) => `${this.name}{${key}} ${value}`)]
  }
}

class Histogram {
  private readonly series = new Map<string, { buckets: number[]; sum: number; count: number }>()
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  observe(labels: Labels, seconds: number) {
    const key = labelKey(labels)
    let entry = this.series.get(key)
    if (!entry) {
      entry = { buckets: latencyBucketsSeconds.map(() => 0), sum: 0, count: 0 }
      this.series.set(key, entry)
    }
    latencyBucketsSeconds.forEach((bound, index) => {
      if (seconds <= bound) entry.buckets[index]! += 1
    })
    entry.sum += seconds
    entry.count += 1
  }
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`]
    for (const [key, entry] of this.series) {
      const prefix = key ? `${key},` : ''
      latencyBucketsSeconds.forEach((bound, index) => lines.push(`${this.name}_bucket{${prefix}le="${bound}"} ${entry.buckets[index]}`))
      lines.push(`${this.name}_bucket{${prefix}le="+Inf"} ${entry.count}`, `${this.name}_sum{${key}} ${entry.sum}`, `${this.name}_count{${key}} ${entry.count}`)
    }
    return lines
  }
}

export class Metrics {
  readonly requests = new Counter('toughcall_http_requests_total', 'HTTP requests by route, method and status.')
  readonly requestSeconds = new Histogram('toughcall_http_request_duration_seconds', 'HTTP request latency by route (for streams: until the headers).')
  readonly modelCalls = new Counter('toughcall_model_calls_total', 'Model calls by role (persona, grader, perception), model and outcome.')
  readonly modelSeconds = new Histogram('toughcall_model_call_duration_seconds', 'Model call latency by role (persona, grader, perception) and model.')
  readonly modelTokens = new Counter('toughcall_model_tokens_total', 'Tokens used by role (persona, grader, perception), model and kind (prompt or completion).')
  readonly turns = new Counter('toughcall_turns_total', 'Trainee turns by outcome (answered, reply_failed, ...).')
  readonly sessionsEnded = new Counter('toughcall_sessions_ended_total', 'Calls ended, by outcome.')

  render(gauges: { activeStreams: number }): string {
    return [
      ...this.requests.render(),
      ...this.requestSeconds.render(),
      ...this.modelCalls.render(),
      ...this.modelSeconds.render(),
      ...this.modelTokens.render(),
      ...this.turns.render(),
      ...this.sessionsEnded.render(),
      ...gauge('toughcall_active_streams', 'Turns streaming right now on this instance.', gauges.activeStreams),
      ...memoryGauges(),
      '',
    ].join('\n')
  }
}

function gauge(name: string, help: string, value: number): string[] {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${value}`]
}

/** The process's memory, under the names Prometheus's own Node client uses, so existing dashboards read them. */
function memoryGauges(): string[] {
  const memory = process.memoryUsage()
  return [
    ...gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', memory.rss),
    ...gauge('nodejs_heap_size_used_bytes', 'JavaScript heap in use, in bytes.', memory.heapUsed),
    ...gauge('nodejs_heap_size_total_bytes', 'JavaScript heap reserved, in bytes.', memory.heapTotal),
    ...gauge('nodejs_external_memory_bytes', 'Memory outside the JavaScript heap held by its objects (buffers, WebAssembly), in bytes.', memory.external),
  ]
}
