import { test } from '@playwright/test';
import { STORAGE } from '../fixtures/staff';
import { offlineMergeJourney } from './journeys/offline-merge';

test.use({ storageState: STORAGE.admin });

// The same journey with the two people on two instances: two-instances.spec.ts.
test('offline: type, reload, come back: the text merges with the other person’s', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await offlineMergeJourney({ page, browser });
});
