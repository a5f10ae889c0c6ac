ALTER TABLE "tasks" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
-- Tasks closed before this column existed: their last change is the best record of when.
UPDATE "tasks" SET "closed_at" = "updated_at" WHERE "status" IN ('done', 'cancelled');
