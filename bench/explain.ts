// Prints EXPLAIN (ANALYZE, BUFFERS) of the story list's page query for a few filter/sort combinations:
//   DATABASE_URL=postgres://… node --import tsx bench/explain.ts [json input …]
// EXPLAIN_RUNS=N runs each query N times and prints the median execution time, a steadier
// figure than one run on a busy machine (the plan printed is the last run's).
import { PgDialect } from 'drizzle-orm/pg-core';
import { readConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open-from-config';
import { storyPageQuery } from '../server/features/stories/list-stories';
import { ZStoryListInput } from '../shared/stories/schemas';

const config = readConfig({ ...process.env, LOG_LEVEL: 'silent' });
const database = await openConfiguredDatabase(config, 'bench/explain.ts');
const dialect = new PgDialect();
const runs = Math.max(1, Number(process.env.EXPLAIN_RUNS ?? 1));
const inputs = process.argv.slice(2).length
  ? process.argv.slice(2).map((a) => JSON.parse(a))
  : [{}, { status: ['draft'], sort: 'headline', dir: 'asc' }, { q: 'ইলন' }, { q: 'গ্রো' }];
const medians: string[] = [];
for (const raw of inputs) {
  const input = ZStoryListInput.parse(raw);
  const { page } = storyPageQuery(input, {
    userId: '00000000-0000-4000-8000-000000000000',
    timeZone: config.timeZone,
    now: new Date(),
  });
  const query = dialect.sqlToQuery(page);
  const text = `explain (analyze, buffers, costs off) ${query.sql}`;
  const times: number[] = [];
  let plan: string[] = [];
  for (let i = 0; i < runs; i++) {
    const result = database.pool
      ? await database.pool.query(text, query.params as unknown[])
      : await database.pglite!.query(text, query.params as unknown[]);
    plan = (result.rows as Record<string, string>[]).map((row) => row['QUERY PLAN']);
    const executed = plan.map((line) => /^Execution Time: ([\d.]+) ms/.exec(line)).find(Boolean);
    if (executed) times.push(Number(executed[1]));
  }
  console.log(`\n### ${JSON.stringify(raw)}`);
  for (const line of plan) console.log(line);
  if (runs > 1) {
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    const line = `${JSON.stringify(raw)}: median execution ${median.toFixed(1)} ms over ${runs} runs (min ${sorted[0].toFixed(1)}, max ${sorted[sorted.length - 1].toFixed(1)})`;
    console.log(line);
    medians.push(line);
  }
}
if (medians.length) console.log(`\n${medians.join('\n')}`);
await database.close();
