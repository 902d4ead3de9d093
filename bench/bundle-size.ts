// Dashboard bundle sizes from a production build: the initial JavaScript and CSS
// a signed-in user downloads, and the lazily loaded editor chunk (gzipped).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDashboard } from './lib/build-dashboard';
import { type BenchRow, report } from './lib/report';

const outDir = buildDashboard();

const gz = (file: string) => gzipSync(fs.readFileSync(file)).length / 1024;
const kb = (n: number) => Math.round(n * 10) / 10;
const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
// What index.html loads up front: its entry script, modulepreloads and stylesheets.
const initial = [...html.matchAll(/(?:src|href)="\/admin\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const assets = fs.readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
const initialKb = initial.reduce((sum, file) => sum + gz(path.join(outDir, file)), 0);
// The editor chunk: the lazily loaded chunk that holds ProseMirror/Tiptap.
const editorChunks = assets.filter((file) => {
  if (initial.includes(`assets/${file}`)) return false;
  const text = fs.readFileSync(path.join(outDir, 'assets', file), 'utf8');
  return text.includes('ProseMirror') || text.includes('prosemirror');
});
const editorKb = editorChunks.reduce((sum, file) => sum + gz(path.join(outDir, 'assets', file)), 0);
// Each language's catalog is its own chunk: the one in use loads right after the entry, before first paint.
const catalogKb = (language: string) =>
  assets
    .filter((file) => file.startsWith(`${language}-`))
    .reduce((sum, file) => sum + gz(path.join(outDir, 'assets', file)), 0);
const totalKb = assets.reduce((sum, file) => sum + gz(path.join(outDir, 'assets', file)), 0);

const rows: BenchRow[] = [
  { metric: 'initial JS + CSS (gzip)', unit: 'kB', value: kb(initialKb) },
  {
    metric: `editor chunk (gzip, ${editorChunks.length} file${editorChunks.length === 1 ? '' : 's'})`,
    unit: 'kB',
    // No chunk with ProseMirror in it means the editor was not split out (or not found): not a pass.
    value: editorChunks.length > 0 ? kb(editorKb) : Number.NaN,
    target: { figure: 'value', op: '<=', bound: 250 },
  },
  { metric: 'Bengali catalog chunk (gzip)', unit: 'kB', value: kb(catalogKb('bn')) },
  { metric: 'English catalog chunk (gzip)', unit: 'kB', value: kb(catalogKb('en')) },
  { metric: 'all JS (gzip)', unit: 'kB', value: kb(totalKb) },
];
report('bundle-size', rows, { initial, editorChunks });
fs.rmSync(outDir, { recursive: true, force: true });
