/**
 * The public site keeps the masthead (name, imprint, sections) for a few seconds
 * per process. A change in this process bumps the epoch so the next page shows it
 * at once; other instances catch up within the cache's lifetime.
 */
let epoch = 0;

export function publicSiteCacheEpoch(): number {
  return epoch;
}

export function forgetPublicSiteCache(): void {
  epoch += 1;
}
