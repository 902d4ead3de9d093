import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One measured figure against its target, as printed and as written to bench/results/<name>.json. */
export interface BenchRow {
  metric: string;
  unit: 'ms' | 'kB' | 'req/s' | 's' | 'ratio';
  p50?: number;
  p95?: number;
  p99?: number;
  max?: number;
  /** For single figures (sizes, rates). */
  value?: number;
  samples?: number;
  /** Which figure the target applies to, and its bound. */
  target?: { figure: 'p50' | 'p95' | 'p99' | 'max' | 'value'; op: '<=' | '>='; bound: number };
}

export function percentiles(samples: number[]): {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  samples: number;
} {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    samples: sorted.length,
  };
}

export function meetsTarget(row: BenchRow): boolean | null {
  if (!row.target) return null;
  const figure = row[row.target.figure];
  if (figure === undefined || Number.isNaN(figure)) return false;
  return row.target.op === '<=' ? figure <= row.target.bound : figure >= row.target.bound;
}

function cell(n: number | undefined): string {
  return n === undefined ? '' : String(n);
}

export function formatTable(name: string, rows: BenchRow[]): string {
  const header = ['metric', 'p50', 'p95', 'p99', 'max', 'value', 'unit', 'target', 'ok'];
  const lines = rows.map((row) => {
    const ok = meetsTarget(row);
    const target = row.target ? `${row.target.figure} ${row.target.op} ${row.target.bound}` : '';
    return [
      row.metric,
      cell(row.p50),
      cell(row.p95),
      cell(row.p99),
      cell(row.max),
      cell(row.value),
      row.unit,
      target,
      ok === null ? '' : ok ? 'yes' : 'NO',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cols: string[]) => cols.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [`## ${name}`, fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}

export const RESULTS_DIR = path.resolve(import.meta.dirname, '..', 'results');

/** Prints the table and writes bench/results/<name>.json with the machine and date. */
export function report(name: string, rows: BenchRow[], notes: Record<string, unknown> = {}): void {
  console.log(formatTable(name, rows));
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  const file = path.join(RESULTS_DIR, `${name}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ name, date: new Date().toISOString(), machine, rows, notes }, null, 2)}\n`,
  );
}
