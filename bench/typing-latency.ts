// Typing latency in the story editor: Chromium opens a 10,000-word Bengali
// story (created through the API), types 200 characters, and measures each
// keystroke from keydown to the next paint after the DOM changed
// (requestAnimationFrame, then setTimeout 0). Target p95 <= 16 ms.
//
//   CLIENT_DIST=/tmp/dist-editor npx vite build    (the server serves this build)
//   CLIENT_DIST=/tmp/dist-editor node --import tsx bench/typing-latency.ts
import { chromium } from '@playwright/test';
import { bengaliBody, startBenchServer } from './editor-bench-server';
import { percentiles, report } from './lib/report';

const WORDS = 10_000;
const KEYS = 200;
const PORT = Number(process.env.BENCH_PORT ?? 3192);
const TEXT = ' আজ ঢাকায় বৃষ্টি হয়েছে, নদীর পানি বাড়ছে।';

const server = await startBenchServer(PORT);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const { id } = await server.call<{ id: string }>('articles.create', {
    headline: 'টাইপিং পরীক্ষা',
    kicker: '',
    summary: '',
    byline: '',
    sectionId: null,
    body: bengaliBody(WORDS),
  });
  const context = await browser.newContext();
  await context.addCookies([{ ...server.cookie, url: server.origin }]);
  const page = await context.newPage();
  await page.goto(`${server.origin}/admin/stories/${id}`);
  const body = page.getByRole('textbox', { name: 'Story text' });
  await body.waitFor();
  await page.waitForFunction(
    () => document.querySelector('.story-body')?.getAttribute('contenteditable') === 'true',
  );
  await body.click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[] };
    w.__latencies = [];
    const target = document.querySelector('.story-body')!;
    target.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        // The text changes in the input event that follows; measure until the frame after it is painted.
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - start), 0));
        });
        observer.observe(target, { childList: true, subtree: true, characterData: true });
      },
      true,
    );
  });
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(TEXT[i % TEXT.length]);
  }
  await page.waitForTimeout(500);
  const samples = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  report(
    'typing-latency',
    [
      {
        metric: `key to paint, ${WORDS}-word story`,
        unit: 'ms',
        ...percentiles(samples),
        target: { figure: 'p95', op: '<=', bound: 16 },
      },
    ],
    { words: WORDS, keys: KEYS, measured: samples.length, browser: 'Chromium (headless)' },
  );
} finally {
  await browser.close();
  await server.stop();
}
