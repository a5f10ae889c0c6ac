CREATE TABLE "document_deliverables" (
	"document_id" integer NOT NULL,
	"deliverable_id" integer NOT NULL,
	CONSTRAINT "document_deliverables_document_id_deliverable_id_pk" PRIMARY KEY("document_id","deliverable_id")
);
--> statement-breakpoint
ALTER TABLE "document_deliverables" ADD CONSTRAINT "document_deliverables_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_deliverables" ADD CONSTRAINT "document_deliverables_deliverable_id_deliverables_id_fk" FOREIGN KEY ("deliverable_id") REFERENCES "public"."deliverables"("id") ON DELETE cascade ON UPDATE no action;