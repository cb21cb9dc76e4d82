import { z } from 'zod'

/** Empty strings in the environment count as unset, so `FOO=` never means "the empty value". */
const optionalString = z.preprocess((value) => (value === '' ? undefined : value), z.string().optional())
const optionalUrl = z.preprocess((value) => (value === '' ? undefined : value), z.url().optional())
const integer = (fallback: number, min: number, max: number) =>
  z.preprocess((value) => (value === '' || value === undefined ? fallback : value), z.coerce.number().int().min(min).max(max))
const boolean = (fallback: boolean) =>
  z.preprocess(
    (value) => (value === '' || value === undefined ? fallback : value),
    z.union([z.boolean(), z.enum(['true', 'false', '1', '0']).transform((text) => text === 'true' || text === '1')]),
  )

const environmentSchema = z.object({
  PORT: integer(3000, 1, 65_535),
  HOST: optionalString,
  DATABASE_URL: optionalUrl,
  DATA_DIR: optionalString,
  LLM_BASE_URL: optionalUrl,
  LLM_API_KEY: optionalString,
  OPENAI_API_KEY: optionalString,
  PERSONA_MODEL: optionalString,
  GRADER_MODEL: optionalString,
  PERSONA_BASE_URL: optionalUrl,
  GRADER_BASE_URL: optionalUrl,
  PERSONA_API_KEY: optionalString,
  GRADER_API_KEY: optionalString,
  PERCEPTION: z.preprocess((value) => (value === '' ? undefined : value), z.enum(['rules', 'model']).optional()),
  PERCEPTION_MODEL: optionalString,
  PERCEPTION_BASE_URL: optionalUrl,
  PERCEPTION_API_KEY: optionalString,
  PERCEPTION_TIMEOUT_MS: integer(2_500, 100, 60_000),
  LLM_TIMEOUT_MS: integer(60_000, 1_000, 600_000),
  LLM_IDLE_TIMEOUT_MS: integer(20_000, 500, 600_000),
  LLM_MAX_RETRIES: integer(2, 0, 10),
  COOKIE_SECURE: boolean(true),
  SESSION_TTL_HOURS: integer(24 * 7, 1, 24 * 90),
  PUBLIC_URL: optionalUrl,
  LOGIN_RATE_LIMIT_PER_MINUTE: integer(10, 1, 1_000_000),
  TURN_RATE_LIMIT_PER_MINUTE: integer(30, 1, 1_000_000),
  SESSION_IDLE_HOURS: integer(12, 1, 24 * 90),
  MAX_TURNS_PER_SESSION: integer(80, 1, 1_000),
  PERSONA_MAX_TOKENS: integer(400, 16, 32_000),
  GRADER_MAX_TOKENS: integer(1_500, 64, 32_000),
  BODY_LIMIT_BYTES: integer(1_048_576, 1_024, 64 * 1_048_576),
  SHUTDOWN_GRACE_MS: integer(20_000, 0, 600_000),
  TRUST_PROXY: boolean(false),
  TURN_LEASE_MS: integer(15_000, 2_000, 600_000),
  METRICS_TOKEN: optionalString,
})

export interface ModelRoleConfig {
  baseURL: string | undefined
  apiKey: string
  model: string
}

export interface Config {
  port: number
  host: string | undefined
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string }
  /** null when the role has no model configured: the server still runs, turns answer 503 model_not_configured. */
  persona: ModelRoleConfig | null
  grader: ModelRoleConfig | null
  /**
   * The model that perceives each trainee turn before the customer answers (PERCEPTION=model), falling back to
   * the grader's model, URL and key, then LLM_*; null when the rules alone perceive (PERCEPTION=rules, or no model).
   */
  perception: ModelRoleConfig | null
  llm: {
    timeoutMs: number
    idleTimeoutMs: number
    maxRetries: number
    personaMaxTokens: number
    graderMaxTokens: number
    /** The time box of one perception call: past it the rules stand alone for the turn. */
    perceptionTimeoutMs: number
  }
  cookieSecure: boolean
  /** Absolute lifetime of a sign-in. */
  sessionTtlMs: number
  /** A sign-in unused for this long expires. */
  sessionIdleMs: number
  maxTurnsPerSession: number
  bodyLimitBytes: number
  shutdownGraceMs: number
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean
  /** How long a turn's hold on its session lasts without renewal: how soon another instance may continue a call whose server died. */
  turnLeaseMs: number
  /** Bearer token for GET /metrics; unset = /metrics is off. */
  metricsToken: string | undefined
  publicUrl: string | undefined
  rateLimits: { loginPerMinute: number; turnsPerMinute: number }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

/** Reads the environment once. Every bad field is named in one error. */
export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
  const parsed = environmentSchema.safeParse(environment)
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`))
  }
  const env = parsed.data
  const sharedKey = env.LLM_API_KEY ?? env.OPENAI_API_KEY
  const role = (model: string | undefined, baseURL: string | undefined, apiKey: string | undefined): ModelRoleConfig | null => {
    if (!model) return null
    // Local servers (Ollama, llama.cpp, vLLM) ignore the key, but the SDK insists on one.
    return { model, baseURL: baseURL ?? env.LLM_BASE_URL, apiKey: apiKey ?? sharedKey ?? 'not-needed' }
  }
  const problems: string[] = []
  if (env.PERSONA_MODEL && !(env.PERSONA_BASE_URL ?? env.LLM_BASE_URL) && !(env.PERSONA_API_KEY ?? sharedKey)) {
    problems.push('PERSONA_MODEL: set LLM_BASE_URL (or PERSONA_BASE_URL) for a local server, or LLM_API_KEY for OpenAI')
  }
  if (env.GRADER_MODEL && !(env.GRADER_BASE_URL ?? env.LLM_BASE_URL) && !(env.GRADER_API_KEY ?? sharedKey)) {
    problems.push('GRADER_MODEL: set LLM_BASE_URL (or GRADER_BASE_URL) for a local server, or LLM_API_KEY for OpenAI')
  }
  // Perception falls back field by field: its own setting, then the grader's, then LLM_* (inside `role`).
  const perceptionModel = env.PERCEPTION_MODEL ?? env.GRADER_MODEL
  const perceptionMode = env.PERCEPTION ?? (perceptionModel ? 'model' : 'rules')
  if (perceptionMode === 'model' && !perceptionModel) {
    problems.push('PERCEPTION: "model" needs a perception model: set PERCEPTION_MODEL (or GRADER_MODEL), or PERCEPTION=rules')
  }
  if (
    env.PERCEPTION_MODEL &&
    perceptionMode === 'model' &&
    !(env.PERCEPTION_BASE_URL ?? env.GRADER_BASE_URL ?? env.LLM_BASE_URL) &&
    !(env.PERCEPTION_API_KEY ?? env.GRADER_API_KEY ?? sharedKey)
  ) {
    problems.push('PERCEPTION_MODEL: set LLM_BASE_URL (or PERCEPTION_BASE_URL) for a local server, or LLM_API_KEY for OpenAI')
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return {
    port: env.PORT,
    host: env.HOST,
    database: env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: env.DATA_DIR ?? './data' },
    persona: role(env.PERSONA_MODEL, env.PERSONA_BASE_URL, env.PERSONA_API_KEY),
    grader: role(env.GRADER_MODEL, env.GRADER_BASE_URL, env.GRADER_API_KEY),
    perception:
      perceptionMode === 'model'
        ? role(perceptionModel, env.PERCEPTION_BASE_URL ?? env.GRADER_BASE_URL, env.PERCEPTION_API_KEY ?? env.GRADER_API_KEY)
        : null,
    llm: {
      timeoutMs: env.LLM_TIMEOUT_MS,
      idleTimeoutMs: env.LLM_IDLE_TIMEOUT_MS,
      maxRetries: env.LLM_MAX_RETRIES,
      personaMaxTokens: env.PERSONA_MAX_TOKENS,
      graderMaxTokens: env.GRADER_MAX_TOKENS,
      perceptionTimeoutMs: env.PERCEPTION_TIMEOUT_MS,
    },
    cookieSecure: env.COOKIE_SECURE,
    sessionTtlMs: env.SESSION_TTL_HOURS * 3_600_000,
    sessionIdleMs: env.SESSION_IDLE_HOURS * 3_600_000,
    maxTurnsPerSession: env.MAX_TURNS_PER_SESSION,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    trustProxy: env.TRUST_PROXY,
    turnLeaseMs: env.TURN_LEASE_MS,
    metricsToken: env.METRICS_TOKEN,
    publicUrl: env.PUBLIC_URL,
    rateLimits: { loginPerMinute: env.LOGIN_RATE_LIMIT_PER_MINUTE, turnsPerMinute: env.TURN_RATE_LIMIT_PER_MINUTE },
  }
}
