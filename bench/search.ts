// Search latency (rare, common, zero-hit Bengali terms; prefix; phrase) through tRPC and in the database:
//   DATABASE_URL=postgres://… node --import tsx bench/search.ts
// Target: p95 ≤ 100 ms.
import { sql } from 'drizzle-orm';
import { queryRows } from '../server/db/client';
import { searchTsQuery } from '../server/features/search/search-query';
import { runScenarios, type Scenario, startBench } from './bench-harness';
import { syntheticWord } from './fake-stories';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const bench = await startBench('the search benchmark (bench/search.ts)');

async function hits(term: string): Promise<number> {
  const q = searchTsQuery(term);
  const [row] = await queryRows<{ n: number }>(
    bench.database.db,
    sql`select count(*)::int as n from (select 1 from articles where search_vector @@ ${q}::tsquery limit 1000) t`,
  );
  return row.n;
}

// A rare word: a made-up name from the generator's long tail that occurs in a handful of stories.
let rare = syntheticWord(40_000);
for (let i = 40_000; i < 40_400; i++) {
  const n = await hits(syntheticWord(i));
  if (n >= 1 && n <= 50) {
    rare = syntheticWord(i);
    break;
  }
}
const terms = { rare, common: 'ইলন', zero: 'অস্তিত্বহীনশব্দ' };
console.log(
  `Terms: rare ${terms.rare} (${await hits(terms.rare)} hits), common ${terms.common} (${await hits(terms.common)}+ hits), zero ${terms.zero}`,
);

// "Best match" is what the dashboard asks for while a search is typed (relevance); the
// newest-first rows are the sort a user picks instead.
const best = (q: string) => ({ q, sort: 'relevance' as const });
const scenarios: Scenario[] = [
  { name: `rare (${terms.rare}), best match`, role: 'admin', input: best(terms.rare) },
  { name: `common (${terms.common}), best match`, role: 'admin', input: best(terms.common) },
  { name: `zero-hit (${terms.zero}), best match`, role: 'admin', input: best(terms.zero) },
  { name: 'two common words, best match', role: 'admin', input: best('ইলন মাস্ক') },
  { name: 'prefix (গ্রো), best match', role: 'admin', input: best('গ্রো') },
  { name: 'phrase "ইলন মাস্ক", best match', role: 'admin', input: best('"ইলন মাস্ক"') },
  { name: 'phrase "ইলন মাস্ক", newest edit first', role: 'admin', input: { q: '"ইলন মাস্ক"', sort: 'updated' } },
  { name: 'common, newest edit first', role: 'admin', input: { q: terms.common, sort: 'updated' } },
  { name: 'rare, newest edit first', role: 'admin', input: { q: terms.rare, sort: 'updated' } },
  {
    name: 'common + status published, best match',
    role: 'admin',
    input: { ...best(terms.common), status: ['published'] },
  },
  { name: 'common, best match, page 2', role: 'admin', input: best(terms.common), secondPage: true },
];

console.log(
  `Search on ${bench.database.kind} with ${bench.stories.toLocaleString('en')} stories, ${RUNS} runs each`,
);
const target = { http: 100 };
await runScenarios(bench, 'search', scenarios, RUNS, target, { terms });
await bench.close();
