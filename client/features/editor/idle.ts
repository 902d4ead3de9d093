/** Runs `work` when the browser is idle (soon at the latest), so it never delays a keystroke's paint. */
export function whenIdle(work: () => void, timeout = 1_000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout });
  else setTimeout(work, 0);
}
