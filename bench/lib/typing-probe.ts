// The typing probe of the editor benchmarks: each keystroke from the moment its input
// event was created (event.timeStamp of its keydown, or of its beforeinput for
// characters typed without a key, as a Bengali layout or IME sends them) to the frame
// painted after the text changed (requestAnimationFrame, then setTimeout 0 once that
// frame is done), in the `.story-body` element.
import type { Browser, Page } from '@playwright/test';

export const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];
export const UNTHROTTLED = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

/**
 * A fast typist: keys 30 to 130 ms apart (80 ms on average, about 150 words a minute),
 * in a fixed pseudo-random order so every run types the same rhythm. Sent back to back
 * instead, keys arrive every few ms (about 90 a second, ten times any typist) and each
 * key's figure holds the next key's work, which lands before its frame: that measures the
 * queue, and even a bare contenteditable's p95 is then over 16 ms on this machine.
 */
export function typistGaps(keys: number): number[] {
  let seed = 2026;
  return Array.from({ length: keys }, () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return 30 + (seed % 101);
  });
}

/** Opens a page with `open`, types `keys` characters of `text` at the end of `.story-body`, and returns the latencies. */
export async function typeAndMeasure(
  browser: Browser,
  open: (page: Page) => Promise<void>,
  options: {
    keys: number;
    text: string;
    /** Starts something alongside the typing; what it returns stops it. */
    whileTyping?: () => Promise<() => Promise<void>>;
    /** Reads more from the page before it closes. */
    collect?: (page: Page) => Promise<void>;
    /** Ms from each key to the next (see typistGaps); without it, keys go back to back. */
    gapsMs?: number[];
  },
): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await open(page);
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[] };
    w.__latencies = [];
    const target = document.querySelector('.story-body')!;
    let startedAt: number | null = null;
    // (Inline callbacks only: this function runs in the page, where tsx's name helper does not exist.)
    for (const type of ['keydown', 'beforeinput']) {
      target.addEventListener(
        type,
        (event) => {
          startedAt ??= event.timeStamp;
        },
        true,
      );
    }
    new MutationObserver(() => {
      if (startedAt === null) return;
      const from = startedAt;
      startedAt = null;
      requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - from), 0));
    }).observe(target, { childList: true, subtree: true, characterData: true });
  });
  const stop = options.whileTyping ? await options.whileTyping() : undefined;
  try {
    for (let i = 0; i < options.keys; i++) {
      const sentAt = performance.now();
      await page.keyboard.type(options.text[i % options.text.length]);
      const gap = options.gapsMs?.[i] ?? 0;
      const left = gap - (performance.now() - sentAt);
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
    }
    await page.waitForTimeout(500);
  } finally {
    await stop?.();
  }
  const samples = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  await options.collect?.(page);
  await context.close();
  return samples;
}
