import { test } from '@playwright/test';
import { STORAGE } from '../fixtures/staff';
import { typeTogetherJourney } from './journeys/type-together';

test.use({ storageState: STORAGE.admin });

// The same journey with the two people on two instances: two-instances.spec.ts.
test('two people type into the same paragraph at once: both sentences are kept, in the story and in a revision', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await typeTogetherJourney({ page, browser });
});
