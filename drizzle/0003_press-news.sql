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
ALTER TABLE "article_meetings" ADD CONSTRAINT "article_meetings_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_meetings" ADD CONSTRAINT "article_meetings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_people" ADD CONSTRAINT "article_people_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_people" ADD CONSTRAINT "article_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefings" ADD CONSTRAINT "briefings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefings" ADD CONSTRAINT "briefings_speaker_person_id_people_id_fk" FOREIGN KEY ("speaker_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_meetings_meeting_idx" ON "article_meetings" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "articles_status_idx" ON "articles" USING btree ("status","publish_at");--> statement-breakpoint
CREATE INDEX "briefings_starts_idx" ON "briefings" USING btree ("starts_at");