CREATE TABLE "assignment_trainees" (
	"assignment_id" text NOT NULL,
	"trainee_id" text NOT NULL,
	CONSTRAINT "assignment_trainees_assignment_id_trainee_id_pk" PRIMARY KEY("assignment_id","trainee_id")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"persona_id" text NOT NULL,
	"audience" text NOT NULL,
	"mode" text DEFAULT 'any' NOT NULL,
	"seed" text,
	"pass_mark" integer,
	"due_at" timestamp with time zone,
	"note" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "grade_reviews" (
	"turn_id" text NOT NULL,
	"criterion_id" text NOT NULL,
	"session_id" text NOT NULL,
	"graded_score" integer,
	"grade_source" text NOT NULL,
	"trainer_score" integer,
	"comment" text DEFAULT '' NOT NULL,
	"reviewer_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grade_reviews_turn_id_criterion_id_pk" PRIMARY KEY("turn_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"kind" text NOT NULL,
	"role" text NOT NULL,
	"email" text,
	"user_id" text,
	"created_by" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rubric_versions" (
	"version" integer PRIMARY KEY NOT NULL,
	"rubric" jsonb NOT NULL,
	"created_by" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "persona_versions" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "personas" ADD COLUMN "published" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "personas" ADD COLUMN "duplicated_from" text;--> statement-breakpoint
ALTER TABLE "personas" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD COLUMN "rubric_version" integer;--> statement-breakpoint
ALTER TABLE "practice_sessions" ADD COLUMN "assignment_id" text;--> statement-breakpoint
ALTER TABLE "assignment_trainees" ADD CONSTRAINT "assignment_trainees_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_trainees" ADD CONSTRAINT "assignment_trainees_trainee_id_users_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_persona_id_personas_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."personas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_reviews" ADD CONSTRAINT "grade_reviews_turn_id_turns_id_fk" FOREIGN KEY ("turn_id") REFERENCES "public"."turns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_reviews" ADD CONSTRAINT "grade_reviews_session_id_practice_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."practice_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_reviews" ADD CONSTRAINT "grade_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignment_trainees_trainee_idx" ON "assignment_trainees" USING btree ("trainee_id");--> statement-breakpoint
CREATE INDEX "grade_reviews_session_idx" ON "grade_reviews" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_unique" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_created_idx" ON "invitations" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "practice_sessions_created_idx" ON "practice_sessions" USING btree ("created_at");