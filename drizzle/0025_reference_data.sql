CREATE TABLE "partner_application_steps" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "partner_application_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"application_id" integer NOT NULL,
	"kind" text NOT NULL,
	"taken_on" date NOT NULL,
	"meeting_id" integer,
	"note_en" text,
	"note_vi" text,
	CONSTRAINT "partner_application_steps_kind_ck" CHECK ("partner_application_steps"."kind" in ('submitted', 'considered', 'deferred', 'granted', 'declined', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "partner_applications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "partner_applications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"party_id" integer NOT NULL,
	"sought_status" text NOT NULL,
	CONSTRAINT "partner_applications_sought_status_ck" CHECK ("partner_applications"."sought_status" in ('dialogue_partner', 'sectoral_dialogue_partner', 'development_partner', 'observer', 'applicant'))
);
--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "chairmanships" ADD COLUMN "handover_on" date;--> statement-breakpoint
ALTER TABLE "chairmanships" ADD COLUMN "handover_meeting_id" integer;--> statement-breakpoint
ALTER TABLE "chairmanships" ADD COLUMN "handover_event_en" text;--> statement-breakpoint
ALTER TABLE "chairmanships" ADD COLUMN "handover_event_vi" text;--> statement-breakpoint
ALTER TABLE "partner_application_steps" ADD CONSTRAINT "partner_application_steps_application_id_partner_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."partner_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_application_steps" ADD CONSTRAINT "partner_application_steps_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_applications" ADD CONSTRAINT "partner_applications_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_application_steps_application_idx" ON "partner_application_steps" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "partner_applications_party_idx" ON "partner_applications" USING btree ("party_id");--> statement-breakpoint
ALTER TABLE "chairmanships" ADD CONSTRAINT "chairmanships_handover_meeting_id_meetings_id_fk" FOREIGN KEY ("handover_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;