CREATE TABLE "meeting_sittings" (
	"meeting_id" integer PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"suspended_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "speakers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "speakers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agenda_item_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"delegation_id" integer NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'waiting' NOT NULL,
	"chair_position" integer,
	"time_limit_seconds" integer NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"requested_by" integer,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "speakers_kind_ck" CHECK ("speakers"."kind" in ('point_of_order', 'right_of_reply', 'speech')),
	CONSTRAINT "speakers_state_ck" CHECK ("speakers"."state" in ('waiting', 'speaking', 'done', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "meetings" DROP CONSTRAINT "meetings_status_ck";--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "state" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "opened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "list_closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "speaking_seconds" integer DEFAULT 180 NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_sittings" ADD CONSTRAINT "meeting_sittings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speakers" ADD CONSTRAINT "speakers_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speakers" ADD CONSTRAINT "speakers_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speakers" ADD CONSTRAINT "speakers_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speakers" ADD CONSTRAINT "speakers_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "speakers_item_idx" ON "speakers" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "speakers_meeting_idx" ON "speakers" USING btree ("meeting_id");--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_state_ck" CHECK ("agenda_items"."state" in ('pending', 'open', 'suspended', 'closed'));--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_status_ck" CHECK ("meetings"."status" in ('planned', 'confirmed', 'in_progress', 'held', 'postponed', 'cancelled'));