CREATE TABLE "delegate_nomination_meetings" (
	"nomination_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	CONSTRAINT "delegate_nomination_meetings_nomination_id_meeting_id_pk" PRIMARY KEY("nomination_id","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "delegate_nominations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "delegate_nominations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"party_id" integer NOT NULL,
	"meeting_id" integer,
	"cluster_id" integer,
	"full_name" text NOT NULL,
	"position" text NOT NULL,
	"role" text NOT NULL,
	"email" text NOT NULL,
	"photo" "bytea",
	"photo_type" text,
	"status" text NOT NULL,
	"reason" text,
	"replaces_id" integer,
	"substitution_reason" text,
	"nominated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"nominated_by" integer,
	"decided_at" timestamp with time zone,
	"decided_by" integer,
	CONSTRAINT "delegate_nominations_scope_ck" CHECK (("delegate_nominations"."meeting_id" is null) <> ("delegate_nominations"."cluster_id" is null))
);
--> statement-breakpoint
CREATE TABLE "delegate_quota_overrides" (
	"party_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"members" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	CONSTRAINT "delegate_quota_overrides_party_id_meeting_id_pk" PRIMARY KEY("party_id","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "delegate_quotas" (
	"level" text PRIMARY KEY NOT NULL,
	"members" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
ALTER TABLE "delegate_nomination_meetings" ADD CONSTRAINT "delegate_nomination_meetings_nomination_id_delegate_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."delegate_nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_nomination_meetings" ADD CONSTRAINT "delegate_nomination_meetings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_nominations" ADD CONSTRAINT "delegate_nominations_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_nominations" ADD CONSTRAINT "delegate_nominations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_nominations" ADD CONSTRAINT "delegate_nominations_cluster_id_meeting_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."meeting_clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_nominations" ADD CONSTRAINT "delegate_nominations_replaces_id_delegate_nominations_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."delegate_nominations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_nominations" ADD CONSTRAINT "delegate_nominations_nominated_by_users_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_nominations" ADD CONSTRAINT "delegate_nominations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_quota_overrides" ADD CONSTRAINT "delegate_quota_overrides_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_quota_overrides" ADD CONSTRAINT "delegate_quota_overrides_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_quota_overrides" ADD CONSTRAINT "delegate_quota_overrides_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegate_quotas" ADD CONSTRAINT "delegate_quotas_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delegate_nomination_meetings_meeting_idx" ON "delegate_nomination_meetings" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "delegate_nominations_party_idx" ON "delegate_nominations" USING btree ("party_id","status");--> statement-breakpoint
CREATE INDEX "delegate_nominations_replaces_idx" ON "delegate_nominations" USING btree ("replaces_id");