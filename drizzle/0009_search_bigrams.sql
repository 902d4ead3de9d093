ALTER TABLE "articles" ADD COLUMN "search_bigrams" "tsvector";--> statement-breakpoint
-- The bigrams of a stored word vector: each pair of words at neighbouring positions as
-- one lexeme "a b" at the first word's position, exactly where a <-> b matches it.
-- The server writes the same column from its tokens (articleSearchVectors); this
-- derives it for stories saved before the column existed, and tests hold both alike.
CREATE OR REPLACE FUNCTION search_bigrams_of(v tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(
    '''' || replace(replace(w.lexeme || ' ' || n.lexeme, '\', '\\'), '''', '''''') || ''':' || w.pos, ' '), '')::tsvector
  FROM (SELECT u.lexeme, p.pos FROM unnest(v) u, unnest(u.positions) p(pos)) w
  JOIN (SELECT u.lexeme, p.pos FROM unnest(v) u, unnest(u.positions) p(pos)) n ON n.pos = w.pos + 1
$$;--> statement-breakpoint
UPDATE "articles" SET "search_bigrams" = search_bigrams_of("search_vector") WHERE "search_vector" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "articles_search_bigrams_idx" ON "articles" USING gin ("search_bigrams");
