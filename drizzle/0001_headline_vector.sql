DROP INDEX "articles_headline_search_idx";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "headline_vector" "tsvector" GENERATED ALWAYS AS (ts_filter(search_vector, '{a}')) STORED;--> statement-breakpoint
CREATE INDEX "articles_headline_search_idx" ON "articles" USING gin ("headline_vector");