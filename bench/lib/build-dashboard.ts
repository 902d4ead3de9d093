// A production build of the dashboard in its own temporary folder, so a benchmark
// measures what users download and never depends on (or overwrites) dist/client.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function buildDashboard(): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-dashboard-'));
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    cwd: path.resolve(import.meta.dirname, '..', '..'),
    env: { ...process.env, CLIENT_DIST: outDir },
    stdio: 'inherit',
  });
  return outDir;
}
