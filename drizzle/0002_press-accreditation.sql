CREATE TABLE "press_applications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "press_applications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"full_name" text NOT NULL,
	"outlet" text NOT NULL,
	"nationality" text NOT NULL,
	"id_document_number" text NOT NULL,
	"id_document_key" text NOT NULL,
	"email" text NOT NULL,
	"photo" "bytea" NOT NULL,
	"photo_type" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"access_key_hash" text NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" integer
);
--> statement-breakpoint
CREATE TABLE "press_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "press_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"meeting_id" integer,
	"title_en" text NOT NULL,
	"title_vi" text NOT NULL,
	"venue_en" text NOT NULL,
	"venue_vi" text NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"capacity" integer NOT NULL,
	"applications_open" boolean DEFAULT true NOT NULL,
	CONSTRAINT "press_events_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "server_keys" (
	"name" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "press_applications" ADD CONSTRAINT "press_applications_event_id_press_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."press_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_applications" ADD CONSTRAINT "press_applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_events" ADD CONSTRAINT "press_events_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "press_applications_document_uq" ON "press_applications" USING btree ("event_id","id_document_key");--> statement-breakpoint
CREATE INDEX "press_applications_event_status_idx" ON "press_applications" USING btree ("event_id","status");