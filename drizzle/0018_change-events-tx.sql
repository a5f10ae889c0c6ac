ALTER TABLE "change_events" ADD COLUMN "tx_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
ALTER TABLE "change_events" ADD COLUMN "tx_xmin" "xid8" DEFAULT pg_snapshot_xmin(pg_current_snapshot()) NOT NULL;--> statement-breakpoint
CREATE INDEX "change_events_tx_idx" ON "change_events" USING btree ("tx_id");