CREATE TABLE "document_texts" (
	"document_id" integer NOT NULL,
	"language" text NOT NULL,
	"body" jsonb NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_texts_document_id_language_pk" PRIMARY KEY("document_id","language"),
	CONSTRAINT "document_texts_language_ck" CHECK ("document_texts"."language" in ('vi', 'en'))
);
--> statement-breakpoint
ALTER TABLE "document_texts" ADD CONSTRAINT "document_texts_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_texts" ADD CONSTRAINT "document_texts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;