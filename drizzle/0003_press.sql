CREATE TABLE "article_meetings" (
	"article_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	CONSTRAINT "article_meetings_article_id_meeting_id_pk" PRIMARY KEY("article_id","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "article_people" (
	"article_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	CONSTRAINT "article_people_article_id_person_id_pk" PRIMARY KEY("article_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "articles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"category" text NOT NULL,
	"title_en" text NOT NULL,
	"title_vi" text NOT NULL,
	"lead_en" text NOT NULL,
	"lead_vi" text NOT NULL,
	"body_en" text NOT NULL,
	"body_vi" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"publish_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"views" integer DEFAULT 0 NOT NULL,
	"created_by" integer,
	"reviewed_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "briefings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "briefings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"place_en" text NOT NULL,
	"place_vi" text NOT NULL,
	"topic_en" text NOT NULL,
	"topic_vi" text NOT NULL,
	"speakers" text[] NOT NULL,
	"speaker_person_id" integer
);
--> statement-breakpoint
CREATE TABLE "clipping_meetings" (
	"clipping_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"alias" text NOT NULL,
	"mentions" integer NOT NULL,
	CONSTRAINT "clipping_meetings_clipping_id_meeting_id_pk" PRIMARY KEY("clipping_id","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "clipping_people" (
	"clipping_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"alias" text NOT NULL,
	"mentions" integer NOT NULL,
	CONSTRAINT "clipping_people_clipping_id_person_id_pk" PRIMARY KEY("clipping_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "clippings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "clippings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source" text NOT NULL,
	"format" text NOT NULL,
	"raw" text NOT NULL,
	"raw_hash" text NOT NULL,
	"headline" text,
	"title" text NOT NULL,
	"published_at" timestamp with time zone,
	"published_zone" text,
	"published_zone_stated" boolean DEFAULT false NOT NULL,
	"published_precision" text,
	"dateline_text" text,
	"author" text,
	"body" text NOT NULL,
	"language" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" integer,
	CONSTRAINT "clippings_raw_hash_unique" UNIQUE("raw_hash")
);
--> statement-breakpoint
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
ALTER TABLE "article_meetings" ADD CONSTRAINT "article_meetings_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_meetings" ADD CONSTRAINT "article_meetings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_people" ADD CONSTRAINT "article_people_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_people" ADD CONSTRAINT "article_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefings" ADD CONSTRAINT "briefings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefings" ADD CONSTRAINT "briefings_speaker_person_id_people_id_fk" FOREIGN KEY ("speaker_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clipping_meetings" ADD CONSTRAINT "clipping_meetings_clipping_id_clippings_id_fk" FOREIGN KEY ("clipping_id") REFERENCES "public"."clippings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clipping_meetings" ADD CONSTRAINT "clipping_meetings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clipping_people" ADD CONSTRAINT "clipping_people_clipping_id_clippings_id_fk" FOREIGN KEY ("clipping_id") REFERENCES "public"."clippings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clipping_people" ADD CONSTRAINT "clipping_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clippings" ADD CONSTRAINT "clippings_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_applications" ADD CONSTRAINT "press_applications_event_id_press_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."press_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_applications" ADD CONSTRAINT "press_applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_events" ADD CONSTRAINT "press_events_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_meetings_meeting_idx" ON "article_meetings" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "articles_status_idx" ON "articles" USING btree ("status","publish_at");--> statement-breakpoint
CREATE INDEX "briefings_starts_idx" ON "briefings" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "clipping_meetings_meeting_idx" ON "clipping_meetings" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "clipping_people_person_idx" ON "clipping_people" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "clippings_published_idx" ON "clippings" USING btree ("published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "press_applications_document_uq" ON "press_applications" USING btree ("event_id","id_document_key");--> statement-breakpoint
CREATE INDEX "press_applications_event_status_idx" ON "press_applications" USING btree ("event_id","status");