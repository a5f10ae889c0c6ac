CREATE TABLE "article_documents" (
	"article_id" integer NOT NULL,
	"document_id" integer NOT NULL,
	CONSTRAINT "article_documents_article_id_document_id_pk" PRIMARY KEY("article_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "article_photos" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "article_photos_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"article_id" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"caption_en" text NOT NULL,
	"caption_vi" text NOT NULL,
	"credit" text NOT NULL,
	"position" integer NOT NULL,
	"is_lead" boolean DEFAULT false NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"uploaded_by" integer
);
--> statement-breakpoint
ALTER TABLE "briefings" ADD COLUMN "remarks_en" text;--> statement-breakpoint
ALTER TABLE "briefings" ADD COLUMN "remarks_vi" text;--> statement-breakpoint
ALTER TABLE "briefings" ADD COLUMN "article_id" integer;--> statement-breakpoint
ALTER TABLE "article_documents" ADD CONSTRAINT "article_documents_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_documents" ADD CONSTRAINT "article_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_photos" ADD CONSTRAINT "article_photos_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_photos" ADD CONSTRAINT "article_photos_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_documents_document_idx" ON "article_documents" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "article_photos_article_idx" ON "article_photos" USING btree ("article_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "article_photos_lead_uq" ON "article_photos" USING btree ("article_id") WHERE "article_photos"."is_lead";--> statement-breakpoint
ALTER TABLE "briefings" ADD CONSTRAINT "briefings_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "briefings_article_uq" ON "briefings" USING btree ("article_id");