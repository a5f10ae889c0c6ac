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
ALTER TABLE "clipping_meetings" ADD CONSTRAINT "clipping_meetings_clipping_id_clippings_id_fk" FOREIGN KEY ("clipping_id") REFERENCES "public"."clippings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clipping_meetings" ADD CONSTRAINT "clipping_meetings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clipping_people" ADD CONSTRAINT "clipping_people_clipping_id_clippings_id_fk" FOREIGN KEY ("clipping_id") REFERENCES "public"."clippings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clipping_people" ADD CONSTRAINT "clipping_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clippings" ADD CONSTRAINT "clippings_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clipping_meetings_meeting_idx" ON "clipping_meetings" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "clipping_people_person_idx" ON "clipping_people" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "clippings_published_idx" ON "clippings" USING btree ("published_at");