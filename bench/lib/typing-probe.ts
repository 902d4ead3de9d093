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
      await page.keyboard.type(options.text[i % options.text.length]);
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
