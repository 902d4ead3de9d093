// A throwaway Barta server for the editor benchmarks: its own port, a fresh
// PGlite DATA_DIR in /tmp, an administrator from BARTA_ADMIN_*, and a signed-in
// session cookie. Stopped (and its data removed) by `stop()`.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSeedText, seedWords } from './seed-words';

const ADMIN = { email: 'bench@barta.test', password: 'bench-password-2026' };

export interface BenchServer {
  origin: string;
  cookie: { name: string; value: string };
  call<T>(procedure: string, input: unknown): Promise<T>;
  /** A query procedure (GET). */
  query<T>(procedure: string, input: unknown): Promise<T>;
  stop(): Promise<void>;
  /** The server process, for reading its memory. */
  pid: number;
}

async function waitForHealth(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start in 120 s');
}

async function signIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const match = /barta_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '');
  if (!match) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return match[1];
}

/**
 * A Barta server process on `port`: a fresh PGlite DATA_DIR (removed on stop) unless
 * `env` names a database (DATABASE_URL, or DATA_DIR, e.g. a generated archive, kept).
 */
export async function startBenchServer(
  port: number,
  options: {
    env?: Record<string, string> /** A session made beforehand (an archive's), instead of signing in. */;
    session?: string;
  } = {},
): Promise<BenchServer> {
  const ownDataDir = !options.env?.DATA_DIR && !options.env?.DATABASE_URL;
  const dataDir = options.env?.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'barta-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Benchmarks measure throughput from one address: the per-client limits would cut them short.
      RATE_LIMITS: 'off',
      BARTA_ADMIN_EMAIL: ADMIN.email,
      BARTA_ADMIN_PASSWORD: ADMIN.password,
      ...options.env,
    },
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    if (ownDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(origin, child);
  } catch (error) {
    await stop();
    throw error;
  }
  const cookie = { name: 'barta_session', value: options.session ?? (await signIn(origin)) };
  async function call<T>(procedure: string, input: unknown): Promise<T> {
    const response = await fetch(`${origin}/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${cookie.name}=${cookie.value}` },
      body: JSON.stringify(input),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${procedure}: ${JSON.stringify(json.error ?? json)}`);
    return json.result.data as T;
  }
  async function query<T>(procedure: string, input: unknown): Promise<T> {
    const response = await fetch(
      `${origin}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`,
      { headers: { cookie: `${cookie.name}=${cookie.value}` } },
    );
    const json = await response.json();
    if (!response.ok) throw new Error(`${procedure}: ${JSON.stringify(json.error ?? json)}`);
    return json.result.data as T;
  }
  return { origin, cookie, call, query, stop, pid: child.pid as number };
}

/** A Bengali story body of `words` words from the seed text, in paragraphs of about 60 words. */
export function bengaliBody(words: number) {
  const pool = seedWords(readSeedText());
  const paragraphs: { type: 'paragraph'; content: { type: 'text'; text: string }[] }[] = [];
  let current: string[] = [];
  for (let i = 0; i < words; i++) {
    current.push(pool[i % pool.length]);
    if (current.length === 60 || i === words - 1) {
      paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: `${current.join(' ')}।` }] });
      current = [];
    }
  }
  return { type: 'doc' as const, content: paragraphs };
}
