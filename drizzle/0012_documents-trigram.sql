-- Written by hand (drizzle-kit does not manage extensions or functions); keep on regenerating.
-- Both extensions are "trusted": the database owner may create them. PGlite loads them in db/client.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change), so a generated column or an
-- index cannot call it; this wrapper names the dictionary and schema and is declared IMMUTABLE.
CREATE OR REPLACE FUNCTION gavel_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "title_folded" text GENERATED ALWAYS AS (gavel_fold(title_en || ' ' || title_vi)) STORED;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "title_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', gavel_fold(title_en || ' ' || title_vi))) STORED;--> statement-breakpoint
CREATE INDEX "documents_title_trgm_idx" ON "documents" USING gin ("title_folded" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "documents_title_vector_idx" ON "documents" USING gin ("title_vector") WITH (fastupdate=false);