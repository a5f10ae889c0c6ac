ALTER TABLE "calendar_feed_tokens" ADD COLUMN "label" text;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD COLUMN "last_used_at" timestamp with time zone;