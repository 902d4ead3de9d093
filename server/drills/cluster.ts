import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** One Barta server process of a drill, restartable on its port. */
export class Instance {
  process?: ChildProcess;
  exits: Array<{ code: number | null; signal: NodeJS.Signals | null }> = [];

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  start(): void {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ...this.env,
        PORT: String(this.port),
        DATA_DIR: `/tmp/barta-drill-${this.port}`,
      },
    });
    child.on('exit', (code, signal) => this.exits.push({ code, signal }));
    this.process = child;
  }

  async ready(timeoutMs = 90_000): Promise<void> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      const child = this.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`${this.name} exited before it was ready (port ${this.port} taken?)`);
      }
      if ((await statusOf(`${this.base}/readyz`)) === 200) return;
      await sleep(200);
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs} ms`);
  }

  /** Sends `signal` and resolves with how the process ended. */
  async stop(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return this.exits.at(-1)!;
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, sig) => resolve({ code, signal: sig })),
    );
    child.kill(signal);
    return ended;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function statusOf(url: string): Promise<number> {
  try {
    const res = await fetch(url);
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

export interface Answer {
  status: number;
  body: string;
  instance: string;
}

/**
 * What a load balancer with health checks does (HAProxy, Kubernetes, nginx with
 * `proxy_next_upstream error`): it sends each request to the next instance whose
 * /readyz passed at the last poll, and retries elsewhere only when the connection is
 * refused (the request never reached a server, so a retry cannot repeat a write).
 * Each request uses its own connection, as a balancer's upstream connections do.
 */
export class Balancer {
  private healthy = new Set<Instance>();
  private timer?: NodeJS.Timeout;
  private next = 0;
  refusedRetries = 0;

  constructor(private readonly instances: Instance[]) {}

  start(pollMs = 100): void {
    const poll = async () => {
      await Promise.all(
        this.instances.map(async (i) => {
          if ((await statusOf(`${i.base}/readyz`)) === 200) this.healthy.add(i);
          else this.healthy.delete(i);
        }),
      );
      this.timer = setTimeout(poll, pollMs);
    };
    void poll();
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  async request(method: 'GET' | 'POST', urlPath: string, headers: Record<string, string>, body?: string) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const pool = this.instances.filter((i) => this.healthy.has(i));
      if (pool.length === 0) {
        await sleep(50);
        continue;
      }
      const instance = pool[this.next++ % pool.length];
      try {
        return await send(instance, method, urlPath, headers, body);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ECONNREFUSED') throw error;
        this.refusedRetries++;
        this.healthy.delete(instance);
      }
    }
    throw new Error('no instance accepted the request');
  }
}

function send(
  instance: Instance,
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${instance.base}${urlPath}`,
      {
        method,
        agent: false,
        headers: {
          ...headers,
          origin: instance.base,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            instance: instance.name,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
