import type { BenchRow } from './report';

// biome-ignore lint/suspicious/noExplicitAny: results files of three shapes, read field by field below
type Json = Record<string, any>;

interface Normalized {
  name: string;
  date: string;
  rows: BenchRow[];
}

/**
 * The benchmarks grew with their features and write three shapes of results;
 * this reads each into rows of one table (figure against target).
 */
export function normalizeResult(file: string, data: Json): Normalized {
  const name = String(data.name ?? file.replace(/\.json$/, ''));
  const date = String(data.date ?? data.at ?? '');
  // bench/lib/report.ts: already rows of figures.
  if (Array.isArray(data.rows) && data.rows.every((r: Json) => typeof r.metric === 'string')) {
    return { name, date, rows: data.rows };
  }
  // Scheduler: lateness rows per run, targets for p99 and max.
  if (Array.isArray(data.rows)) {
    const rows: BenchRow[] = [];
    for (const r of data.rows) {
      const label = `${r.name} (${r.database}, ${r.instances} instance${r.instances === 1 ? '' : 's'})`;
      if (r.allPublishedAfterMs !== undefined) {
        rows.push({
          metric: `${label}: all published after start`,
          unit: 'ms',
          value: r.allPublishedAfterMs,
          target: { figure: 'value', op: '<=', bound: data.targets?.overdueAllPublishedMs ?? 2000 },
        });
        continue;
      }
      rows.push({
        metric: `${label}: lateness`,
        unit: 'ms',
        p50: r.p50,
        p95: r.p95,
        p99: r.p99,
        max: r.max,
        target: { figure: 'p99', op: '<=', bound: data.targets?.p99Ms ?? 250 },
      });
    }
    return { name, date, rows };
  }
  // Story list and search: HTTP (through tRPC) and database times per case.
  if (Array.isArray(data.results)) {
    const rows: BenchRow[] = [];
    const scale = data.stories ? ` @ ${data.stories.toLocaleString('en')} stories` : '';
    for (const r of data.results) {
      rows.push({
        metric: `${r.name}: tRPC${scale}`,
        unit: 'ms',
        ...r.http,
        target: data.target?.http ? { figure: 'p95', op: '<=', bound: data.target.http } : undefined,
      });
      if (r.db) {
        rows.push({
          metric: `${r.name}: database`,
          unit: 'ms',
          ...r.db,
          target: data.target?.db ? { figure: 'p95', op: '<=', bound: data.target.db } : undefined,
        });
      }
    }
    return { name, date, rows };
  }
  // Media upload: time to answer (first rendition) and to all renditions.
  if (data.answerMs) {
    return {
      name: 'media-upload',
      date,
      rows: [
        {
          metric: `5 MB ${data.image?.width}×${data.image?.height} JPEG: answered with first rendition`,
          unit: 'ms',
          ...data.answerMs,
          target: { figure: 'p95', op: '<=', bound: 1500 },
        },
        { metric: 'all renditions made (background)', unit: 'ms', ...data.allRenditionsMs },
      ],
    };
  }
  return { name, date, rows: [] };
}
