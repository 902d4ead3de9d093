// `npm run db:recompress-search`: after migration 0013, rewrites the search vectors
// of stories stored before it so they use lz4 (faster best-match ranking on
// PostgreSQL). Runs in small batches beside a serving Barta; stop it and run it
// again at any time. Nothing to do on PGlite.
import { readConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open-from-config';
import { recompressSearchVectors } from '../server/features/search/recompress-vectors';

const config = readConfig();
const database = await openConfiguredDatabase(config, 'npm run db:recompress-search');
try {
  const started = Date.now();
  const result = await recompressSearchVectors(database.db, {
    onBatch: (scanned, rewritten) =>
      process.stdout.write(`\r${scanned} stories read, ${rewritten} rewritten`),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    result.scanned === 0
      ? 'Nothing to do: this database keeps its search vectors with pglz (PGlite has no lz4).'
      : `\nDone in ${seconds} s: ${result.rewritten} of ${result.scanned} stories rewritten.`,
  );
} finally {
  await database.close();
}
