CREATE TABLE "mail_attachments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mail_attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"outbox_id" integer NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_preferences" (
	"user_id" integer NOT NULL,
	"category" text NOT NULL,
	"delivery" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_preferences_user_id_category_pk" PRIMARY KEY("user_id","category"),
	CONSTRAINT "mail_preferences_category_ck" CHECK ("mail_preferences"."category" in ('tasks', 'documents')),
	CONSTRAINT "mail_preferences_delivery_ck" CHECK ("mail_preferences"."delivery" in ('immediate', 'daily', 'off'))
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" DROP CONSTRAINT "mail_outbox_status_ck";--> statement-breakpoint
ALTER TABLE "press_applications" ALTER COLUMN "id_document_number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "press_applications" ALTER COLUMN "id_document_key" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "press_applications" ALTER COLUMN "photo" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "press_applications" ALTER COLUMN "photo_type" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "digest_id" integer;--> statement-breakpoint
ALTER TABLE "delegate_nominations" ADD COLUMN "photo_purged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "press_applications" ADD COLUMN "id_document_purged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "press_applications" ADD COLUMN "photo_purged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "press_applications" ADD COLUMN "language" text DEFAULT 'vi' NOT NULL;--> statement-breakpoint
ALTER TABLE "press_applications" ADD COLUMN "consent_version" text;--> statement-breakpoint
ALTER TABLE "press_applications" ADD COLUMN "consent_text" text;--> statement-breakpoint
ALTER TABLE "press_applications" ADD COLUMN "consented_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mail_attachments" ADD CONSTRAINT "mail_attachments_outbox_id_mail_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."mail_outbox"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_preferences" ADD CONSTRAINT "mail_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_attachments_outbox_idx" ON "mail_attachments" USING btree ("outbox_id");--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_digest_id_mail_outbox_id_fk" FOREIGN KEY ("digest_id") REFERENCES "public"."mail_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_outbox_held_idx" ON "mail_outbox" USING btree ("to_user_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "mail_outbox_dedupe_uq" ON "mail_outbox" USING btree ("dedupe_key");--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_status_ck" CHECK ("mail_outbox"."status" in ('pending', 'sent', 'failed', 'held', 'digested', 'suppressed'));--> statement-breakpoint
ALTER TABLE "press_applications" ADD CONSTRAINT "press_applications_language_ck" CHECK ("press_applications"."language" in ('vi', 'en'));