// Upload benchmark: a 5 MB, 24-megapixel JPEG through the real upload verb on a
// fresh in-memory PGlite database, N times with different bytes.
// Prints p50/p95/max of the time to answer (original stored + first rendition)
// and of the time until every rendition exists, plus the event loop's worst
// delay meanwhile (the dashboard's responsiveness), and writes
// bench/results/media-upload.json. Then one 50 MB PNG through the same streaming
// path as the upload route, printing the peak growth of resident and live memory
// (a figure, not a timed test: it should be a few MB, far below the file's size).
//
//   node --import tsx bench/media-upload.ts          (BENCH_N=10 by default)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import sharp from 'sharp';
import { readConfig } from '../server/config';
import { migrateDatabase, openDatabase } from '../server/db/client';
import { users } from '../server/db/schema';
import { EventBus } from '../server/events/bus';
import { whenMediaProcessingIdle } from '../server/features/media/media-processing';
import { uploadSourceOfFile } from '../server/features/media/upload-input';
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

const MB = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/**
 * Peak growth of the process's memory over `work`: resident set (sampled every 10 ms,
 * including sharp's native buffers) and live JS memory (heap + array buffers, sampled
 * after a full collection every 250 ms, so garbage waiting for the collector is not counted).
 */
async function peakGrowth<T>(work: () => Promise<T>) {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const live = () => {
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const liveBefore = live();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  let livePeak = liveBefore;
  const rss = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 10);
  const heap = setInterval(() => {
    livePeak = Math.max(livePeak, live());
  }, 250);
  const start = performance.now();
  try {
    const result = await work();
    return {
      result,
      ms: Math.round(performance.now() - start),
      rssBeforeMB: MB(rssBefore),
      peakRssGrowthMB: MB(rssPeak - rssBefore),
      peakLiveGrowthMB: MB(livePeak - liveBefore),
    };
  } finally {
    clearInterval(rss);
    clearInterval(heap);
  }
}

/**
 * A 50 MB upload through the streaming path the HTTP route uses (the body read piece by
 * piece from a stream): memory should grow by a few megabytes, not by the file's size.
 */
async function measureLargeUpload(ctx: Parameters<typeof uploadMedia>[0]['ctx'], dataDir: string) {
  const width = 4100;
  const height = 4100;
  const file = path.join(dataDir, 'large.png');
  const other = path.join(dataDir, 'large-2.png');
  // Noise stored uncompressed: a valid PNG whose 50 MB are all pixels. Made in a child
  // process, so the memory libvips used to make it does not raise this one's baseline.
  const make = `import sharp from 'sharp';
await sharp({ create: { width: ${width}, height: ${height}, channels: 3, background: '#808080',
  noise: { type: 'gaussian', mean: 128, sigma: 70 } } }).png({ compressionLevel: 0 }).toFile(process.argv[1]);`;
  for (const target of [file, other]) {
    const made = spawnSync(process.execPath, ['--input-type=module', '-e', make, target], {
      stdio: 'inherit',
    });
    if (made.status !== 0) throw new Error('could not make the 50 MB test image');
  }
  const bytes = fs.statSync(file).size;
  const limit = ctx.config.maxUploadBytes;
  ctx.config.maxUploadBytes = 64 * 1024 * 1024;
  const answer = await peakGrowth(() =>
    uploadMedia({ ctx, input: { name: 'large.png', body: fs.createReadStream(file), declaredBytes: bytes } }),
  );
  const background = await peakGrowth(() => whenMediaProcessingIdle());
  // For comparison, what holding the body whole costs (as form data parsing did): a
  // second such file (other noise, so no duplicate), read into memory first.
  const buffered = await peakGrowth(async () => {
    const whole = fs.readFileSync(other);
    return uploadMedia({
      ctx,
      input: {
        name: 'whole.png',
        body: (async function* () {
          yield whole;
        })(),
        declaredBytes: whole.length,
      },
    });
  });
  await whenMediaProcessingIdle();
  ctx.config.maxUploadBytes = limit;
  fs.rmSync(file);
  fs.rmSync(other);
  return {
    bytes,
    width,
    height,
    answer: {
      ms: answer.ms,
      rssBeforeMB: answer.rssBeforeMB,
      peakRssGrowthMB: answer.peakRssGrowthMB,
      peakLiveGrowthMB: answer.peakLiveGrowthMB,
    },
    background: {
      peakRssGrowthMB: background.peakRssGrowthMB,
      peakLiveGrowthMB: background.peakLiveGrowthMB,
    },
    bufferedForComparison: {
      peakRssGrowthMB: buffered.peakRssGrowthMB,
      peakLiveGrowthMB: buffered.peakLiveGrowthMB,
    },
  };
}

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
  const sessionUser = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustChangePassword: false,
    language: 'bn' as const,
  };
  const ctx = {
    ...createContextInner({
      config,
      database,
      events: new EventBus(),
      log,
      user: sessionUser,
      sessionId: null,
      ip: '127.0.0.1',
      userAgent: 'bench',
      cookies: { get: () => undefined, set() {}, clear() {} },
    }),
    user: sessionUser,
  };

  const large = await measureLargeUpload(ctx, dataDir);
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
      input: uploadSourceOfFile(new File([new Uint8Array(bytes)], `bench-${i}.jpg`)),
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
    largeUpload: large,
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
  console.log(
    `${(large.bytes / 2 ** 20).toFixed(1)} MB PNG (${large.width}×${large.height}), streamed: peak RSS growth ${large.answer.peakRssGrowthMB} MB over ${large.answer.rssBeforeMB} MB while receiving and answering (live JS memory +${large.answer.peakLiveGrowthMB} MB), ${large.background.peakRssGrowthMB} MB while making its renditions; answered in ${large.answer.ms} ms. ` +
      `Held whole in memory instead (for comparison): RSS +${large.bufferedForComparison.peakRssGrowthMB} MB, live JS memory +${large.bufferedForComparison.peakLiveGrowthMB} MB`,
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
