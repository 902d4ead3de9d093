// Prints EXPLAIN (ANALYZE, BUFFERS) of the story list's page query for a few filter/sort combinations:
//   DATABASE_URL=postgres://… node --import tsx bench/explain.ts [json input …]
import { PgDialect } from 'drizzle-orm/pg-core';
import { readConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open-from-config';
import { storyPageQuery } from '../server/features/stories/list-stories';
import { ZStoryListInput } from '../shared/stories/schemas';

const config = readConfig({ ...process.env, LOG_LEVEL: 'silent' });
const database = await openConfiguredDatabase(config, 'bench/explain.ts');
const dialect = new PgDialect();
const inputs = process.argv.slice(2).length
  ? process.argv.slice(2).map((a) => JSON.parse(a))
  : [{}, { status: ['draft'], sort: 'headline', dir: 'asc' }, { q: 'ইলন' }, { q: 'গ্রো' }];
for (const raw of inputs) {
  const input = ZStoryListInput.parse(raw);
  const { page } = storyPageQuery(input, {
    userId: '00000000-0000-4000-8000-000000000000',
    timeZone: config.timeZone,
    now: new Date(),
  });
  const query = dialect.sqlToQuery(page);
  const text = `explain (analyze, buffers, costs off) ${query.sql}`;
  const result = database.pool
    ? await database.pool.query(text, query.params as unknown[])
    : await database.pglite!.query(text, query.params as unknown[]);
  console.log(`\n### ${JSON.stringify(raw)}`);
  for (const row of result.rows as Record<string, string>[]) console.log(row['QUERY PLAN']);
}
await database.close();
