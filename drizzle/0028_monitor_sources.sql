CREATE TABLE "monitor_sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monitor_sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"url" text NOT NULL,
	"name" text NOT NULL,
	"interval_minutes" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"etag" text,
	"last_modified" text,
	"last_fetched_at" timestamp with time zone,
	"last_status" text,
	"last_error" text,
	"failures" integer DEFAULT 0 NOT NULL,
	"next_due_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	CONSTRAINT "monitor_sources_url_unique" UNIQUE("url"),
	CONSTRAINT "monitor_sources_kind_ck" CHECK ("monitor_sources"."kind" in ('feed', 'page')),
	CONSTRAINT "monitor_sources_last_status_ck" CHECK ("monitor_sources"."last_status" in ('ok', 'not_modified', 'failed', 'blocked'))
);
--> statement-breakpoint
ALTER TABLE "clippings" ADD COLUMN "source_url" text;--> statement-breakpoint
ALTER TABLE "clippings" ADD COLUMN "monitor_source_id" integer;--> statement-breakpoint
ALTER TABLE "monitor_sources" ADD CONSTRAINT "monitor_sources_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitor_sources_due_idx" ON "monitor_sources" USING btree ("next_due_at");--> statement-breakpoint
ALTER TABLE "clippings" ADD CONSTRAINT "clippings_monitor_source_id_monitor_sources_id_fk" FOREIGN KEY ("monitor_source_id") REFERENCES "public"."monitor_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clippings_source_url_idx" ON "clippings" USING btree ("source_url");