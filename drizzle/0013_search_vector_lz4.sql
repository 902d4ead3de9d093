-- Best-match search ranks every candidate with ts_rank, which reads the whole word
-- vector of each; with pglz, decompressing those vectors is most of the ranking's
-- cost, and lz4 decompresses them several times faster (3,000 vectors ranked in
-- about a third of the time). The bigram vectors go the same way for the phrase
-- rechecks. PGlite is built without lz4 (feature_not_supported) and keeps pglz.
-- Only the columns change here, at once: every story saved from now on is stored
-- with lz4. Vectors already stored keep pglz until `npm run db:recompress-search`
-- rewrites them in small batches while the site serves (a rewrite of every row in
-- a migration would hold a large archive's start-up for hours).
DO $$
BEGIN
  ALTER TABLE "articles" ALTER COLUMN "search_vector" SET COMPRESSION lz4;
  ALTER TABLE "articles" ALTER COLUMN "search_bigrams" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  NULL;
END $$;
