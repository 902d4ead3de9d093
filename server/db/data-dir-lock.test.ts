import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { acquireDataDirLock, DataDirLockedError, lockFilePath } from './data-dir-lock';

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('data directory lock', () => {
  it('lets one holder in, refuses the next with a clear message, and frees on release', () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir, 'server');
    const info = JSON.parse(fs.readFileSync(lockFilePath(dir), 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, purpose: 'server' });
    release();
    expect(fs.existsSync(lockFilePath(dir))).toBe(false);
  });

  it('refuses while another live process holds the lock, even for the database opener', async () => {
    const dir = tempDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(
        lockFilePath(dir),
        JSON.stringify({
          pid: holder.pid,
          purpose: 'barta server on port 3000',
          startedAt: new Date().toISOString(),
        }),
      );
      expect(() => acquireDataDirLock(dir, 'seed')).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir, 'seed')).toThrow(
        /in use by process \d+ \(barta server on port 3000/,
      );
      await expect(openDatabase({ kind: 'pglite', dataDir: dir, purpose: 'seed' })).rejects.toThrow(
        DataDirLockedError,
      );
      // The refused opener left the holder's lock alone and created no database files.
      expect(JSON.parse(fs.readFileSync(lockFilePath(dir), 'utf8')).pid).toBe(holder.pid);
      expect(fs.existsSync(path.join(dir, 'pglite'))).toBe(false);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over a stale lock whose process is gone', () => {
    const dir = tempDir();
    const dead = spawn(process.execPath, ['-e', '0']);
    const pid = dead.pid!;
    return new Promise<void>((resolve) => {
      dead.on('exit', () => {
        fs.writeFileSync(lockFilePath(dir), JSON.stringify({ pid, purpose: 'crashed', startedAt: '' }));
        const release = acquireDataDirLock(dir, 'server');
        expect(JSON.parse(fs.readFileSync(lockFilePath(dir), 'utf8')).pid).toBe(process.pid);
        release();
        resolve();
      });
    });
  });
});
