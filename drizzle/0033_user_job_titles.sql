ALTER TABLE "users" ADD COLUMN "job_title_en" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "job_title_vi" text;