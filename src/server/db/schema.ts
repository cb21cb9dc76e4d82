import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['trainee', 'trainer'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('users_email_unique').on(sql`lower(${table.email})`), check('users_role_check', sql`${table.role} in ('trainee', 'trainer')`)],
)

/** Login sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Refreshed (at most every few minutes) on use; a session idle past the limit expires. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (table) => [index('auth_sessions_user_idx').on(table.userId)],
)

/** One-time links: the first trainer's setup link (later: invitations and password resets). */
export const setupTokens = pgTable('setup_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  purpose: text('purpose').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  createdAt: createdAt(),
})

export const personas = pgTable('personas', {
  id: text('id').primaryKey(),
  builtin: boolean('builtin').notNull().default(false),
  currentVersion: integer('current_version').notNull(),
  archived: boolean('archived').notNull().default(false),
  createdAt: createdAt(),
})

/** Every save of a persona is a new immutable version; sessions point at the exact one they used. */
export const personaVersions = pgTable(
  'persona_versions',
  {
    personaId: text('persona_id')
      .notNull()
      .references(() => personas.id),
    version: integer('version').notNull(),
    spec: jsonb('spec').notNull(),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.personaId, table.version] })],
)

export const practiceSessions = pgTable(
  'practice_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    personaId: text('persona_id').notNull(),
    personaVersion: integer('persona_version').notNull(),
    rubric: jsonb('rubric').notNull(),
    status: text('status', { enum: ['active', 'ended'] })
      .notNull()
      .default('active'),
    /** The server-held mood state (level, counters), updated by every trainee turn. */
    moodState: jsonb('mood_state').notNull(),
    earnedFactIds: jsonb('earned_fact_ids').$type<string[]>().notNull().default([]),
    /** The turn being processed and until when the marker holds: a database-level lock, so two tabs or two servers can't interleave turns. */
    inFlightTurnId: text('in_flight_turn_id'),
    inFlightUntil: timestamp('in_flight_until', { withTimezone: true, mode: 'date' }),
    /** `model`: an LLM plays the customer; `scripted`: the deterministic script engine does, from `seed`. */
    mode: text('mode', { enum: ['model', 'scripted'] })
      .notNull()
      .default('model'),
    seed: text('seed'),
    /** Script lines already said in this call (scripted mode never repeats one while alternatives remain). */
    usedLineIds: jsonb('used_line_ids').$type<string[]>().notNull().default([]),
    outcome: jsonb('outcome'),
    scorecard: jsonb('scorecard'),
    createdAt: createdAt(),
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [index('practice_sessions_user_idx').on(table.userId, table.createdAt)],
)

/**
 * The transcript. A trainee turn carries its signals, the mood it caused and its grade; a customer
 * turn carries the reply (complete, or partial when the stream was cut).
 */
export const turns = pgTable(
  'turns',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    role: text('role', { enum: ['customer', 'trainee'] }).notNull(),
    text: text('text').notNull(),
    clientTurnId: text('client_turn_id'),
    /** For customer turns: the trainee turn it answers. */
    replyTo: text('reply_to'),
    /** trainee: 'pending' (reply not yet stored), 'answered', 'reply_failed'; customer: 'complete', 'partial'. */
    status: text('status').notNull(),
    signals: jsonb('signals'),
    moodBefore: integer('mood_before'),
    moodAfter: integer('mood_after'),
    moodReasons: jsonb('mood_reasons'),
    /** The session's full mood state and earned facts before this trainee turn, so the turn can be rewound. */
    moodStateBefore: jsonb('mood_state_before'),
    earnedFactIdsBefore: jsonb('earned_fact_ids_before').$type<string[]>(),
    /** Set when the trainee took this turn back (with its replies); kept for comparison, left out of the call. */
    rewoundAt: timestamp('rewound_at', { withTimezone: true, mode: 'date' }),
    grade: jsonb('grade'),
    /** Every model call made for this turn: role, model, latency, tokens, outcome. */
    modelCalls: jsonb('model_calls').$type<unknown[]>().notNull().default([]),
    error: jsonb('error'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('turns_session_seq_unique').on(table.sessionId, table.seq),
    uniqueIndex('turns_session_client_turn_unique').on(table.sessionId, table.clientTurnId),
  ],
)

/** Fixed-window counters for rate limits, shared by every server instance. */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true, mode: 'date' }).notNull(),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.key, table.windowStart] }), index('rate_limit_hits_window_idx').on(table.windowStart)],
)
