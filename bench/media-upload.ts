// Upload benchmark: a 5 MB, 24-megapixel JPEG through the real upload verb on a
// fresh in-memory PGlite database, N times with different bytes.
// Prints p50/p95/max of the time to answer (original stored + first rendition)
// and of the time until every rendition exists, plus the event loop's worst
// delay meanwhile (the dashboard's responsiveness), and writes
// bench/results/media-upload.json.
//
//   node --import tsx bench/media-upload.ts          (BENCH_N=10 by default)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { readConfig } from '../server/config';
import { migrateDatabase, openDatabase } from '../server/db/client';
import { users } from '../server/db/schema';
import { EventBus } from '../server/events/bus';
import { whenMediaProcessingIdle } from '../server/features/media/media-processing';
import { uploadMedia } from '../server/features/media/upload-media';
import { createContextInner } from '../server/trpc/context';

const N = Number(process.env.BENCH_N ?? 10);
const WIDTH = 6000;
const HEIGHT = 4000;
const TARGET_BYTES = 5 * 1024 * 1024;

/** Photo-like content: smooth shapes from upscaled noise plus fine grain, so it neither compresses away nor bloats. */
async function makePhoto(seed: number, quality: number): Promise<Buffer> {
  const coarse = await sharp({
    create: {
      width: 600,
      height: 400,
      channels: 3,
      background: { r: (seed * 47) % 256, g: (seed * 89) % 256, b: (seed * 13) % 256 },
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer();
  const smooth = await sharp(coarse).resize(WIDTH, HEIGHT, { kernel: 'cubic' }).raw().toBuffer();
  // Sensor-like grain from a cheap PRNG (xorshift): fast, and different for every seed.
  let x = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < smooth.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    smooth[i] = Math.min(255, smooth[i] + ((x >>> 0) & 15));
  }
  return sharp(smooth, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();
}

/** Finds the JPEG quality that gives about 5 MB for this kind of picture. */
async function calibrate(): Promise<number> {
  let lo = 40;
  let hi = 98;
  while (hi - lo > 2) {
    const mid = Math.round((lo + hi) / 2);
    const size = (await makePhoto(0, mid)).length;
    if (size > TARGET_BYTES) hi = mid;
    else lo = mid;
  }
  return lo;
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const summary = (values: number[]) => ({
  p50: Math.round(pct(values, 50)),
  p95: Math.round(pct(values, 95)),
  max: Math.round(Math.max(...values)),
});

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-bench-media-'));
  const config = readConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const database = await openDatabase({ kind: 'pglite', purpose: 'media benchmark' });
  await migrateDatabase(database);
  const [user] = await database.db
    .insert(users)
    .values({ email: 'bench@barta.test', name: 'Bench', role: 'editor', passwordHash: 'x' })
    .returning();
  const log = { error: (o: unknown) => console.error(o), warn() {}, info() {} };
  const ctx = {
    ...createContextInner({
      config,
      database,
      events: new EventBus(),
      log,
      user: { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: false, language: 'bn' },
      sessionId: null,
      ip: '127.0.0.1',
      userAgent: 'bench',
      cookies: { get: () => undefined, set() {}, clear() {} },
    }),
    user: { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: false, language: 'bn' as const },
  };

  const quality = await calibrate();
  const files: Buffer[] = [];
  for (let i = 1; i <= N; i++) files.push(await makePhoto(i, quality));
  const meta = await sharp(files[0]).metadata();
  console.log(
    `${N} JPEGs of ${meta.width}×${meta.height} (${((meta.width! * meta.height!) / 1e6).toFixed(1)} MP), ` +
      `${(files.reduce((s, f) => s + f.length, 0) / N / 1024 / 1024).toFixed(2)} MB on average (quality ${quality}); ` +
      `${os.cpus().length} cores`,
  );

  const answer: number[] = [];
  const full: number[] = [];
  const lag: number[] = [];
  const answerLag: number[] = [];
  for (const [i, bytes] of files.entries()) {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const start = performance.now();
    const result = await uploadMedia({
      ctx,
      input: { file: new File([new Uint8Array(bytes)], `bench-${i}.jpg`) },
    });
    answer.push(performance.now() - start);
    loop.disable();
    answerLag.push(loop.max / 1e6);
    const background = monitorEventLoopDelay({ resolution: 10 });
    background.enable();
    await whenMediaProcessingIdle();
    full.push(performance.now() - start);
    background.disable();
    lag.push(background.max / 1e6);
    if (result.duplicate) throw new Error('benchmark files must differ');
  }

  const results = {
    date: new Date().toISOString(),
    runs: N,
    image: {
      width: meta.width,
      height: meta.height,
      averageBytes: Math.round(files.reduce((s, f) => s + f.length, 0) / N),
    },
    cores: os.cpus().length,
    answerMs: summary(answer),
    allRenditionsMs: summary(full),
    eventLoopMaxDelayMs: { whileAnswering: summary(answerLag), whileBackground: summary(lag) },
    budget: { answerP95Ms: 1500 },
  };
  console.log(
    `time to answer (first rendition): p50 ${results.answerMs.p50} ms, p95 ${results.answerMs.p95} ms, max ${results.answerMs.max} ms`,
  );
  console.log(
    `time to all renditions:           p50 ${results.allRenditionsMs.p50} ms, p95 ${results.allRenditionsMs.p95} ms, max ${results.allRenditionsMs.max} ms`,
  );
  const { whileAnswering: a, whileBackground: b } = results.eventLoopMaxDelayMs;
  console.log(
    `event loop worst delay while answering: p50 ${a.p50} ms, p95 ${a.p95} ms; during background work: p50 ${b.p50} ms, p95 ${b.p95} ms`,
  );
  const out = path.join(import.meta.dirname, 'results', 'media-upload.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written ${path.relative(process.cwd(), out)}`);
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
