import { test } from '@playwright/test';
import { STORAGE } from '../fixtures/staff';
import { publishGateJourney } from './journeys/publish-gate';

test.use({ storageState: STORAGE.admin });

// The same journey with the two people on two instances: two-instances.spec.ts.
test('co-editing: the public page shows nothing until Publish, and the old version until Publish update', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await publishGateJourney({ page, browser }, { publishRightAfterTyping: true });
});
