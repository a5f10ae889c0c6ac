CREATE TABLE "press_review_items" (
	"review_id" integer NOT NULL,
	"clipping_id" integer NOT NULL,
	"position" integer NOT NULL,
	"meeting_id" integer,
	"topic" text,
	"summary_vi" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	CONSTRAINT "press_review_items_review_id_clipping_id_pk" PRIMARY KEY("review_id","clipping_id")
);
--> statement-breakpoint
CREATE TABLE "press_review_recipients" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "press_review_recipients_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"address" text NOT NULL,
	"name" text NOT NULL,
	"language" text NOT NULL,
	CONSTRAINT "press_review_recipients_address_unique" UNIQUE("address"),
	CONSTRAINT "press_review_recipients_language_ck" CHECK ("press_review_recipients"."language" in ('vi', 'en'))
);
--> statement-breakpoint
CREATE TABLE "press_reviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "press_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"day" date NOT NULL,
	"intro_vi" text DEFAULT '' NOT NULL,
	"intro_en" text DEFAULT '' NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	CONSTRAINT "press_reviews_day_unique" UNIQUE("day")
);
--> statement-breakpoint
ALTER TABLE "monitor_sources" DROP CONSTRAINT "monitor_sources_kind_ck";--> statement-breakpoint
ALTER TABLE "clippings" ADD COLUMN "published_ambiguous" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "clippings" ADD COLUMN "corrected_fields" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "clippings" ADD COLUMN "story_id" integer;--> statement-breakpoint
ALTER TABLE "press_review_items" ADD CONSTRAINT "press_review_items_review_id_press_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."press_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_review_items" ADD CONSTRAINT "press_review_items_clipping_id_clippings_id_fk" FOREIGN KEY ("clipping_id") REFERENCES "public"."clippings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_review_items" ADD CONSTRAINT "press_review_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_reviews" ADD CONSTRAINT "press_reviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clippings" ADD CONSTRAINT "clippings_story_id_clippings_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."clippings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clippings_story_idx" ON "clippings" USING btree ("story_id");--> statement-breakpoint
ALTER TABLE "monitor_sources" ADD CONSTRAINT "monitor_sources_kind_ck" CHECK ("monitor_sources"."kind" in ('feed', 'page', 'section'));