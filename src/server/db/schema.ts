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
  /** Trainees see a persona only once it is published (and not archived); trainers can practise with drafts. */
  published: boolean('published').notNull().default(true),
  /** The persona this one was duplicated from (e.g. a built-in), if any. */
  duplicatedFrom: text('duplicated_from'),
  createdBy: text('created_by'),
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
    /** What changed, in the author's words (or e.g. "Restored version 3", "Imported from file"). */
    note: text('note'),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.personaId, table.version] })],
)

/** Every save of the rubric is a new immutable version; the highest is current. Sessions copy the one they are graded under. */
export const rubricVersions = pgTable('rubric_versions', {
  version: integer('version').primaryKey(),
  rubric: jsonb('rubric').notNull(),
  createdBy: text('created_by'),
  note: text('note'),
  createdAt: createdAt(),
})

/**
 * Links that let someone in: an invitation (makes an account with `role`, optionally only for
 * `email`) or a password reset (sets a new password for `userId`). Single use, expiring; only the
 * token's SHA-256 is stored.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    kind: text('kind', { enum: ['invite', 'password_reset'] }).notNull(),
    role: text('role', { enum: ['trainee', 'trainer'] }).notNull(),
    email: text('email'),
    /** For a reset: whose password. For an accepted invite: the account it made. */
    userId: text('user_id').references(() => users.id),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('invitations_token_unique').on(table.tokenHash), index('invitations_created_idx').on(table.createdAt)],
)

/**
 * Practice a trainer asks for: one persona, for every trainee (`audience: all`, including those who
 * join later) or the listed ones. `mode: scripted` makes it a standardised assessment: every
 * trainee meets the scripted customer with the same `seed`.
 */
export const assignments = pgTable('assignments', {
  id: text('id').primaryKey(),
  personaId: text('persona_id')
    .notNull()
    .references(() => personas.id),
  audience: text('audience', { enum: ['all', 'selected'] }).notNull(),
  mode: text('mode', { enum: ['any', 'scripted'] })
    .notNull()
    .default('any'),
  seed: text('seed'),
  /** Overrides the rubric's pass mark for this assignment. */
  passMark: integer('pass_mark'),
  dueAt: timestamp('due_at', { withTimezone: true, mode: 'date' }),
  note: text('note'),
  createdBy: text('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
  /** Withdrawn assignments disappear from trainees' lists; their sessions stay. */
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
})

export const assignmentTrainees = pgTable(
  'assignment_trainees',
  {
    assignmentId: text('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    traineeId: text('trainee_id')
      .notNull()
      .references(() => users.id),
  },
  (table) => [primaryKey({ columns: [table.assignmentId, table.traineeId] }), index('assignment_trainees_trainee_idx').on(table.traineeId)],
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
    /** The rubric version the call is graded under (null for calls from before rubric versions). */
    rubricVersion: integer('rubric_version'),
    /** The assignment this call was made for, if any. */
    assignmentId: text('assignment_id'),
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
  (table) => [index('practice_sessions_user_idx').on(table.userId, table.createdAt), index('practice_sessions_created_idx').on(table.createdAt)],
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
    /**
     * What the perception model made of this trainee turn (ran, fell back or timed out; what it added, removed and
     * was refused; the merged signals that drove the mood). Null when the rules alone perceived the turn.
     */
    perception: jsonb('perception'),
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

/**
 * A trainer's judgement of one criterion on one graded turn, stored beside the model's grade (never
 * replacing it). `trainerScore` equal to `gradedScore` is a confirmation; otherwise an override.
 * One per turn and criterion; a later review replaces the earlier one.
 */
export const gradeReviews = pgTable(
  'grade_reviews',
  {
    turnId: text('turn_id')
      .notNull()
      .references(() => turns.id, { onDelete: 'cascade' }),
    criterionId: text('criterion_id').notNull(),
    sessionId: text('session_id')
      .notNull()
      .references(() => practiceSessions.id, { onDelete: 'cascade' }),
    /** The grader's score when reviewed (null: n/a) and which grader gave it. */
    gradedScore: integer('graded_score'),
    gradeSource: text('grade_source', { enum: ['rules', 'llm'] }).notNull(),
    /** The trainer's score (null: n/a). */
    trainerScore: integer('trainer_score'),
    comment: text('comment').notNull().default(''),
    reviewerId: text('reviewer_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.turnId, table.criterionId] }), index('grade_reviews_session_idx').on(table.sessionId)],
)
